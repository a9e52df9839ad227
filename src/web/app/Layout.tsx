import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Loading } from '../components/Feedback.js';
import { useSession } from '../features/auth/session.js';
import { CalendarNotice } from '../features/holidays/CalendarNotice.js';
import { HeaderBell } from '../features/notifications/NotificationBell.js';
import { fetchCityName } from '../features/plan/api.js';
import { BrandContent } from './Brand.js';
import { type Language, languages, useI18n } from './i18n.js';
import type { MessageKey } from './messages.js';
import { calendarNoticeRoles, gisAdminRoles, gisPaths, holidayPaths } from './paths.js';
import { feedbackDeskRoles, feedbackPaths, ocPaths, ocRoles, paths, usersPageRoles, workPaths } from './paths.js';
import { publicPaths } from './paths.js';
import { dxPaths } from './paths.js';
import { auditPaths, auditRoles } from './paths.js';
import { useResource } from './use-resource.js';
import { WebFonts } from './WebFonts.js';

export function Layout() {
  const { t } = useI18n();
  const city = useResource(fetchCityName).data;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-bar">
          <Link to={paths.plan} className="brand">
            <BrandContent name={t('app.name')} tagline={city ? `${t('app.tagline')} – ${t('app.city', { city })}` : t('app.tagline')} />
          </Link>
          <div className="header-tools">
            <Link to={feedbackPaths.file} className="button button-light header-feedback">
              {t('feedback.headerLink')}
            </Link>
            <LanguageSwitch />
            {/* The bell and who is signed in share one slot: on a phone it is a row of its own, kept from the first render. */}
            <div className="session-slot">
              <HeaderBell />
              <SessionBox />
            </div>
          </div>
        </div>
        <MainNav />
      </header>
      <main id="main" tabIndex={-1}>
        <CalendarNotice />
        <Suspense fallback={<Loading />}>
          <WebFonts />
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

function MainNav() {
  const { user } = useSession();
  // Visitors (and everyone while the session loads) get the public pages, so the header keeps its height.
  if (!user) return <NavList items={visitorItems} />;
  const items: { to: string; label: MessageKey }[] = [
    { to: paths.plan, label: 'nav.plan' },
    ...(ocRoles.includes(user.role) ? [{ to: ocPaths.overview, label: 'nav.oc' as const }] : []),
    { to: paths.indicators, label: 'nav.indicators' },
    { to: dxPaths.ranking, label: 'nav.dxRanking' },
    { to: paths.reports, label: 'nav.reports' },
    { to: workPaths.tasks, label: 'nav.tasks' },
    { to: workPaths.directives, label: 'nav.directives' },
    { to: feedbackDeskRoles.includes(user.role) ? feedbackPaths.desk : feedbackPaths.browse, label: 'nav.feedback' },
    { to: paths.units, label: 'nav.units' },
    ...(usersPageRoles.includes(user.role) ? [{ to: paths.users, label: 'nav.users' as const }] : []),
    ...(gisAdminRoles.includes(user.role) ? [{ to: gisPaths.boundaries, label: 'gis.nav' as const }] : []),
    ...(calendarNoticeRoles.includes(user.role) ? [{ to: holidayPaths.calendar, label: 'holidays.nav' as const }] : []),
    ...(auditRoles.includes(user.role) ? [{ to: auditPaths.log, label: 'audit.nav' as const }] : []),
    { to: publicPaths.overview, label: 'public.nav' },
  ];
  return <NavList items={items} />;
}

const visitorItems: { to: string; label: MessageKey }[] = [
  { to: paths.plan, label: 'nav.plan' },
  { to: publicPaths.overview, label: 'public.nav' },
  { to: feedbackPaths.browse, label: 'nav.feedback' },
];

function NavList({ items }: { items: { to: string; label: MessageKey }[] }) {
  const { t } = useI18n();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{t(item.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SessionBox() {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (user === undefined) return null;
  if (user === null) {
    return pathname === paths.login ? null : (
      <Link to={paths.login} className="button button-light">
        {t('session.signIn')}
      </Link>
    );
  }
  return (
    <section className="session" aria-label={t('session.label')}>
      <Link to={paths.account} className="session-who" title={t('session.account')}>
        <span className="session-name">{user.fullName}</span>
        <span className="session-role">
          {user.unit.name} · {t(`role.${user.role}`)}
        </span>
      </Link>
      <button type="button" className="button button-light" onClick={() => void signOut().then(() => navigate(paths.login))}>
        {t('session.signOut')}
      </button>
    </section>
  );
}

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((option: Language) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          title={t(`language.${option}`)}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
