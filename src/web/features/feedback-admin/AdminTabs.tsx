// The field-report setup screens this user may open, as tabs above each of them; the holiday
// calendar the deadlines count on has its own page and is linked from here.
import { NavLink } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import { feedbackAdminPaths, feedbackKeyRoles, holidayPaths } from '../../app/paths.js';
import { useSession } from '../auth/session.js';

export function AdminTabs() {
  const { t } = useI18n();
  const { user } = useSession();
  if (!user) return null;
  const tabs: { to: string; label: MessageKey }[] = [
    { to: feedbackAdminPaths.categories, label: 'fbAdmin.tab.categories' },
    { to: feedbackAdminPaths.rules, label: 'fbAdmin.tab.rules' },
    { to: feedbackAdminPaths.wards, label: 'fbAdmin.tab.wards' },
    { to: holidayPaths.calendar, label: 'fbAdmin.tab.holidays' },
    ...(feedbackKeyRoles.includes(user.role) ? [{ to: feedbackAdminPaths.keys, label: 'fbAdmin.tab.keys' as const }] : []),
  ];
  return (
    <nav className="sub-nav" aria-label={t('fbAdmin.tabs')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to}>{t(tab.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Tabs, heading and intro shared by every setup screen. */
export function AdminHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <AdminTabs />
      <header className="page-header">
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
      </header>
    </>
  );
}
