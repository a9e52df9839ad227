// /oc/phuong/:unitCode: one ward for a month: its index and rank through the year, its figures
// against the targets, its monthly reports, the tasks and directives it owns, its citizen reports.
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { WardOverview } from '../../../common/dx.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { directivePath, dxPaths, indicatorPath, taskPath, trackingPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import type { ChartOption } from '../../components/Chart.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Loading, ResourceView } from '../../components/Feedback.js';
import { FeedbackStatus } from '../feedback/parts.js';
import { AchievementBadge, LateDays, ReportStatusBadge } from '../reporting/badges.js';
import { formatDateTime, formatFraction, formatMeasure } from '../reporting/format.js';
import { periodName, pickPeriod, shortMonthName, useChosenMonth } from '../reporting/period.js';
import { PeriodPicker } from '../reporting/PeriodPicker.js';
import { type ReportingYear, useReportingYear } from '../reporting/use-reporting-year.js';
import { StatusBadge } from '../tasks/badges.js';
import { fetchWardOverview } from './api.js';
import { ExplanationDialog } from './Explanation.js';
import { formatPoints } from './format.js';
import './dx.css';

// ECharts arrives with the first chart, not with the page.
const Chart = lazy(() => import('../../components/Chart.js').then((module) => ({ default: module.Chart })));

export function WardPage() {
  const unitCode = useParams().unitCode ?? '';
  const year = useReportingYear();
  return <ResourceView resource={year}>{(data) => <WardView unitCode={unitCode} year={data} />}</ResourceView>;
}

function WardView({ unitCode, year }: { unitCode: string; year: ReportingYear }) {
  const { t } = useI18n();
  const [month, setMonth] = useChosenMonth();
  const period = pickPeriod(year.periods, month);
  const chosenMonth = period?.month ?? 12;
  const load = useCallback(() => fetchWardOverview(unitCode, year.year, chosenMonth), [unitCode, year.year, chosenMonth]);
  const overview = useResource(load);
  return (
    <article className="dx-ward">
      <nav className="breadcrumb" aria-label={t('ward.breadcrumb')}>
        <Link to={`${dxPaths.ranking}?thang=${chosenMonth}`}>{t('dx.rankingTitle')}</Link> › {overview.data?.unit.name ?? unitCode}
      </nav>
      <ResourceView resource={overview}>
        {(data) => <WardDetail data={data} picker={period && <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />} />}
      </ResourceView>
    </article>
  );
}

function WardDetail({ data, picker }: { data: WardOverview; picker: ReactNode }) {
  const { t, language } = useI18n();
  usePageTitle(t('ward.pageTitle', { name: data.unit.name }));
  const [explaining, setExplaining] = useState(false);
  const { fieldReports } = data;
  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1>{data.unit.name}</h1>
          <p className="muted">{periodName(data, language)}</p>
        </div>
        {picker}
      </header>
      <div className="stat-grid">
        <div className="stat">
          <span className="stat-label">{t('ward.dxScore')}</span>
          <strong className="stat-value" data-testid="ward-dx-total">
            {formatPoints(data.dx.total, language)}
          </strong>
          <span className="cell-detail">
            {t('dx.outOf')} · {t('dx.rankOf', { rank: data.dx.rank, count: data.dx.wardCount })}
          </span>
          <button type="button" className="button button-small" onClick={() => setExplaining(true)}>
            {t('dx.explainCity')}
          </button>
        </div>
        <div className="stat">
          <span className="stat-label">{t('ward.fieldReportsOnTime')}</span>
          <strong className="stat-value">{fieldReports.onTimeRate === null ? '—' : `${formatNumber(fieldReports.onTimeRate, language, 1)}%`}</strong>
          <span className="cell-detail">
            {t('ward.closedSummary', { onTime: formatNumber(fieldReports.closedOnTime, language), closed: formatNumber(fieldReports.closed, language) })}
          </span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('ward.openFieldReports')}</span>
          <strong className="stat-value">{formatNumber(fieldReports.open, language)}</strong>
          {fieldReports.openOverdue > 0 && <span className="cell-detail late-days">{t('ward.openOverdue', { count: formatNumber(fieldReports.openOverdue, language) })}</span>}
        </div>
      </div>
      {explaining && <ExplanationDialog unitCode={data.unit.code} name={data.unit.name} year={data.year} month={data.month} onClose={() => setExplaining(false)} />}
      <RankHistory data={data} />
      <IndicatorsSection data={data} />
      <ReportsSection data={data} />
      <WorkSection data={data} />
      <FieldReportsSection data={data} />
    </>
  );
}

function RankHistory({ data }: { data: WardOverview }) {
  const { t, language } = useI18n();
  const scoreLabel = t('dx.score');
  const rankLabel = t('dx.rank');
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 56, right: 56, top: 40, bottom: 32 },
      legend: { top: 0, left: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.rankHistory.map((point) => shortMonthName(point.month, language)) },
      yAxis: [
        { type: 'value', min: 0, max: 1000 },
        // Rank 1 at the top.
        { type: 'value', min: 1, max: Math.max(data.dx.wardCount, 2), inverse: true, splitLine: { show: false } },
      ],
      series: [
        { name: scoreLabel, type: 'bar', barMaxWidth: 28, itemStyle: { color: '#9cc3ea' }, data: data.rankHistory.map((point) => point.total) },
        { name: rankLabel, type: 'line', yAxisIndex: 1, itemStyle: { color: '#0b3a66' }, lineStyle: { width: 3 }, symbolSize: 8, data: data.rankHistory.map((point) => point.rank) },
      ],
    }),
    [data, language, scoreLabel, rankLabel],
  );
  return (
    <section className="card" aria-labelledby="ward-history-title">
      <h2 id="ward-history-title">{t('ward.rankHistory')}</h2>
      <Suspense fallback={<Loading />}>
        <Chart option={option} label={t('ward.rankHistoryLabel', { name: data.unit.name, year: data.year })} height={280} testId="ward-rank-chart" />
      </Suspense>
      <details className="chart-data">
        <summary>{t('ward.showData')}</summary>
        <table className="data-table compact">
          <caption className="visually-hidden">{t('ward.rankHistoryLabel', { name: data.unit.name, year: data.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.period')}</th>
              <th scope="col" className="col-number">
                {scoreLabel}
              </th>
              <th scope="col" className="col-number">
                {rankLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rankHistory.map((point) => (
              <tr key={point.month}>
                <th scope="row">{periodName({ year: data.year, month: point.month }, language)}</th>
                <td className="col-number">{formatPoints(point.total, language)}</td>
                <td className="col-number">{point.rank}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

type IndicatorRow = WardOverview['indicators'][number];

function IndicatorsSection({ data }: { data: WardOverview }) {
  const { t, language } = useI18n();
  const columns: Column<IndicatorRow>[] = [
    {
      key: 'code',
      header: t('indicator.code'),
      className: 'col-code',
      render: (row) => <Link to={indicatorPath(row.code, data.month)}>{row.code}</Link>,
    },
    { key: 'text', header: t('indicator.text'), render: (row) => row.text },
    { key: 'target', header: t('indicator.target'), render: (row) => row.target.text },
    {
      key: 'value',
      header: t('ward.value'),
      render: (row) => {
        if (row.value === null) return '—';
        if (row.kind === 'unit_count') return t(row.value >= 100 ? 'dx.met' : 'dx.notMet');
        return (
          <>
            {formatMeasure(row.value, row.measureUnit, language)}
            {row.numerator !== null && row.denominator !== null && <span className="cell-detail">{formatFraction(row.numerator, row.denominator, language)}</span>}
          </>
        );
      },
    },
    { key: 'status', header: t('ward.status'), render: (row) => <AchievementBadge status={row.status} /> },
  ];
  return (
    <section className="card" aria-labelledby="ward-indicators-title">
      <h2 id="ward-indicators-title">{t('ward.indicators')}</h2>
      <p className="muted">{t('ward.indicatorsHint')}</p>
      <DataTable caption={t('ward.indicators')} columns={columns} rows={data.indicators} rowKey={(row) => row.code} />
    </section>
  );
}

type ReportRow = WardOverview['reports'][number];

function ReportsSection({ data }: { data: WardOverview }) {
  const { t, language } = useI18n();
  const columns: Column<ReportRow>[] = [
    { key: 'period', header: t('report.period'), render: (row) => periodName({ year: data.year, month: row.month }, language) },
    { key: 'due', header: t('report.dueDate'), render: (row) => formatDate(row.dueDate, language) },
    { key: 'state', header: t('report.status'), render: (row) => <ReportStatusBadge status={row.state} /> },
    { key: 'sent', header: t('ward.sentAt'), render: (row) => (row.firstSubmittedAt === null ? <span className="muted">{t('ward.notSent')}</span> : formatDateTime(row.firstSubmittedAt, language)) },
    { key: 'late', header: t('ward.timeliness'), render: (row) => <LateDays days={row.daysLate} sent={row.firstSubmittedAt !== null} showOnTime /> },
  ];
  return (
    <section className="card" aria-labelledby="ward-reports-title">
      <h2 id="ward-reports-title">{t('ward.reports')}</h2>
      <p className="muted">{t('ward.reportsHint')}</p>
      <DataTable caption={t('ward.reports')} columns={columns} rows={data.reports} rowKey={(row) => row.month} />
    </section>
  );
}

function WorkSection({ data }: { data: WardOverview }) {
  const { t, language } = useI18n();
  const delay = (row: { overdue: boolean; delayDays: number }) => <LateDays days={row.delayDays} sent={!row.overdue} showOnTime />;
  const taskColumns: Column<WardOverview['tasks'][number]>[] = [
    { key: 'title', header: t('ward.title'), render: (row) => <Link to={taskPath(row.id)}>{row.code ? `${row.code} · ${row.title}` : row.title}</Link> },
    { key: 'role', header: t('ward.role'), render: (row) => t(row.lead ? 'ward.lead' : 'ward.coordinating') },
    { key: 'due', header: t('ward.due'), render: (row) => formatDate(row.dueDate, language) },
    { key: 'status', header: t('report.status'), render: (row) => <StatusBadge status={row.status} /> },
    { key: 'delay', header: t('ward.delay'), render: delay },
  ];
  const directiveColumns: Column<WardOverview['directives'][number]>[] = [
    { key: 'title', header: t('ward.title'), render: (row) => <Link to={directivePath(row.id)}>{row.title}</Link> },
    { key: 'due', header: t('ward.due'), render: (row) => (row.dueDate === null ? '—' : formatDate(row.dueDate, language)) },
    { key: 'status', header: t('report.status'), render: (row) => <StatusBadge status={row.status} /> },
    { key: 'delay', header: t('ward.delay'), render: delay },
  ];
  return (
    <>
      <section className="card" aria-labelledby="ward-tasks-title">
        <h2 id="ward-tasks-title">{t('ward.tasks')}</h2>
        <DataTable caption={t('ward.tasks')} columns={taskColumns} rows={data.tasks} rowKey={(row) => row.id} empty={t('ward.noTasks')} />
      </section>
      <section className="card" aria-labelledby="ward-directives-title">
        <h2 id="ward-directives-title">{t('ward.directives')}</h2>
        <DataTable caption={t('ward.directives')} columns={directiveColumns} rows={data.directives} rowKey={(row) => row.id} empty={t('ward.noDirectives')} />
      </section>
    </>
  );
}

function FieldReportsSection({ data }: { data: WardOverview }) {
  const { t, language } = useI18n();
  const columns: Column<WardOverview['fieldReports']['recent'][number]>[] = [
    { key: 'code', header: t('ward.code'), className: 'col-code', render: (row) => <Link to={trackingPath(row.code)}>{row.code}</Link> },
    { key: 'category', header: t('feedback.category'), render: (row) => row.category },
    { key: 'status', header: t('feedback.status'), render: (row) => <FeedbackStatus status={row.status} /> },
    { key: 'received', header: t('ward.received'), render: (row) => formatDate(new Date(row.receivedAt), language) },
    { key: 'due', header: t('ward.due'), render: (row) => formatDate(row.dueDate, language) },
    {
      key: 'timing',
      header: t('ward.timeliness'),
      render: (row) =>
        row.overdue ? (
          <span className="late-days">{t('feedback.overdue')}</span>
        ) : row.closedOnTime === null ? (
          <span className="muted">—</span>
        ) : (
          <span className={row.closedOnTime ? 'on-time' : 'late-days'}>{t(row.closedOnTime ? 'feedback.closedOnTime' : 'feedback.closedLate')}</span>
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="ward-field-title">
      <h2 id="ward-field-title">{t('ward.fieldReports')}</h2>
      <p className="muted">{t('ward.fieldReportsHint')}</p>
      <DataTable caption={t('ward.fieldReports')} columns={columns} rows={data.fieldReports.recent} rowKey={(row) => row.code} empty={t('ward.noFieldReports')} />
    </section>
  );
}
