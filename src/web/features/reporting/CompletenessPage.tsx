// /bao-cao/tinh-hinh: every reporting unit × the twelve months, coloured by where its report
// stands, with counts per month; below, the units to remind for the chosen month.
import { useCallback } from 'react';
import { Link } from 'react-router';
import type { Completeness, Period } from '../../../common/reporting.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import { usePageTitle } from '../../app/page-title.js';
import { reportPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { fetchCompleteness } from './api.js';
import { periodName, pickPeriod, shortMonthName, todayInVietnam, useChosenMonth } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { RemindersPanel } from './RemindersPanel.js';
import { ReportingTabs } from './ReportingTabs.js';
import { type ReportingYear, useReportingYear } from './use-reporting-year.js';

export function CompletenessPage() {
  const { t } = useI18n();
  usePageTitle(t('completeness.pageTitle'));
  const year = useReportingYear();
  return (
    <>
      <ReportingTabs />
      <ResourceView resource={year}>{(data) => <CompletenessView year={data} />}</ResourceView>
    </>
  );
}

type Cell = Completeness['units'][number]['cells'][number];

const looks: { state: Cell['state']; label: MessageKey; glyph: string }[] = [
  { state: 'approved', label: 'completeness.approved', glyph: '✓' },
  { state: 'submitted', label: 'completeness.submitted', glyph: '●' },
  { state: 'returned', label: 'completeness.returned', glyph: '↩' },
  { state: 'draft', label: 'completeness.draft', glyph: '✎' },
  { state: 'missing', label: 'completeness.missing', glyph: '' },
];

function CompletenessView({ year }: { year: ReportingYear }) {
  const { t } = useI18n();
  const load = useCallback(() => fetchCompleteness(year.year), [year.year]);
  const grid = useResource(load);
  const [month, setMonth] = useChosenMonth();
  const period = pickPeriod(year.periods, month);
  return (
    <>
      <header className="page-header">
        <h1>{t('completeness.title', { year: year.year })}</h1>
        <p className="muted">{t('completeness.intro')}</p>
      </header>
      <ResourceView resource={grid}>
        {(data) => (
          <>
            <section className="card" aria-labelledby="grid-title">
              <h2 id="grid-title" className="visually-hidden">
                {t('completeness.title', { year: year.year })}
              </h2>
              <Legend />
              <CompletenessGrid data={data} chosenMonth={period?.month} />
            </section>
            {period && (
              <section className="card" aria-labelledby="reminders-title">
                <div className="section-header">
                  <h2 id="reminders-title">{t('reminders.title')}</h2>
                  <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />
                </div>
                <RemindersPanel key={period.id} period={period} completeness={data} />
              </section>
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <ul className="legend" aria-label={t('completeness.legend')}>
      {looks.map(({ state, label, glyph }) => (
        <li key={state}>
          <span className={`grid-cell grid-cell-${state}`} aria-hidden="true">
            {glyph}
          </span>
          {t(label)}
        </li>
      ))}
      <li>
        <span className="grid-cell grid-cell-missing grid-cell-overdue" aria-hidden="true">
          !
        </span>
        {t('completeness.overdue')}
      </li>
      <li>
        <span className="grid-cell grid-cell-approved" aria-hidden="true">
          ✓<span className="late-mark">+2</span>
        </span>
        {t('completeness.lateMark')}
      </li>
    </ul>
  );
}

function CompletenessGrid({ data, chosenMonth }: { data: Completeness; chosenMonth: number | undefined }) {
  const { t, language } = useI18n();
  const today = todayInVietnam();
  const total = data.units.length;
  const column = (index: number) => data.units.map((row) => row.cells[index]).filter((cell): cell is Cell => cell !== undefined);
  return (
    <div className="table-scroll">
      <table className="completeness-grid">
        <caption className="visually-hidden">{t('completeness.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="grid-unit">
              {t('user.unit')}
            </th>
            {data.periods.map((period) => (
              <th key={period.id} scope="col" className={period.month === chosenMonth ? 'grid-chosen' : undefined} title={periodName(period, language)}>
                <abbr title={periodName(period, language)}>{shortMonthName(period.month, language)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.units.map((row) => (
            <tr key={row.unit.id} data-testid={`completeness-${row.unit.code}`}>
              <th scope="row" className="grid-unit">
                {row.unit.name}
              </th>
              {row.cells.map((cell, index) => {
                const period = data.periods[index];
                return (
                  <td key={cell.periodId} className={cell.month === chosenMonth ? 'grid-chosen' : undefined}>
                    {period && <GridCell cell={cell} period={period} unitName={row.unit.name} today={today} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="grid-unit">
              {t('completeness.sentCount')}
            </th>
            {data.periods.map((period, index) => (
              <td key={period.id} className="grid-count">
                {formatNumber(column(index).filter((cell) => cell.sent).length, language)}/{formatNumber(total, language)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="grid-unit">
              {t('completeness.approvedCount')}
            </th>
            {data.periods.map((period, index) => (
              <td key={period.id} className="grid-count">
                {formatNumber(column(index).filter((cell) => cell.state === 'approved').length, language)}/{formatNumber(total, language)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function GridCell({ cell, period, unitName, today }: { cell: Cell; period: Period; unitName: string; today: string }) {
  const { t, language } = useI18n();
  const entry = looks.find((candidate) => candidate.state === cell.state);
  // Never sent and the due day is over: the red ring; sent late: the red day count.
  const overdue = !cell.sent && period.dueDate < today;
  const days = formatNumber(cell.daysLate, language);
  const lateness = cell.daysLate <= 0 ? '' : t(cell.sent ? 'report.lateDays' : 'report.overdueDays', { days });
  const description = [periodName(period, language), entry ? t(entry.label) : '', lateness].filter(Boolean).join(', ');
  const content = (
    <>
      <span aria-hidden="true">{overdue && cell.state === 'missing' ? '!' : entry?.glyph}</span>
      {cell.sent && cell.daysLate > 0 && (
        <span className="late-mark" aria-hidden="true">
          +{days}
        </span>
      )}
      <span className="visually-hidden">{description}</span>
    </>
  );
  const className = `grid-cell grid-cell-${cell.state}${overdue ? ' grid-cell-overdue' : ''}`;
  const title = `${unitName} – ${description}`;
  return cell.submissionId === null ? (
    <span className={className} title={title}>
      {content}
    </span>
  ) : (
    <Link className={className} title={title} to={reportPath(cell.submissionId)}>
      {content}
    </Link>
  );
}
