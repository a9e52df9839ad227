// /chi-tieu/:code: one indicator for a month: target, official (approved) and provisional values,
// standing, the 2023 baseline, the trend month by month and the figures of every unit.
import { type ReactNode, Suspense, lazy, useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { BreakdownRow, IndicatorPage as IndicatorPageData } from '../../../common/reporting.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { paths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import type { ChartOption } from '../../components/Chart.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Loading, ResourceView } from '../../components/Feedback.js';
import { breakdownUrl, fetchIndicatorPage } from './api.js';
import { AchievementBadge, DemoBadge, ReportStatusBadge } from './badges.js';
import { formatMeasure, formatPercent } from './format.js';
import { StageDetail, StageValue } from './IndicatorValue.js';
import { periodName, periodPhrase, pickPeriod, shortMonthName, useChosenMonth } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { type ReportingYear, useReportingYear } from './use-reporting-year.js';

// ECharts arrives with the first chart, not with the page.
const Chart = lazy(() => import('../../components/Chart.js').then((module) => ({ default: module.Chart })));

const colours = { approved: '#0b5cad', provisional: '#e08a00', target: '#b3261e', pending: '#9aa5b4' };

export function IndicatorPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  usePageTitle(t('indicatorPage.pageTitle', { code }));
  const year = useReportingYear();
  return <ResourceView resource={year}>{(data) => <IndicatorView code={code} year={data} />}</ResourceView>;
}

function IndicatorView({ code, year }: { code: string; year: ReportingYear }) {
  const { t } = useI18n();
  const [month, setMonth] = useChosenMonth();
  const period = pickPeriod(year.periods, month);
  const chosenMonth = period?.month ?? 12;
  const load = useCallback(() => fetchIndicatorPage(code, year.year, chosenMonth), [code, year.year, chosenMonth]);
  const page = useResource(load);
  return (
    <article className="indicator-page">
      <nav className="breadcrumb" aria-label={t('form.breadcrumb')}>
        <Link to={`${paths.indicators}?thang=${chosenMonth}`}>{t('indicators.pageTitle')}</Link> › {code}
      </nav>
      <ResourceView resource={page}>
        {(data) => (
          <IndicatorDetail data={data} year={year.year} picker={period && <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />} />
        )}
      </ResourceView>
    </article>
  );
}

function IndicatorDetail({ data, year, picker }: { data: IndicatorPageData; year: number; picker: ReactNode }) {
  const { t, language } = useI18n();
  const { rollup, period } = data;
  const demo = data.breakdown.some((row) => row.demo);
  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1>
            <span className="figure-code">{rollup.code}</span> {rollup.text}
          </h1>
          <p className="badge-row">
            <AchievementBadge status={rollup.approved.status} />
            {demo && <DemoBadge />}
            <span className="muted">{t('indicatorPage.asOf', { period: periodPhrase(period, language) })}</span>
          </p>
        </div>
        {picker}
      </header>

      <div className="stat-grid">
        <Stat label={t('indicator.target')}>
          <strong className="stat-value">{rollup.target.text}</strong>
          {rollup.target.dueDate && <span className="cell-detail">{t('indicator.due', { date: formatDate(rollup.target.dueDate, language) })}</span>}
        </Stat>
        <Stat label={t('indicatorPage.approved')} testId="stat-approved">
          <strong className="stat-value">
            <StageValue rule={rollup} stage={rollup.approved} />
          </strong>
          <StageDetail rule={rollup} stage={rollup.approved} />
        </Stat>
        <Stat label={t('indicatorPage.provisional')} testId="stat-provisional">
          <strong className="stat-value stat-value-secondary">
            <StageValue rule={rollup} stage={rollup.provisional} />
          </strong>
          <StageDetail rule={rollup} stage={rollup.provisional} />
        </Stat>
        <Stat label={t('indicatorPage.achievement')}>
          <strong className="stat-value">
            {rollup.approved.achievementPercent === null ? '—' : formatPercent(rollup.approved.achievementPercent, language, 1)}
          </strong>
          {rollup.approved.projected !== null && (
            <span className="cell-detail">
              {t('indicatorPage.projected', {
                // A unit count is judged as the share of units that meet it.
                value: formatMeasure(rollup.approved.projected, rollup.kind === 'unit_count' ? '%' : rollup.measureUnit, language),
              })}
            </span>
          )}
        </Stat>
        <Stat label={t('indicator.baseline', { year: data.baseline?.year ?? year - 1 })}>
          <strong className="stat-value stat-value-secondary">{data.baseline?.text ?? '—'}</strong>
        </Stat>
      </div>

      <p className="muted stage-note">{t('indicatorPage.stageNote')}</p>
      {data.note && (
        <div className="notice notice-info">
          <strong>{t('indicator.note')}: </strong>
          {data.note}
        </div>
      )}

      <TrendSection data={data} />
      <BreakdownSection data={data} />
    </>
  );
}

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat-label">{label}</span>
      {children}
    </div>
  );
}

const percentLabel = (value: unknown, language: Language) => (typeof value === 'number' ? formatPercent(value, language) : '—');

function TrendSection({ data }: { data: IndicatorPageData }) {
  const { t, language } = useI18n();
  const { rollup, period } = data;
  const months = useMemo(() => Array.from({ length: period.month }, (_, index) => index + 1), [period.month]);
  const valueAt = (series: { month: number; value: number | null }[], month: number) => series.find((point) => point.month === month)?.value ?? null;
  const approvedLabel = t('indicatorPage.approvedSeries');
  const provisionalLabel = t('indicatorPage.provisionalSeries');

  const option = useMemo<ChartOption>(() => {
    const target = rollup.target.value;
    return {
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      legend: { top: 0, left: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (value) => percentLabel(value, language) },
      xAxis: { type: 'category', data: months.map((month) => shortMonthName(month, language)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (value: number) => `${formatNumber(value, language)}%` } },
      series: [
        {
          name: approvedLabel,
          type: 'line',
          data: months.map((month) => valueAt(rollup.approved.series, month)),
          itemStyle: { color: colours.approved },
          lineStyle: { width: 3 },
          symbolSize: 7,
          markLine:
            target === null
              ? undefined
              : {
                  symbol: 'none',
                  lineStyle: { color: colours.target, type: 'dashed', width: 2 },
                  label: { formatter: `${t('indicator.target')} ${rollup.target.text}`, color: colours.target, position: 'insideEndTop' },
                  data: [{ yAxis: target }],
                },
        },
        {
          name: provisionalLabel,
          type: 'line',
          data: months.map((month) => valueAt(rollup.provisional.series, month)),
          itemStyle: { color: colours.provisional },
          lineStyle: { type: 'dashed', width: 2 },
          symbolSize: 6,
        },
      ],
    };
  }, [rollup, months, language, approvedLabel, provisionalLabel, t]);

  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('indicatorPage.trend')}</h2>
      {rollup.kind === 'milestone' ? (
        <p className="muted">{t('indicatorPage.milestoneTrend')}</p>
      ) : (
        <>
          <p className="muted">{t('indicatorPage.trendHint')}</p>
          <Suspense fallback={<Loading />}>
            <Chart option={option} label={t('indicatorPage.trendLabel', { code: rollup.code })} testId="trend-chart" />
          </Suspense>
          <details className="chart-data">
            <summary>{t('indicatorPage.showData')}</summary>
            <table className="data-table compact">
              <caption className="visually-hidden">{t('indicatorPage.trend')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.period')}</th>
                  <th scope="col">{approvedLabel}</th>
                  <th scope="col">{provisionalLabel}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((month) => (
                  <tr key={month}>
                    <th scope="row">{periodName({ year: period.year, month }, language)}</th>
                    <td>{percentLabel(valueAt(rollup.approved.series, month), language)}</td>
                    <td>{percentLabel(valueAt(rollup.provisional.series, month), language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function BreakdownSection({ data }: { data: IndicatorPageData }) {
  const { t, language } = useI18n();
  const { rollup, period, breakdown } = data;
  const charted = (rollup.kind === 'ratio' || rollup.kind === 'value') && breakdown.length > 1;

  const option = useMemo<ChartOption>(() => {
    const groups = [
      { name: t('indicatorPage.barApproved'), colour: colours.approved, statuses: ['approved'] },
      { name: t('indicatorPage.barSubmitted'), colour: colours.provisional, statuses: ['submitted'] },
      { name: t('indicatorPage.barPending'), colour: colours.pending, statuses: ['draft', 'returned'] },
    ];
    return {
      grid: { left: 150, right: 32, top: 56, bottom: 24 },
      legend: { top: 0, left: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => percentLabel(value, language) },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (value: number) => `${formatNumber(value, language)}%` } },
      yAxis: { type: 'category', data: breakdown.map((row) => row.unit.name), inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
      series: groups.map((group, index) => ({
        name: group.name,
        type: 'bar',
        stack: 'units',
        barMaxWidth: 18,
        itemStyle: { color: group.colour },
        data: breakdown.map((row) => (group.statuses.includes(row.status) ? (row.figure?.percent ?? null) : null)),
        markLine:
          index === 0 && rollup.target.value !== null
            ? {
                symbol: 'none',
                lineStyle: { color: colours.target, type: 'dashed', width: 2 },
                label: { formatter: `${t('indicator.target')} ${rollup.target.text}`, color: colours.target, position: 'start' },
                data: [{ xAxis: rollup.target.value }],
              }
            : undefined,
      })),
    };
  }, [breakdown, rollup, language, t]);

  const columns: Column<BreakdownRow>[] = [
    { key: 'unit', header: t('user.unit'), render: (row) => row.unit.name },
    {
      key: 'status',
      header: t('indicatorPage.reportStatus'),
      render: (row) => (
        <span className="badge-row">
          <ReportStatusBadge status={row.status} />
          {row.demo && <DemoBadge />}
        </span>
      ),
    },
    ...figureColumns(rollup.kind, rollup.measureUnit, language, t),
    { key: 'comment', header: t('figure.comment'), className: 'col-comment', render: (row) => row.figure?.comment ?? '' },
  ];

  return (
    <section className="card" aria-labelledby="breakdown-title">
      <div className="section-header">
        <h2 id="breakdown-title">{t('indicatorPage.breakdown', { period: periodName(period, language) })}</h2>
        <div className="row-actions">
          <a className="button button-small" href={breakdownUrl(rollup.code, 'csv', period.year, period.month)} download>
            {t('indicatorPage.exportCsv')}
          </a>
          <a className="button button-small" href={breakdownUrl(rollup.code, 'xlsx', period.year, period.month)} download>
            {t('indicatorPage.exportXlsx')}
          </a>
        </div>
      </div>
      <p className="muted">{t('indicatorPage.breakdownHint')}</p>
      {charted && (
        <Suspense fallback={<Loading />}>
          <Chart
            option={option}
            label={t('indicatorPage.breakdownLabel', { code: rollup.code, period: periodPhrase(period, language) })}
            height={Math.max(240, breakdown.length * 26 + 70)}
            testId="breakdown-chart"
          />
        </Suspense>
      )}
      <DataTable
        caption={t('indicatorPage.breakdown', { period: periodName(period, language) })}
        columns={columns}
        rows={breakdown}
        rowKey={(row) => row.unit.id}
        rowAttributes={(row) => ({ 'data-testid': `breakdown-${row.unit.code}` })}
      />
    </section>
  );
}

function figureColumns(
  kind: IndicatorPageData['rollup']['kind'],
  measureUnit: string,
  language: Language,
  t: ReturnType<typeof useI18n>['t'],
): Column<BreakdownRow>[] {
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, language));
  switch (kind) {
    case 'ratio':
      return [
        { key: 'numerator', header: t('figure.numerator'), className: 'col-number', render: (row) => number(row.figure?.numerator) },
        { key: 'denominator', header: t('figure.denominator'), className: 'col-number', render: (row) => number(row.figure?.denominator) },
        {
          key: 'percent',
          header: t('figure.ratio'),
          className: 'col-number',
          render: (row) => (row.figure?.percent === null || row.figure === null ? '—' : <strong>{formatPercent(row.figure.percent, language)}</strong>),
        },
      ];
    case 'value':
      return [
        {
          key: 'value',
          header: t('figure.value', { unit: measureUnit }),
          className: 'col-number',
          render: (row) => (row.figure?.value === null || row.figure === null ? '—' : formatMeasure(row.figure.value, measureUnit, language)),
        },
      ];
    case 'unit_count':
      return [
        {
          key: 'met',
          header: t('figure.met'),
          render: (row) => (row.figure?.met === null || row.figure === null ? '—' : t(row.figure.met ? 'figure.metYes' : 'figure.metNo')),
        },
      ];
    case 'milestone':
      return [
        {
          key: 'done',
          header: t('figure.doneDate'),
          render: (row) => (row.figure === null ? '—' : row.figure.doneDate ? formatDate(row.figure.doneDate, language) : t('figure.notDone')),
        },
      ];
  }
}
