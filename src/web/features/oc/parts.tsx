// Pieces the OC page and the wall screen share: the live badge, an area's tile, the alerts.
import { Link } from 'react-router';
import type { Alert, OcArea, Standing } from '../../../common/dashboard.js';
import { type AchievementStatus, achievementStatuses } from '../../../common/achievement.js';
import { TIME_ZONE } from '../../../common/vietnam-time.js';
import { dateTimeFormat, formatDate, formatNumber, locales } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import { periodName } from '../reporting/period.js';
import { formatPercent } from '../reporting/format.js';
import type { LiveState } from './use-live-events.js';

/** "14:05:09", Vietnam time. */
export const formatClock = (instant: Date, language: Language, seconds = true) =>
  dateTimeFormat(locales[language], { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23', timeZone: TIME_ZONE }).format(instant);

export function LiveBadge({ live }: { live: LiveState }) {
  const { t, language } = useI18n();
  // Nothing while the stream opens: the offline notice, often two lines on a phone, would flash and move the page.
  if (live.connecting) return <span className="oc-live" role="status" />;
  if (!live.connected) return <span className="oc-live oc-live-off" role="status">{t(live.closed ? 'oc.offlineClosed' : 'oc.offline')}</span>;
  return (
    <span className="oc-live" role="status" data-testid="oc-live">
      <span className="oc-live-dot" aria-hidden="true" />
      {t('oc.live')}
      {live.updatedAt && ` · ${t('oc.liveUpdated', { time: formatClock(live.updatedAt, language) })}`}
    </span>
  );
}

export function AchievementFigure({ standing }: { standing: Standing | null }) {
  const { t, language } = useI18n();
  return <>{standing?.achievementPercent == null ? t('oc.none') : formatPercent(standing.achievementPercent, language, 1)}</>;
}

/** "+3,2 điểm %" against a period compared with, or "không có số liệu". */
export function Delta({ label, current, past }: { label: string; current: Standing; past: Standing | null }) {
  const { t, language } = useI18n();
  const points = current.achievementPercent !== null && past?.achievementPercent != null ? current.achievementPercent - past.achievementPercent : null;
  const trend = points === null ? 'none' : points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
  return (
    <span className={`oc-delta oc-delta-${trend}`}>
      {label}:{' '}
      {points === null
        ? t('oc.noComparison')
        : t('oc.delta', { sign: points > 0 ? '+' : points < 0 ? '−' : '±', points: formatNumber(Math.abs(points), language, 1) })}
    </span>
  );
}

/** The indicators of a standing by status: a stacked bar and its counts. */
export function StatusCounts({ standing }: { standing: Standing }) {
  const { t, language } = useI18n();
  const shown = achievementStatuses.filter((status: AchievementStatus) => standing.counts[status] > 0);
  return (
    <div className="oc-status">
      <div className="oc-status-bar" aria-hidden="true">
        {shown.map((status) => (
          <span key={status} className={`achievement-${status}`} style={{ flexGrow: standing.counts[status] }} />
        ))}
      </div>
      <ul className="oc-status-counts">
        {achievementStatuses.map((status) => (
          <li key={status} className={`achievement-${status}`} data-testid={`count-${status}`}>
            <strong>{formatNumber(standing.counts[status], language)}</strong> {t(`achievement.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface Compared {
  previous: { year: number; month: number };
  lastYear: { year: number; month: number };
}

/** An area's tile: its achievement, its indicators by status, and how it compares. */
export function AreaTileBody({ area, compared }: { area: OcArea; compared: Compared }) {
  const { t, language } = useI18n();
  return (
    <>
      <span className="oc-tile-name">{area.name}</span>
      <span className="oc-tile-figure">
        <AchievementFigure standing={area.standing} />
      </span>
      <span className="oc-tile-total">{t('oc.indicatorsCount', { count: formatNumber(area.standing.total, language) })}</span>
      <StatusCounts standing={area.standing} />
      <span className="oc-tile-compare">
        <Delta label={t('oc.vsPrevious', { period: periodName(compared.previous, language) })} current={area.standing} past={area.previous} />
        <Delta label={t('oc.vsLastYear', { period: periodName(compared.lastYear, language) })} current={area.standing} past={area.lastYear} />
      </span>
    </>
  );
}

/** "trễ 5 ngày", "còn 12 giờ", "còn 3 ngày". */
export function alertTiming(alert: Alert, t: ReturnType<typeof useI18n>['t'], language: Language): string | null {
  if (alert.daysLate > 0) return t('oc.late', { days: formatNumber(alert.daysLate, language) });
  if (alert.hoursLeft === null) return null;
  return alert.hoursLeft <= 24 ? t('oc.hoursLeft', { hours: formatNumber(alert.hoursLeft, language) }) : t('oc.daysLeft', { days: formatNumber(Math.ceil(alert.hoursLeft / 24), language) });
}

/** A deadline is the end of its due day: the instant just before is on that day. */
const dueDay = (deadline: string) => new Date(Date.parse(deadline) - 1);

export function AlertList({ alerts, linked = true }: { alerts: readonly Alert[]; linked?: boolean }) {
  const { t, language } = useI18n();
  if (alerts.length === 0) return <p className="muted">{t('oc.noAlerts')}</p>;
  return (
    <ol className="oc-alerts">
      {alerts.map((alert) => {
        const timing = alertTiming(alert, t, language);
        const subject = alert.code && alert.code !== alert.unit?.code ? `${alert.code} · ${alert.subject}` : alert.subject;
        return (
          <li key={alert.id} className={`oc-alert oc-alert-${alert.severity}`} data-kind={alert.kind}>
            <span className="oc-alert-kind">{t(`oc.kind.${alert.kind}`)}</span>
            <span className="oc-alert-subject">{linked ? <Link to={alert.link}>{subject}</Link> : subject}</span>
            <span className="oc-alert-meta">
              {alert.unit && alert.unit.name !== alert.subject && <span>{alert.unit.name}</span>}
              {alert.due && <span>{t('oc.dueOn', { date: formatDate(dueDay(alert.due), language) })}</span>}
              {timing && <strong>{timing}</strong>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
