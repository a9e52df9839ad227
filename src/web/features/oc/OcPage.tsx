// /oc: the Operations Center for leaders. The plan's areas as tiles (each opens its indicators,
// each indicator its page), the alerts, a period picker with comparisons, live updates.
import { type ReactNode, startTransition, useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AlertKind, OcArea, OcIndicator, OcOverview } from '../../../common/dashboard.js';
import type { Period } from '../../../common/reporting.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { indicatorPath, ocPaths } from '../../app/paths.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice, Loading, ResourceView } from '../../components/Feedback.js';
import { DxRankingPanel } from '../dx/DxRankingPanel.js';
import { AchievementBadge } from '../reporting/badges.js';
import { StageValue } from '../reporting/IndicatorValue.js';
import { periodName, pickPeriod, useChosenMonth } from '../reporting/period.js';
import { PeriodPicker } from '../reporting/PeriodPicker.js';
import { type ReportingYear, useReportingYear } from '../reporting/use-reporting-year.js';
import { YearNotice } from '../reporting/YearNotice.js';
import { AchievementFigure, AlertList, AreaTileBody, Delta, LiveBadge, StatusCounts } from './parts.js';
import { ocPainted } from './prefetch.js';
import { type OcData, useOcData } from './use-oc-data.js';
import { type WardMeasureKey, WardMapPanel, wardMeasureKeys } from './WardMapPanel.js';
import { Field } from '../../components/Field.js';
import './oc.css';

export function OcPage() {
  const { t } = useI18n();
  usePageTitle(t('oc.pageTitle'));
  const year = useReportingYear();
  if (year.data) return <OcScreen year={year.data} />;
  // The heading and its explanation, the largest text on a phone, are drawn before any data has come.
  return (
    <div className="oc">
      <OcHeader />
      {year.error ? <ErrorNotice error={year.error} /> : <Loading />}
    </div>
  );
}

/** The page's heading; its tools (live badge, wall link) and period picker once the year's periods are known. */
function OcHeader({ tools, picker }: { tools?: ReactNode; picker?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="page-header page-header-row">
      <div>
        <h1>{t('oc.pageTitle')}</h1>
        <p className="muted">{t('oc.intro')}</p>
        {tools}
      </div>
      {picker}
    </header>
  );
}

function OcScreen({ year }: { year: ReportingYear }) {
  const { t } = useI18n();
  const [month, setMonth] = useChosenMonth();
  // The same "current period" as the indicators page: the latest month whose reports are due.
  const period = pickPeriod(year.periods, month);
  const { overview, alerts, live } = useOcData(year.year, period?.month ?? 12);
  const summaryPeriod = overview.data?.period ?? period;
  const below = useAfterPaint(overview.data !== undefined || overview.error !== undefined);
  useEffect(() => {
    if (below) ocPainted();
  }, [below]);
  return (
    <div className="oc">
      <OcHeader
        tools={
          <p className="oc-header-tools">
            <LiveBadge live={live} />
            <Link to={ocPaths.wall}>{t('oc.wallLink')}</Link>
          </p>
        }
        picker={period && <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />}
      />
      <YearNotice year={year} />
      {overview.error ? <ErrorNotice error={overview.error} /> : summaryPeriod ? <Summary period={summaryPeriod} data={overview.data} /> : <Loading />}
      {overview.data && <Tiles data={overview.data} />}
      {/* The cards below wait for the overview, so its arrival does not push them down the screen. */}
      {below && (
        <>
          <WardsSection year={year.year} month={period?.month ?? 12} updatedAt={live.updatedAt} />
          <AlertsSection alerts={alerts} />
        </>
      )}
    </div>
  );
}

/** Turns true a frame after `ready` does: the summary is painted before the cards below are built. */
function useAfterPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A transition: the cards render in slices, not as one long task after the first paint.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setAfter(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}

function AlertsSection({ alerts }: { alerts: OcData['alerts'] }) {
  const { t, language } = useI18n();
  return (
    <section className="card oc-below" aria-labelledby="oc-alerts-title">
      <h2 id="oc-alerts-title">{t('oc.alertsTitle')}</h2>
      <ResourceView resource={alerts}>
        {(data) => (
          <>
            <p className="muted">
              {t('oc.alertsCount', { shown: formatNumber(data.alerts.length, language), total: formatNumber(data.total, language) })} · {t('oc.alertsNote')}
            </p>
            <ul className="oc-alert-kinds">
              {/* Type-only use of the contracts keeps zod out of this page's download. */}
              {(Object.entries(data.byKind) as [AlertKind, number][])
                .filter(([, count]) => count > 0)
                .map(([kind, count]) => (
                  <li key={kind} data-testid={`alerts-${kind}`}>
                    <strong>{formatNumber(count, language)}</strong> {t(`oc.kind.${kind}`)}
                  </li>
                ))}
            </ul>
            <div className="oc-alerts-scroll" role="region" aria-labelledby="oc-alerts-title" tabIndex={0}>
              <AlertList alerts={data.alerts} />
            </div>
          </>
        )}
      </ResourceView>
    </section>
  );
}

/** The wards on the map by a chosen measure, beside the DX ranking; both follow live updates. */
function WardsSection({ year, month, updatedAt }: { year: number; month: number; updatedAt: Date | null }) {
  const { t } = useI18n();
  const [measure, setMeasure] = useState<WardMeasureKey>('dxScore');
  return (
    <section className="card oc-below" aria-labelledby="oc-wards-title">
      <h2 id="oc-wards-title">{t('oc.wardsTitle')}</h2>
      <div className="oc-wards">
        <div>
          <Field label={t('oc.mapMeasure')}>
            {(control) => (
              <select {...control} value={measure} onChange={(event) => setMeasure(event.target.value as WardMeasureKey)}>
                {wardMeasureKeys.map((key) => (
                  <option key={key} value={key}>
                    {t(`oc.map.${key}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <WardMapPanel year={year} month={month} measure={measure} updatedAt={updatedAt} />
        </div>
        {/* Mounted afresh on each live update, so the ranking follows approvals. */}
        <DxRankingPanel key={updatedAt?.getTime() ?? 0} year={year} month={month} limit={10} />
      </div>
    </section>
  );
}

/**
 * The summary card, drawn from the start with its heading and explanation (the page's largest text) and
 * filled in when the overview arrives: the same elements throughout, so it paints once, early, in place.
 */
function Summary({ period, data }: { period: Pick<Period, 'year' | 'month'>; data: OcOverview | undefined }) {
  const { t, language } = useI18n();
  return (
    <section className="card oc-summary" aria-labelledby="oc-summary-title" aria-busy={data === undefined}>
      <h2 id="oc-summary-title">
        {t('oc.achievement')} – {periodName(period, language)}
      </h2>
      <p className="oc-summary-figure" data-testid="oc-achievement" title={t('oc.achievementHint')}>
        {data ? <AchievementFigure standing={data.standing} /> : '\u00a0'}
      </p>
      <p className="muted">{t('oc.achievementHint')}</p>
      {data ? (
        <>
          <StatusCounts standing={data.standing} />
          <p className="oc-compare">
            <Delta label={t('oc.vsPrevious', { period: periodName(data.previous, language) })} current={data.standing} past={data.previous.standing} />
            <Delta label={t('oc.vsLastYear', { period: periodName(data.lastYear, language) })} current={data.standing} past={data.lastYear.standing} />
          </p>
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}

function Tiles({ data }: { data: OcOverview }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const chosen = data.areas.find((area) => area.code === params.get('linh-vuc'));
  const choose = useCallback(
    (code: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (code === null) next.delete('linh-vuc');
          else next.set('linh-vuc', code);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return (
    <section className="card" aria-labelledby="oc-tiles-title">
      <h2 id="oc-tiles-title">{t('oc.tilesTitle')}</h2>
      <ul className="oc-tiles">
        {data.areas.map((area) => (
          <li key={area.code}>
            <button
              type="button"
              className="oc-tile"
              data-testid={`tile-${area.code}`}
              aria-expanded={chosen?.code === area.code}
              aria-label={t('oc.openArea', { count: area.standing.total, area: area.name })}
              onClick={() => choose(chosen?.code === area.code ? null : area.code)}
            >
              <AreaTileBody area={area} compared={data} />
            </button>
          </li>
        ))}
      </ul>
      {chosen && <AreaIndicators area={chosen} month={data.period.month} onClose={() => choose(null)} />}
    </section>
  );
}

function AreaIndicators({ area, month, onClose }: { area: OcArea; month: number; onClose: () => void }) {
  const { t } = useI18n();
  const pastBadge = (past: OcIndicator['previous']) => (past ? <AchievementBadge status={past.status} /> : t('oc.none'));
  const columns: Column<OcIndicator>[] = [
    { key: 'code', header: t('indicator.code'), className: 'col-code', render: (row) => <Link to={indicatorPath(row.code, month)}>{row.code}</Link> },
    {
      key: 'text',
      header: t('indicator.text'),
      className: 'col-text',
      render: (row) => (
        <Link to={indicatorPath(row.code, month)} className="quiet-link">
          {row.text}
        </Link>
      ),
    },
    { key: 'target', header: t('indicator.target'), className: 'col-target', render: (row) => row.target.text },
    { key: 'value', header: t('indicators.approved'), className: 'col-value', render: (row) => <StageValue rule={row} stage={row.approved} /> },
    { key: 'status', header: t('indicators.status'), className: 'col-status', render: (row) => <AchievementBadge status={row.approved.status} /> },
    { key: 'previous', header: t('oc.previousStatus'), className: 'col-status', render: (row) => pastBadge(row.previous) },
    { key: 'lastYear', header: t('oc.lastYearStatus'), className: 'col-status', render: (row) => pastBadge(row.lastYear) },
  ];
  return (
    <section className="oc-area" aria-labelledby="oc-area-title" data-testid="oc-area">
      <header className="oc-area-header">
        <h3 id="oc-area-title">{t('oc.areaIndicators', { area: area.name })}</h3>
        <button type="button" className="button button-light" onClick={onClose}>
          {t('oc.closeArea')}
        </button>
      </header>
      <DataTable className="rollup-table" caption={t('oc.areaIndicators', { area: area.name })} columns={columns} rows={area.indicators} rowKey={(row) => row.code} />
    </section>
  );
}
