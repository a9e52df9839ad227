import type { Indicator } from '../../../common/plan.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { type Column, DataTable } from '../../components/DataTable.js';

interface IndicatorTableProps {
  caption: string;
  indicators: Indicator[];
  baselineYear: number;
  /** Unit code → name; empty for visitors, who then see the code. */
  unitNames: ReadonlyMap<string, string>;
}

export function IndicatorTable({ caption, indicators, baselineYear, unitNames }: IndicatorTableProps) {
  const { t, language } = useI18n();

  const reporter = (indicator: Indicator) => {
    if (indicator.reportingScope === 'wards') return t('reporter.wards');
    if (indicator.reportingScope === 'field_reports') return t('reporter.fieldReports');
    if (indicator.reportingScope === 'city' || indicator.reportingUnitCode === null) return t('reporter.city');
    return unitNames.get(indicator.reportingUnitCode) ?? indicator.reportingUnitCode;
  };

  const columns: Column<Indicator>[] = [
    { key: 'code', header: t('indicator.code'), className: 'col-code', render: (indicator) => indicator.code },
    {
      key: 'text',
      header: t('indicator.text'),
      className: 'col-text',
      render: (indicator) => (
        <>
          {indicator.text}
          {indicator.note && (
            <details className="note">
              <summary>{t('indicator.note')}</summary>
              <p>{indicator.note}</p>
            </details>
          )}
        </>
      ),
    },
    {
      key: 'target',
      header: t('indicator.target'),
      className: 'col-target',
      render: ({ target }) => (
        <>
          <strong>{target.text}</strong>
          {target.dueDate && (
            <span className="cell-detail">{t('indicator.due', { date: formatDate(target.dueDate, language) })}</span>
          )}
        </>
      ),
    },
    {
      key: 'kind',
      header: t('indicator.kind'),
      className: 'col-kind',
      render: (indicator) => (
        <>
          {t(`indicatorKind.${indicator.kind}`)}
          {indicator.direction === 'maintain' && <span className="badge badge-maintain">{t('indicator.maintain')}</span>}
        </>
      ),
    },
    { key: 'reporter', header: t('indicator.reporter'), className: 'col-reporter', render: reporter },
    {
      key: 'baseline',
      header: t('indicator.baseline', { year: baselineYear }),
      className: 'col-baseline',
      // A plan copied from an older one carries that year's results: the year is said when it is not the header's.
      render: ({ baseline }) =>
        baseline === null ? <span aria-hidden="true">—</span> : baseline.year === baselineYear ? baseline.text : `${baseline.text} (${baseline.year})`,
    },
  ];

  return (
    <DataTable
      className="indicator-table"
      caption={caption}
      columns={columns}
      rows={indicators}
      rowKey={(indicator) => indicator.code}
      rowAttributes={(indicator) => ({ id: `indicator-${indicator.code}`, 'data-testid': `indicator-${indicator.code}` })}
    />
  );
}
