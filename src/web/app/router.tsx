import { lazy } from 'react';
import { Link, Navigate, createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth.js';
import { useI18n } from './i18n.js';
import { Layout } from './Layout.js';
import { approverRoles, calendarPageRoles, consolidationRoles, paths, usersPageRoles } from './paths.js';
import { boardRoles, feedbackPaths, workPaths } from './paths.js';
import { feedbackAdminPaths, feedbackKeyRoles, feedbackSetupRoles } from './paths.js';
import { dxPaths, holidayPaths } from './paths.js';
import { ocPaths, ocRoles } from './paths.js';
import { gisAdminRoles, gisPaths } from './paths.js';
import { monthlyReportPath, monthlyReportRoles, publicPaths } from './paths.js';
import { auditPaths, auditRoles } from './paths.js';
import { planPaths } from './paths.js';

// Each page is its own chunk, loaded on first visit.
const LoginPage = lazy(() => import('../features/auth/LoginPage.js').then((module) => ({ default: module.LoginPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage.js').then((module) => ({ default: module.AccountPage })));
const PlanPage = lazy(() => import('../features/plan/PlanPage.js').then((module) => ({ default: module.PlanPage })));
const UnitsPage = lazy(() => import('../features/units/UnitsPage.js').then((module) => ({ default: module.UnitsPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage.js').then((module) => ({ default: module.UsersPage })));
const MyReportsPage = lazy(() => import('../features/reporting/MyReportsPage.js').then((module) => ({ default: module.MyReportsPage })));
const ReportFormPage = lazy(() => import('../features/reporting/ReportFormPage.js').then((module) => ({ default: module.ReportFormPage })));
const ApprovalQueuePage = lazy(() =>
  import('../features/reporting/ApprovalQueuePage.js').then((module) => ({ default: module.ApprovalQueuePage })),
);
const CompletenessPage = lazy(() =>
  import('../features/reporting/CompletenessPage.js').then((module) => ({ default: module.CompletenessPage })),
);
const CalendarPage = lazy(() => import('../features/reporting/CalendarPage.js').then((module) => ({ default: module.CalendarPage })));
const IndicatorsPage = lazy(() => import('../features/reporting/IndicatorsPage.js').then((module) => ({ default: module.IndicatorsPage })));
const PlansPage = lazy(() => import('../features/plan/PlansPage.js').then((module) => ({ default: module.PlansPage })));
const PlanEditorPage = lazy(() => import('../features/plan/PlanEditorPage.js').then((module) => ({ default: module.PlanEditorPage })));
const ProvinceRollupPage = lazy(() => import('../features/plan/ProvinceRollupPage.js').then((module) => ({ default: module.ProvinceRollupPage })));
const IndicatorPage = lazy(() => import('../features/reporting/IndicatorPage.js').then((module) => ({ default: module.IndicatorPage })));

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

// The Operations Center.
const OcPage = lazy(() => import('../features/oc/OcPage.js').then((module) => ({ default: module.OcPage })));
// Ward geometry.
const WardBoundariesPage = lazy(() => import('../features/gis/WardBoundariesPage.js').then((module) => ({ default: module.WardBoundariesPage })));
const OcWallPage = lazy(() => import('../features/oc/WallPage.js').then((module) => ({ default: module.WallPage })));

// The public view and the consolidated monthly report.
const PublicPage = lazy(() => import('../features/public/PublicPage.js').then((module) => ({ default: module.PublicPage })));
const MonthlyReportPage = lazy(() => import('../features/reports/MonthlyReportPage.js').then((module) => ({ default: module.MonthlyReportPage })));

// The audit log.
const AuditPage = lazy(() => import('../features/audit/AuditPage.js').then((module) => ({ default: module.AuditPage })));

// The wards' digital-transformation index.
const DxRankingPage = lazy(() => import('../features/dx/RankingPage.js').then((module) => ({ default: module.RankingPage })));
const DxWeightsPage = lazy(() => import('../features/dx/WeightsPage.js').then((module) => ({ default: module.WeightsPage })));
const DxWardPage = lazy(() => import('../features/dx/WardPage.js').then((module) => ({ default: module.WardPage })));

// Citizen field reports: public pages and the officers' desk.
const FeedbackFilePage = lazy(() => import('../features/feedback/FilePage.js').then((module) => ({ default: module.FilePage })));
const FeedbackTrackPage = lazy(() => import('../features/feedback/TrackPage.js').then((module) => ({ default: module.TrackPage })));
const FeedbackBrowsePage = lazy(() => import('../features/feedback/BrowsePage.js').then((module) => ({ default: module.BrowsePage })));
const FeedbackDeskPage = lazy(() => import('../features/feedback/DeskPage.js').then((module) => ({ default: module.DeskPage })));
const FeedbackReportPage = lazy(() => import('../features/feedback/ReportPage.js').then((module) => ({ default: module.ReportPage })));
// The working calendar (holidays, Tết).
const HolidayCalendarPage = lazy(() => import('../features/holidays/HolidayCalendarPage.js').then((module) => ({ default: module.HolidayCalendarPage })));
// Field-report setup.
const CategoriesPage = lazy(() => import('../features/feedback-admin/CategoriesPage.js').then((module) => ({ default: module.CategoriesPage })));
const RoutingRulesPage = lazy(() => import('../features/feedback-admin/RoutingRulesPage.js').then((module) => ({ default: module.RoutingRulesPage })));
const WardsPage = lazy(() => import('../features/feedback-admin/WardsPage.js').then((module) => ({ default: module.WardsPage })));
const ApiKeysPage = lazy(() => import('../features/feedback-admin/ApiKeysPage.js').then((module) => ({ default: module.ApiKeysPage })));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={paths.plan} replace /> },
      { path: paths.login, element: <LoginPage /> },
      { path: paths.plan, element: <PlanPage /> },
      { path: feedbackPaths.browse, element: <FeedbackBrowsePage /> },
      { path: feedbackPaths.file, element: <FeedbackFilePage /> },
      { path: feedbackPaths.track, element: <FeedbackTrackPage /> },
      { path: `${feedbackPaths.track}/:code`, element: <FeedbackTrackPage /> },
      { path: publicPaths.overview, element: <PublicPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: paths.account, element: <AccountPage /> },
          { path: paths.units, element: <UnitsPage /> },
          { path: planPaths.manage, element: <PlansPage /> },
          { path: `${planPaths.manage}/:planId`, element: <PlanEditorPage /> },
          { path: planPaths.province, element: <ProvinceRollupPage /> },
          { path: paths.reports, element: <MyReportsPage /> },
          { path: `${paths.reports}/:submissionId`, element: <ReportFormPage /> },
          { path: paths.indicators, element: <IndicatorsPage /> },
          { path: `${paths.indicators}/:code`, element: <IndicatorPage /> },
        ],
      },
      {
        element: <RequireAuth roles={approverRoles} />,
        children: [{ path: paths.reportQueue, element: <ApprovalQueuePage /> }],
      },
      {
        element: <RequireAuth roles={consolidationRoles} />,
        children: [{ path: paths.reportCompleteness, element: <CompletenessPage /> }],
      },
      {
        element: <RequireAuth roles={calendarPageRoles} />,
        children: [{ path: paths.reportCalendar, element: <CalendarPage /> }],
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
          { path: feedbackPaths.desk, element: <FeedbackDeskPage /> },
          { path: holidayPaths.calendar, element: <HolidayCalendarPage /> },
          { path: `${feedbackPaths.desk}/:id`, element: <FeedbackReportPage /> },
        ],
      },
      {
        element: <RequireAuth roles={boardRoles} />,
        children: [{ path: workPaths.board, element: <BoardPage /> }],
      },
      {
        element: <RequireAuth roles={ocRoles} drawWhileChecking />,
        children: [
          { path: ocPaths.overview, element: <OcPage /> },
          { path: ocPaths.wall, element: <OcWallPage /> },
        ],
      },
      {
        element: <RequireAuth roles={feedbackSetupRoles} />,
        children: [
          { path: feedbackAdminPaths.categories, element: <CategoriesPage /> },
          { path: feedbackAdminPaths.rules, element: <RoutingRulesPage /> },
          { path: feedbackAdminPaths.wards, element: <WardsPage /> },
          // The holiday calendar's first address, kept for bookmarks and links.
          { path: feedbackAdminPaths.holidays, element: <Navigate to={holidayPaths.calendar} replace /> },
        ],
      },
      {
        element: <RequireAuth roles={feedbackKeyRoles} />,
        children: [{ path: feedbackAdminPaths.keys, element: <ApiKeysPage /> }],
      },
      {
        element: <RequireAuth roles={monthlyReportRoles} />,
        children: [{ path: monthlyReportPath, element: <MonthlyReportPage /> }],
      },
      {
        element: <RequireAuth roles={gisAdminRoles} />,
        children: [{ path: gisPaths.boundaries, element: <WardBoundariesPage /> }],
      },
      {
        element: <RequireAuth roles={auditRoles} />,
        children: [{ path: auditPaths.log, element: <AuditPage /> }],
      },
      {
        element: <RequireAuth />,
        children: [
          { path: dxPaths.ranking, element: <DxRankingPage /> },
          { path: dxPaths.weights, element: <DxWeightsPage /> },
          { path: dxPaths.ward, element: <DxWardPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
