// Said on reporting screens when this year has no issued plan yet (a city in December 2026 still on its
// 2024 plan): which year they show, and for those who write plans, where to write this year's.
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import { planPaths } from '../../app/paths.js';
import { useSession } from '../auth/session.js';
import { writesPlans } from '../plan/access.js';
import { todayInVietnam } from './period.js';
import type { ReportingYear } from './use-reporting-year.js';

export function YearNotice({ year }: { year: ReportingYear }) {
  const { t } = useI18n();
  const { user } = useSession();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  if (year.years.includes(thisYear) || year.year !== year.current) return null;
  return (
    <p className="notice notice-info year-notice">
      {t('planYear.notIssued', { year: thisYear, shown: year.year })}
      {user && writesPlans(user) && (
        <>
          {' '}
          <Link to={planPaths.manage}>{t('planYear.create', { year: thisYear })}</Link>
        </>
      )}
    </p>
  );
}
