// /bao-cao/duyet: reports waiting for the coordinator's or a leader's decision, oldest first.
import { Link } from 'react-router';
import type { SubmissionSummary } from '../../../common/reporting.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { reportPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { fetchQueue } from './api.js';
import { DemoBadge, LateDays } from './badges.js';
import { formatDateTime } from './format.js';
import { periodName } from './period.js';
import { ReportingTabs } from './ReportingTabs.js';

export function ApprovalQueuePage() {
  const { t, language } = useI18n();
  usePageTitle(t('queue.title'));
  const queue = useResource(fetchQueue);

  const columns: Column<SubmissionSummary>[] = [
    {
      key: 'unit',
      header: t('user.unit'),
      render: (row) => (
        <span className="badge-row">
          {row.unit.name}
          {row.demo && <DemoBadge />}
        </span>
      ),
    },
    { key: 'period', header: t('report.period'), className: 'col-period', render: (row) => periodName(row.period, language) },
    {
      key: 'submitted',
      header: t('queue.submittedAt'),
      render: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, language) : '—'),
    },
    {
      key: 'late',
      header: t('report.late'),
      render: (row) => <LateDays days={row.daysLate} showOnTime />,
    },
    {
      key: 'action',
      header: <span className="visually-hidden">{t('user.actions')}</span>,
      className: 'col-actions',
      render: (row) => (
        <Link className="button button-small button-primary" to={reportPath(row.id)}>
          {t(row.actions.includes('approve') ? 'queue.review' : 'myReports.view')}
          <span className="visually-hidden">
            {' '}
            {row.unit.name} {periodName(row.period, language)}
          </span>
        </Link>
      ),
    },
  ];

  return (
    <>
      <ReportingTabs />
      <header className="page-header">
        <h1>{t('queue.title')}</h1>
        <p className="muted">{t('queue.intro')}</p>
      </header>
      <div className="card">
        <ResourceView resource={queue}>
          {(rows) => (
            <>
              <p className="result-count" role="status">
                {t('queue.count', { count: formatNumber(rows.length, language) })}
              </p>
              <DataTable
                caption={t('queue.title')}
                columns={columns}
                rows={rows}
                rowKey={(row) => row.id}
                rowAttributes={(row) => ({ 'data-testid': `queue-${row.unit.code}-${row.period.month}` })}
                empty={t('queue.none')}
              />
            </>
          )}
        </ResourceView>
      </div>
    </>
  );
}
