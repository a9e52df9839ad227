import type { PlanSummary } from '../../../common/plan.js';
import { useI18n } from '../../app/i18n.js';
import './plan.css';

/** "Dự thảo", or "Đã ban hành · phiên bản 2". */
export function StatusBadge({ plan }: { plan: Pick<PlanSummary, 'status' | 'version'> }) {
  const { t } = useI18n();
  return (
    <span className={`badge plan-status plan-status-${plan.status}`}>
      {t(`plans.status.${plan.status}`)}
      {plan.status === 'issued' && plan.version > 1 && ` · ${t('plans.versionCount', { number: plan.version })}`}
    </span>
  );
}
