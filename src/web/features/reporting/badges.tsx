// The small labels reporting screens share: a report's state, an indicator's standing, demo data.
import type { AchievementStatus } from '../../../common/reporting.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import type { CellState } from './api.js';

export function ReportStatusBadge({ status }: { status: CellState }) {
  const { t } = useI18n();
  return <span className={`badge report-status report-status-${status}`}>{t(`reportStatus.${status}`)}</span>;
}

export function AchievementBadge({ status }: { status: AchievementStatus }) {
  const { t } = useI18n();
  return <span className={`badge achievement achievement-${status}`}>{t(`achievement.${status}`)}</span>;
}

/** Shown wherever figures come from the demo seed, so nobody takes them for the city's. */
export function DemoBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-demo" title={t('demo.hint')}>
      {t('demo.badge')}
    </span>
  );
}

/**
 * "Trễ 3 ngày" for a report sent late, "Quá hạn 3 ngày" for one not sent yet; when on time
 * nothing, or "Đúng hạn" if asked.
 */
export function LateDays({ days, sent = true, showOnTime = false }: { days: number | null; sent?: boolean; showOnTime?: boolean }) {
  const { t, language } = useI18n();
  if (days === null) return null;
  if (days <= 0) return showOnTime ? <span className="on-time">{t('report.onTime')}</span> : null;
  return <span className="late-days">{t(sent ? 'report.lateDays' : 'report.overdueDays', { days: formatNumber(days, language) })}</span>;
}
