import { NavLink } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import { approverRoles, calendarPageRoles, consolidationRoles, monthlyReportPath, monthlyReportRoles, paths } from '../../app/paths.js';
import { useSession } from '../auth/session.js';

/** The reporting screens this user may open, as tabs above each of them. */
export function ReportingTabs() {
  const { t } = useI18n();
  const { user } = useSession();
  if (!user) return null;
  const tabs: { to: string; label: MessageKey; end?: boolean }[] = [
    { to: paths.reports, label: 'reporting.tab.mine', end: true },
    ...(approverRoles.includes(user.role) ? [{ to: paths.reportQueue, label: 'reporting.tab.queue' as const }] : []),
    ...(consolidationRoles.includes(user.role) ? [{ to: paths.reportCompleteness, label: 'reporting.tab.completeness' as const }] : []),
    ...(calendarPageRoles.includes(user.role) ? [{ to: paths.reportCalendar, label: 'reporting.tab.calendar' as const }] : []),
    ...(monthlyReportRoles.includes(user.role) ? [{ to: monthlyReportPath, label: 'monthlyReport.tab' as const }] : []),
  ];
  // A single tab would only repeat the page's heading.
  if (tabs.length < 2) return null;
  return (
    <nav className="sub-nav" aria-label={t('reporting.tabs')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end ?? false}>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
