// /bao-cao: a unit's twelve monthly reports, and for the coordinator and leaders the way to the
// approval queue and the completeness grid.
import { type ReactNode, useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Period, SubmissionSummary } from '../../../common/reporting.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { approverRoles, consolidationRoles, paths, reportPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice, ResourceView } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { type MyReports, type ReportUnit, fetchMyReports, fetchQueue, openReport } from './api.js';
import { DemoBadge, LateDays, ReportStatusBadge } from './badges.js';
import { daysOverdue, defaultPeriod, periodName } from './period.js';
import { ReportingTabs } from './ReportingTabs.js';
import { type ReportingYear, useReportingYear } from './use-reporting-year.js';

export function MyReportsPage() {
  const { t } = useI18n();
  usePageTitle(t('reporting.pageTitle'));
  const year = useReportingYear();
  return (
    <>
      <ReportingTabs />
      <header className="page-header">
        <h1>{t('reporting.pageTitle')}</h1>
        <p className="muted">{t('reporting.intro')}</p>
      </header>
      <ResourceView resource={year}>{(data) => <ReportingHome year={data} />}</ResourceView>
    </>
  );
}

function ReportingHome({ year }: { year: ReportingYear }) {
  const { t } = useI18n();
  const { user } = useSession();
  const load = useCallback(() => fetchMyReports(year.year), [year.year]);
  const mine = useResource(load);
  const approver = user ? approverRoles.includes(user.role) : false;
  const follows = user ? consolidationRoles.includes(user.role) : false;
  return (
    <>
      {approver && <QueueSummary />}
      <ResourceView resource={mine}>
        {(data) =>
          data.unit ? <UnitReports unit={data.unit} reports={data} /> : !follows && <p className="empty">{t('reporting.noUnit')}</p>
        }
      </ResourceView>
      {follows && <FollowUpLinks />}
    </>
  );
}

function QueueSummary() {
  const { t, language } = useI18n();
  const queue = useResource(fetchQueue);
  if (!queue.data) return null;
  const count = queue.data.length;
  return (
    <section className="card summary-card" aria-labelledby="queue-summary">
      <h2 id="queue-summary">{t('queue.title')}</h2>
      <p>{count === 0 ? t('queue.none') : t('queue.waiting', { count: formatNumber(count, language) })}</p>
      <Link className="button button-primary" to={paths.reportQueue}>
        {t('queue.open')}
      </Link>
    </section>
  );
}

function FollowUpLinks() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="follow-up">
      <h2 id="follow-up">{t('reporting.followUp')}</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.reportCompleteness}>{t('reporting.tab.completeness')}</Link> — {t('reporting.completenessHint')}
        </li>
        <li>
          <Link to={paths.indicators}>{t('nav.indicators')}</Link> — {t('reporting.indicatorsHint')}
        </li>
      </ul>
    </section>
  );
}

type Row = MyReports['periods'][number];

function UnitReports({ unit, reports }: { unit: ReportUnit; reports: MyReports }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<Error>();
  const [opening, setOpening] = useState<number>();
  // Only the unit's own officers (and the coordinator for its office) start a report.
  const mayStart = user?.role === 'officer' || user?.role === 'coordinator';
  const current = defaultPeriod(reports.periods.map((row) => ({ ...row.period, row })))?.row;

  async function open(period: Period) {
    setOpening(period.id);
    setError(undefined);
    try {
      const form = await openReport(period.id, unit.id);
      await navigate(reportPath(form.submission.id));
    } catch (caught) {
      setError(caught as Error);
      setOpening(undefined);
    }
  }

  const action = (row: Row, primary = false) => {
    const name = periodName(row.period, language);
    const className = primary ? 'button button-primary' : 'button button-small';
    if (row.submission) {
      const editable = row.submission.actions.includes('edit');
      return (
        <Link className={className} to={reportPath(row.submission.id)}>
          {t(editable ? 'myReports.continue' : 'myReports.view')}
          <span className="visually-hidden"> {name}</span>
        </Link>
      );
    }
    if (!mayStart) return null;
    return (
      <button type="button" className={className} disabled={opening !== undefined} onClick={() => void open(row.period)}>
        {t('myReports.start')}
        <span className="visually-hidden"> {name}</span>
      </button>
    );
  };

  const late = (row: Row) =>
    row.submission?.firstSubmittedAt ? <LateDays days={row.submission.daysLate} /> : <LateDays days={daysOverdue(row.period)} sent={false} />;

  const columns: Column<Row>[] = [
    { key: 'period', header: t('report.period'), className: 'col-period', render: (row) => periodName(row.period, language) },
    {
      key: 'data',
      header: t('report.dataRange'),
      render: (row) => t('report.dataRangeShort', { from: formatDate(row.period.dataFrom, language), to: formatDate(row.period.dataTo, language) }),
    },
    { key: 'due', header: t('report.dueDate'), render: (row) => formatDate(row.period.dueDate, language) },
    {
      key: 'status',
      header: t('report.status'),
      render: (row) => (
        <span className="badge-row">
          <ReportStatusBadge status={row.submission?.status ?? 'missing'} />
          {row.submission?.demo && <DemoBadge />}
        </span>
      ),
    },
    { key: 'late', header: t('report.late'), render: late },
    { key: 'action', header: <span className="visually-hidden">{t('user.actions')}</span>, className: 'col-actions', render: (row) => action(row) },
  ];

  return (
    <section aria-labelledby="unit-reports">
      <h2 id="unit-reports">{t('myReports.title', { unit: unit.name })}</h2>
      <ErrorNotice error={error} />
      {current && <CurrentPeriod row={current} action={action(current, true)} />}
      <div className="card">
        <DataTable
          caption={t('myReports.title', { unit: unit.name })}
          columns={columns}
          rows={reports.periods}
          rowKey={(row) => row.period.id}
          rowAttributes={(row) => ({ 'data-testid': `month-${row.period.month}` })}
        />
      </div>
    </section>
  );
}

function CurrentPeriod({ row, action }: { row: Row; action: ReactNode }) {
  const { t, language } = useI18n();
  const submission: SubmissionSummary | null = row.submission;
  return (
    <div className="card current-period">
      <div>
        <p className="eyebrow">{t('myReports.current')}</p>
        <h3>{periodName(row.period, language)}</h3>
        <p className="muted">
          {t('report.dataRangeValue', { from: formatDate(row.period.dataFrom, language), to: formatDate(row.period.dataTo, language) })} ·{' '}
          {t('report.dueOn', { date: formatDate(row.period.dueDate, language) })}
        </p>
        <p className="badge-row">
          <ReportStatusBadge status={submission?.status ?? 'missing'} />
          {submission?.demo && <DemoBadge />}
          {submission?.firstSubmittedAt ? <LateDays days={submission.daysLate} /> : <LateDays days={daysOverdue(row.period)} sent={false} />}
        </p>
      </div>
      {action}
    </div>
  );
}
