// /chi-tieu: every indicator of the plan for a month, with the city's approved value, the
// provisional one where it differs, the target and where the year stands.
import { useCallback } from 'react';
import { Link } from 'react-router';
import type { IndicatorRollup } from '../../../common/reporting.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { indicatorPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { fetchRollup } from './api.js';
import { AchievementBadge } from './badges.js';
import { StageDetail, StageValue, provisionalDiffers } from './IndicatorValue.js';
import { periodPhrase, pickPeriod, useChosenMonth } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { type ReportingYear, useReportingYear } from './use-reporting-year.js';

export function IndicatorsPage() {
  const { t } = useI18n();
  usePageTitle(t('indicators.pageTitle'));
  const year = useReportingYear();
  return <ResourceView resource={year}>{(data) => <IndicatorList year={data} />}</ResourceView>;
}

function IndicatorList({ year }: { year: ReportingYear }) {
  const { t, language } = useI18n();
  const [month, setMonth] = useChosenMonth();
  const period = pickPeriod(year.periods, month);
  const chosenMonth = period?.month ?? 12;
  const load = useCallback(() => fetchRollup(year.year, chosenMonth), [year.year, chosenMonth]);
  const rollup = useResource(load);

  const columns: Column<IndicatorRollup>[] = [
    {
      key: 'code',
      header: t('indicator.code'),
      className: 'col-code',
      render: (row) => <Link to={indicatorPath(row.code, chosenMonth)}>{row.code}</Link>,
    },
    {
      key: 'text',
      header: t('indicator.text'),
      className: 'col-text',
      render: (row) => <Link to={indicatorPath(row.code, chosenMonth)} className="quiet-link">{row.text}</Link>,
    },
    { key: 'target', header: t('indicator.target'), className: 'col-target', render: (row) => <strong>{row.target.text}</strong> },
    {
      key: 'value',
      header: t('indicators.approved'),
      className: 'col-value',
      render: (row) => (
        <>
          <strong className="figure-value">
            <StageValue rule={row} stage={row.approved} />
          </strong>
          <StageDetail rule={row} stage={row.approved} />
        </>
      ),
    },
    {
      key: 'provisional',
      header: t('indicators.provisional'),
      className: 'col-value',
      render: (row) =>
        provisionalDiffers(row) ? (
          <>
            <StageValue rule={row} stage={row.provisional} />
            <StageDetail rule={row} stage={row.provisional} />
          </>
        ) : (
          <span className="muted">{t('indicators.same')}</span>
        ),
    },
    { key: 'status', header: t('indicators.status'), className: 'col-status', render: (row) => <AchievementBadge status={row.approved.status} /> },
  ];

  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1>{t('indicators.pageTitle')}</h1>
          <p className="muted">{t('indicators.intro')}</p>
        </div>
        {period && <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />}
      </header>
      <ResourceView resource={rollup}>
        {(data) => (
          <>
            <p className="muted stage-note">{t('indicators.stageNote', { period: periodPhrase(data.period, language) })}</p>
            {data.areas.map((area, index) => (
              <section key={area.code} className="plan-section" aria-labelledby={`rollup-${area.code}`}>
                <h2 id={`rollup-${area.code}`}>
                  {index + 1}. {area.name}
                </h2>
                <DataTable
                  className="rollup-table"
                  caption={area.name}
                  columns={columns}
                  rows={area.indicators}
                  rowKey={(row) => row.code}
                  rowAttributes={(row) => ({ 'data-testid': `rollup-${row.code}` })}
                />
              </section>
            ))}
          </>
        )}
      </ResourceView>
    </>
  );
}
