import { lazy } from 'react';
import { Link, Navigate, createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth.js';
import { useI18n } from './i18n.js';
import { Layout } from './Layout.js';
import { paths, usersPageRoles } from './paths.js';
import { boardRoles, workPaths } from './paths.js';

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

// Tasks and directives.
const TasksPage = lazy(() => import('../features/tasks/TasksPage.js').then((module) => ({ default: module.TasksPage })));
const MyWorkPage = lazy(() => import('../features/tasks/MyWorkPage.js').then((module) => ({ default: module.MyWorkPage })));
const TimelinePage = lazy(() => import('../features/tasks/TimelinePage.js').then((module) => ({ default: module.TimelinePage })));
const TaskPage = lazy(() => import('../features/tasks/TaskPage.js').then((module) => ({ default: module.TaskPage })));
const DirectivesPage = lazy(() => import('../features/directives/DirectivesPage.js').then((module) => ({ default: module.DirectivesPage })));
const MeetingPage = lazy(() => import('../features/directives/MeetingPage.js').then((module) => ({ default: module.MeetingPage })));
const DirectivePage = lazy(() => import('../features/directives/DirectivePage.js').then((module) => ({ default: module.DirectivePage })));
const BoardPage = lazy(() => import('../features/directives/BoardPage.js').then((module) => ({ default: module.BoardPage })));

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
      {
        element: <RequireAuth />,
        children: [
          { path: workPaths.tasks, element: <TasksPage /> },
          { path: workPaths.myWork, element: <MyWorkPage /> },
          { path: workPaths.timeline, element: <TimelinePage /> },
          { path: `${workPaths.tasks}/:taskId`, element: <TaskPage /> },
          { path: workPaths.directives, element: <DirectivesPage /> },
          { path: `${workPaths.directives}/cuoc-hop/:meetingId`, element: <MeetingPage /> },
          { path: `${workPaths.directives}/:directiveId`, element: <DirectivePage /> },
        ],
      },
      {
        element: <RequireAuth roles={boardRoles} />,
        children: [{ path: workPaths.board, element: <BoardPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
