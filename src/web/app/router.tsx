import { lazy } from 'react';
import { Link, Navigate, createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth.js';
import { useI18n } from './i18n.js';
import { Layout } from './Layout.js';
import { paths, usersPageRoles } from './paths.js';

// Each page is its own chunk, loaded on first visit.
const LoginPage = lazy(() => import('../features/auth/LoginPage.js').then((module) => ({ default: module.LoginPage })));
const PlanPage = lazy(() => import('../features/plan/PlanPage.js').then((module) => ({ default: module.PlanPage })));
const UnitsPage = lazy(() => import('../features/units/UnitsPage.js').then((module) => ({ default: module.UnitsPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage.js').then((module) => ({ default: module.UsersPage })));

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="card">
      <h1>{t('app.notFound')}</h1>
      <Link to={paths.plan}>{t('app.backToPlan')}</Link>
    </div>
  );
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={paths.plan} replace /> },
      { path: paths.login, element: <LoginPage /> },
      { path: paths.plan, element: <PlanPage /> },
      {
        element: <RequireAuth />,
        children: [{ path: paths.units, element: <UnitsPage /> }],
      },
      {
        element: <RequireAuth roles={usersPageRoles} />,
        children: [{ path: paths.users, element: <UsersPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
