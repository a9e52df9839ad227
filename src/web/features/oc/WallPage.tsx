// /oc/man-hinh: the Operations Center on the centre's LED wall. Full screen, dark, large type,
// panels turning every ROTATE_MS, data refreshed by live events; nothing to click. It runs for
// days: every timer and listener is removed by its effect, data are replaced (never appended), and
// the page reloads itself once a night to start clean.
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { OcAlerts, OcOverview } from '../../../common/dashboard.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { ocPaths } from '../../app/paths.js';
import { ResourceView } from '../../components/Feedback.js';
import { periodName, pickPeriod } from '../reporting/period.js';
import { type ReportingYear, useReportingYear } from '../reporting/use-reporting-year.js';
import { AchievementFigure, AlertList, AreaTileBody, Delta, LiveBadge, formatClock } from './parts.js';
import { useOcData } from './use-oc-data.js';
import { WardMapPanel } from './WardMapPanel.js';
import { DxRankingPanel } from '../dx/DxRankingPanel.js';
import './oc.css';

export const ROTATE_MS = 15_000;
/** Alerts that fit on the wall at once. */
const WALL_ALERTS = 8;
/** The nightly reload, in Vietnam time, when nobody watches. */
const RELOAD_HOUR = 3;
const HOUR_MS = 3_600_000;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

/** Milliseconds from `now` to the next RELOAD_HOUR o'clock in Vietnam. */
export function untilNightlyReload(now: number): number {
  const vietnamMidnight = Math.floor((now + VIETNAM_OFFSET_MS) / (24 * HOUR_MS)) * 24 * HOUR_MS - VIETNAM_OFFSET_MS;
  const next = vietnamMidnight + RELOAD_HOUR * HOUR_MS;
  return next > now ? next - now : next + 24 * HOUR_MS - now;
}

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function useRotation(count: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((current) => (current + 1) % count), ROTATE_MS);
    return () => clearInterval(timer);
  }, [count]);
  return index % count;
}

function useNightlyReload(): void {
  useEffect(() => {
    const timer = setTimeout(() => window.location.reload(), untilNightlyReload(Date.now()));
    return () => clearTimeout(timer);
  }, []);
}

export function WallPage() {
  const { t } = useI18n();
  usePageTitle(t('oc.wallTitle'));
  const year = useReportingYear();
  useNightlyReload();
  useEffect(() => {
    document.body.classList.add('oc-wall-body');
    return () => document.body.classList.remove('oc-wall-body');
  }, []);
  return (
    <div className="oc-wall" data-testid="oc-wall">
      <ResourceView resource={year}>{(data) => <Wall year={data} />}</ResourceView>
    </div>
  );
}

function Wall({ year }: { year: ReportingYear }) {
  const { t, language } = useI18n();
  // Always the current period: the latest month whose reports are due.
  const period = pickPeriod(year.periods, undefined);
  const { overview, alerts, live } = useOcData(year.year, period?.month ?? 12);
  const now = useNow(1000);
  const panels: { key: string; render: () => ReactNode }[] = [
    { key: 'plan', render: () => <ResourceView resource={overview}>{(data) => <PlanPanel data={data} />}</ResourceView> },
    { key: 'alerts', render: () => <ResourceView resource={alerts}>{(data) => <AlertsPanel data={data} />}</ResourceView> },
    {
      key: 'wards',
      render: () => (
        <section aria-labelledby="wall-wards-title">
          <h2 id="wall-wards-title">{t('oc.wardsTitle')}</h2>
          <div className="oc-wards">
            <div className="oc-light">
              <WardMapPanel year={year.year} month={period?.month ?? 12} measure="dxScore" updatedAt={live.updatedAt} />
            </div>
            <div className="oc-light">
              <DxRankingPanel key={live.updatedAt?.getTime() ?? 0} year={year.year} month={period?.month ?? 12} limit={10} />
            </div>
          </div>
        </section>
      ),
    },
  ];
  const index = useRotation(panels.length);
  return (
    <>
      <header className="oc-wall-header">
        <div>
          <h1>{t('oc.wallTitle')}</h1>
          {period && <p className="oc-wall-period">{periodName(period, language)}</p>}
        </div>
        <div className="oc-wall-tools">
          <LiveBadge live={live} />
          <span className="oc-wall-clock">
            {formatClock(now, language, false)} · {formatDate(now, language)}
          </span>
          <button type="button" className="oc-wall-button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {t('oc.wallFullscreen')}
          </button>
          <Link to={ocPaths.overview} className="oc-wall-button">
            {t('oc.wallExit')}
          </Link>
        </div>
      </header>
      {/* Every panel stays mounted (the map is drawn once); only the current one shows. */}
      {panels.map((candidate, position) => (
        <div key={candidate.key} className="oc-wall-panel" data-panel={candidate.key} hidden={position !== index}>
          {candidate.render()}
        </div>
      ))}
      <footer className="oc-wall-footer">
        <span>{t('oc.wallPanel', { index: index + 1, count: panels.length })}</span>
        <span className="oc-wall-dots" aria-hidden="true">
          {panels.map((candidate, position) => (
            <span key={candidate.key} className={position === index ? 'active' : undefined} />
          ))}
        </span>
      </footer>
    </>
  );
}

function PlanPanel({ data }: { data: OcOverview }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="wall-plan-title">
      <div className="oc-wall-summary">
        <h2 id="wall-plan-title">{t('oc.achievement')}</h2>
        <p className="oc-wall-figure" data-testid="wall-achievement">
          <AchievementFigure standing={data.standing} />
        </p>
        <p className="oc-compare">
          <Delta label={t('oc.vsPrevious', { period: periodName(data.previous, language) })} current={data.standing} past={data.previous.standing} />
          <Delta label={t('oc.vsLastYear', { period: periodName(data.lastYear, language) })} current={data.standing} past={data.lastYear.standing} />
        </p>
      </div>
      <ul className="oc-tiles oc-wall-tiles">
        {data.areas.map((area) => (
          <li key={area.code} className="oc-tile" data-testid={`wall-tile-${area.code}`}>
            <AreaTileBody area={area} compared={data} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AlertsPanel({ data }: { data: OcAlerts }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="wall-alerts-title">
      <h2 id="wall-alerts-title">{t('oc.alertsTitle')}</h2>
      <AlertList alerts={data.alerts.slice(0, WALL_ALERTS)} linked={false} />
    </section>
  );
}
