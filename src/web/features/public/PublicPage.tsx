// /cong-khai, no sign-in: the plan's indicators with the city's approved achievement by area, the
// field-report figures of the period and the map of public reports, with a way to file one. The
// chart and the map load when scrolled to, in boxes of reserved height, so the first paint is light
// and nothing shifts.
import { Suspense, lazy, memo, useCallback, useDeferredValue, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AchievementCounts, FieldReportCounts, FieldReportSummary, PublicIndicator, PublicOverview } from '../../../common/public.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Loading, ResourceView } from '../../components/Feedback.js';
import { AchievementBadge } from '../reporting/badges.js';
import { formatPercent } from '../reporting/format.js';
import { StageDetail, StageValue } from '../reporting/IndicatorValue.js';
import { chosenYear, useChosenMonth } from '../reporting/period.js';
import { PeriodPicker } from '../reporting/PeriodPicker.js';
import { fetchPublicOverview } from './api.js';
import { useNearViewport } from '../../app/near-viewport.js';
import './public.css';

const FieldReportChart = lazy(() => import('./FieldReportChart.js').then((module) => ({ default: module.FieldReportChart })));
const PublicMap = lazy(() => import('./PublicMap.js').then((module) => ({ default: module.PublicMap })));

export function PublicPage() {
  const { t } = useI18n();
  usePageTitle(t('public.title'));
  const [month, setMonth] = useChosenMonth();
  const [params] = useSearchParams();
  const year = chosenYear(params);
  const overview = useResource(useCallback(() => fetchPublicOverview(year, month), [year, month]));
  // The figures render in a background pass that yields to the browser, so a phone stays responsive
  // while the indicators' cards are built; the heading and the lead are on screen before.
  const data = useDeferredValue(overview.data);
  return (
    <div className="public-page">
      <header className="page-header page-header-row">
        <h1>{t('public.title')}</h1>
        <div className="public-actions">
          <Link className="button button-primary" to={feedbackPaths.file}>
            {t('public.fileReport')}
          </Link>
          <Link className="button" to={feedbackPaths.browse}>
            {t('public.browseReports')}
          </Link>
        </div>
      </header>
      <p className="public-lead">{t('public.lead')}</p>
      <ResourceView resource={{ ...overview, data }}>{(loaded) => <Overview data={loaded} onMonth={setMonth} />}</ResourceView>
    </div>
  );
}

const Overview = memo(function Overview({ data, onMonth }: { data: PublicOverview; onMonth: (month: number) => void }) {
  const { t, language } = useI18n();
  const months = data.months.map((month) => ({ year: data.year, month }));
  return (
    <>
      <p className="public-plan">{t('public.plan', { year: data.year, city: data.city.name })}</p>
      <div className="public-period">
        <PeriodPicker periods={months} value={{ year: data.year, month: data.period.month }} onChange={onMonth} years={data.years} />
        <p className="muted">{t('public.periodRange', { from: formatDate(data.period.dataFrom, language), to: formatDate(data.period.dataTo, language) })}</p>
      </div>

      <section aria-labelledby="public-indicators">
        <h2 id="public-indicators">{t('public.indicatorsTitle')}</h2>
        <p className="muted">{t('public.indicatorsNote')}</p>
        {data.areas.map((area) => (
          <section key={area.code} className="card public-area" aria-labelledby={`area-${area.code}`}>
            <h3 id={`area-${area.code}`}>{area.name}</h3>
            <p className="muted">{countsText(area.counts, t, language)}</p>
            <ul className="public-indicators">
              {area.indicators.map((indicator) => (
                <IndicatorItem key={indicator.code} indicator={indicator} />
              ))}
            </ul>
          </section>
        ))}
      </section>

      <FieldReports month={data.fieldReports.month} yearToDate={data.fieldReports.yearToDate} />
    </>
  );
});

function countsText(counts: AchievementCounts, t: ReturnType<typeof useI18n>['t'], language: ReturnType<typeof useI18n>['language']) {
  const number = (value: number) => formatNumber(value, language);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return t('public.areaCounts', {
    total: number(total),
    met: number(counts.met),
    onTrack: number(counts.on_track),
    atRisk: number(counts.at_risk),
    notMet: number(counts.not_met),
    noData: number(counts.no_data),
  });
}

function IndicatorItem({ indicator }: { indicator: PublicIndicator }) {
  const { t } = useI18n();
  return (
    <li className="public-indicator" data-testid={`indicator-${indicator.code}`}>
      <p className="public-indicator-text">{indicator.text}</p>
      <dl>
        <div>
          <dt>{t('public.target')}</dt>
          <dd>{indicator.target.text}</dd>
        </div>
        <div>
          <dt>{t('public.value')}</dt>
          <dd>
            <strong className="figure-value">
              <StageValue rule={indicator} stage={indicator.approved} />
            </strong>{' '}
            <StageDetail rule={indicator} stage={indicator.approved} />
          </dd>
        </div>
        <div>
          <dt>{t('public.status')}</dt>
          <dd>
            <AchievementBadge status={indicator.approved.status} />
          </dd>
        </div>
      </dl>
    </li>
  );
}

function FieldReports({ month, yearToDate }: { month: FieldReportSummary; yearToDate: FieldReportSummary }) {
  const { t, language } = useI18n();
  const chartBox = useRef<HTMLDivElement>(null);
  const mapBox = useRef<HTMLDivElement>(null);
  const showChart = useNearViewport(chartBox);
  const showMap = useNearViewport(mapBox);
  const number = (value: number) => formatNumber(value, language);
  const rate = (value: number | null) => (value === null ? '—' : formatPercent(value, language));
  // Four figures beside the name fit a phone's width; the rate is in the tiles above.
  const figureColumns = <Row extends FieldReportCounts>(): Column<Row>[] => [
    { key: 'received', header: t('public.received'), className: 'col-number', render: (row) => number(row.received) },
    { key: 'closed', header: t('public.closed'), className: 'col-number', render: (row) => number(row.closed) },
    { key: 'onTime', header: t('public.closedOnTime'), className: 'col-number', render: (row) => number(row.closedOnTime) },
    { key: 'overdue', header: t('public.openOverdue'), className: 'col-number', render: (row) => number(row.openOverdue) },
  ];
  const chartHeight = Math.max(200, 60 + month.byCategory.length * 48);
  return (
    <section aria-labelledby="public-field-reports">
      <h2 id="public-field-reports">{t('public.fieldReportsTitle')}</h2>
      {[
        { label: t('public.inPeriod'), figures: month, id: 'month' },
        { label: t('public.yearToDate'), figures: yearToDate, id: 'year' },
      ].map(({ label, figures, id }) => (
        <div key={id} className="public-stats" data-testid={`stats-${id}`}>
          <h3>{label}</h3>
          <dl className="stat-grid">
            {[
              [t('public.received'), number(figures.received)],
              [t('public.closed'), number(figures.closed)],
              [t('public.closedOnTime'), number(figures.closedOnTime)],
              [t('public.onTimeRate'), rate(figures.onTimeRate)],
              [t('public.openOverdue'), number(figures.openOverdue)],
            ].map(([name, value]) => (
              <div key={name} className="stat">
                <dt className="stat-label">{name}</dt>
                <dd className="stat-value">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      {month.received + month.closed + month.openOverdue === 0 ? (
        <p className="empty">{t('public.noReports')}</p>
      ) : (
        <div className="public-tables">
          <div className="card">
            <h3>{t('public.byCategory')}</h3>
            <div ref={chartBox} style={{ minHeight: chartHeight }}>
              {showChart && (
                <Suspense fallback={<Loading />}>
                  <FieldReportChart summary={month} height={chartHeight} />
                </Suspense>
              )}
            </div>
            <DataTable
              caption={t('public.byCategory')}
              rows={month.byCategory}
              rowKey={(row) => row.category.id}
              columns={[{ key: 'category', header: t('public.category'), render: (row) => row.category.name }, ...figureColumns<FieldReportSummary['byCategory'][number]>()]}
            />
          </div>
          <div className="card">
            <h3>{t('public.byUnit')}</h3>
            <DataTable
              caption={t('public.byUnit')}
              rows={month.byUnit}
              rowKey={(row) => row.unit?.id ?? 0}
              columns={[{ key: 'unit', header: t('public.unit'), render: (row) => row.unit?.name ?? t('public.unassigned') }, ...figureColumns<FieldReportSummary['byUnit'][number]>()]}
            />
          </div>
        </div>
      )}
      <section className="card" aria-labelledby="public-map">
        <h3 id="public-map">{t('public.mapTitle')}</h3>
        <p className="muted">{t('public.mapNote')}</p>
        <div ref={mapBox} className="public-map">
          {showMap && (
            <Suspense fallback={<Loading />}>
              <PublicMap />
            </Suspense>
          )}
        </div>
      </section>
    </section>
  );
}
