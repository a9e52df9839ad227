// /bao-cao/lich: the reporting calendar (cut-off, unit due day, consolidation day, change warning,
// what a due day on a day off does), explained with a worked month; the coordinator changes it.
import { useState } from 'react';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { type DueOnDayOff, type Period, dueOnDayOffRules } from '../../../common/reporting.js';
import { formatDate } from '../../app/format.js';
import { DataTable } from '../../components/DataTable.js';
import { periodName, todayInVietnam } from './period.js';
import { YearSelect } from './PeriodPicker.js';
import { type ReportingYear, useReportingYear } from './use-reporting-year.js';
import { YearNotice } from './YearNotice.js';
import { type ReportingCalendar, fetchCalendar, saveCalendar } from './api.js';
import { ReportingTabs } from './ReportingTabs.js';

export function CalendarPage() {
  const { t } = useI18n();
  usePageTitle(t('calendar.pageTitle'));
  const calendar = useResource(fetchCalendar);
  const year = useReportingYear();
  return (
    <>
      <ReportingTabs />
      <header className="page-header">
        <h1>{t('calendar.pageTitle')}</h1>
        <p className="muted">{t('calendar.intro')}</p>
      </header>
      <ResourceView resource={calendar}>{(data) => <CalendarForm initial={data} year={year.data?.year ?? Number(todayInVietnam().slice(0, 4))} />}</ResourceView>
      <ResourceView resource={year}>{(data) => <YearPeriods year={data} />}</ResourceView>
    </>
  );
}

/** The year's periods as the calendar made them when its plan was issued, with the year switch. */
function YearPeriods({ year }: { year: ReportingYear }) {
  const { t, language } = useI18n();
  const day = (date: string) => formatDate(date, language);
  return (
    <section className="card calendar-periods" aria-labelledby="calendar-periods">
      <YearNotice year={year} />
      <div className="page-header-row">
        <h2 id="calendar-periods">{t('calendar.periodsTitle', { year: year.year })}</h2>
        {year.years.length > 1 && <YearSelect years={year.years} value={year.year} />}
      </div>
      {year.periods.length === 0 ? (
        <p className="empty">{t('calendar.noPeriods')}</p>
      ) : (
        <DataTable
          caption={t('calendar.periodsTitle', { year: year.year })}
          columns={[
            { key: 'period', header: t('calendar.period'), render: (period: Period) => periodName(period, language) },
            { key: 'data', header: t('calendar.data'), render: (period: Period) => `${day(period.dataFrom)} – ${day(period.dataTo)}` },
            { key: 'due', header: t('calendar.due'), render: (period: Period) => day(period.dueDate) },
            { key: 'consolidation', header: t('calendar.consolidation'), render: (period: Period) => day(period.consolidationDueDate) },
          ]}
          rows={year.periods}
          rowKey={(period) => String(period.id)}
          rowAttributes={(period) => ({ 'data-testid': `period-${period.year}-${period.month}` })}
        />
      )}
    </section>
  );
}

type NumberField = Exclude<keyof ReportingCalendar, 'dueOnDayOff'>;
type Values = Record<NumberField, string>;
const fields: { name: NumberField; max: number }[] = [
  { name: 'cutoffDay', max: 28 },
  { name: 'unitDueDay', max: 28 },
  { name: 'consolidationDay', max: 28 },
  { name: 'changeWarningPercent', max: 1000 },
];

const toValues = (calendar: ReportingCalendar): Values => ({
  cutoffDay: String(calendar.cutoffDay),
  unitDueDay: String(calendar.unitDueDay),
  consolidationDay: String(calendar.consolidationDay),
  changeWarningPercent: String(calendar.changeWarningPercent),
});

function CalendarForm({ initial, year }: { initial: ReportingCalendar; year: number }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const editable = user?.role === 'coordinator';
  const [values, setValues] = useState(() => toValues(initial));
  const [dueOnDayOff, setDueOnDayOff] = useState<DueOnDayOff>(initial.dueOnDayOff);
  const [notice, setNotice] = useState<string>();
  const numbers: ReportingCalendar = {
    cutoffDay: Number(values.cutoffDay),
    unitDueDay: Number(values.unitDueDay),
    consolidationDay: Number(values.consolidationDay),
    changeWarningPercent: Number(values.changeWarningPercent),
    dueOnDayOff,
  };

  const clientError = (name: NumberField, max: number): string | undefined => {
    const value = numbers[name];
    if (!Number.isInteger(value) || value < 1 || value > max) return t('calendar.range', { max: formatNumber(max, language) });
    if (name === 'unitDueDay' && !(numbers.cutoffDay <= numbers.unitDueDay && numbers.unitDueDay <= numbers.consolidationDay)) {
      return t('calendar.order');
    }
    return undefined;
  };
  const invalid = fields.some(({ name, max }) => clientError(name, max) !== undefined);

  const {
    busy,
    error,
    fieldErrors: serverErrors,
    onSubmit,
  } = useSubmit(async () => {
    setNotice(undefined);
    const saved = await saveCalendar(numbers);
    setValues(toValues(saved));
    setDueOnDayOff(saved.dueOnDayOff);
    setNotice(t('calendar.saved'));
  });

  // A worked month: May of the plan's year, with the days as they are typed.
  const day = (value: number, month: number) => `${String(value).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  const valid = !invalid;

  return (
    <div className="calendar-layout">
      <form className="card form calendar-form" onSubmit={(event) => (invalid ? event.preventDefault() : onSubmit(event))} noValidate>
        <SuccessNotice message={notice} />
        {!Object.keys(serverErrors).length && <ErrorNotice error={error} />}
        {fields.map(({ name, max }) => (
          <Field key={name} label={t(`calendar.${name}`)} hint={t(`calendar.${name}.hint`)} error={clientError(name, max) ?? serverErrors[name]}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={max}
                step={1}
                readOnly={!editable}
                value={values[name]}
                onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
              />
            )}
          </Field>
        ))}
        <Field label={t('calendar.dueOnDayOff')} hint={t('calendar.dueOnDayOff.hint')}>
          {(control) => (
            <select {...control} disabled={!editable} value={dueOnDayOff} onChange={(event) => setDueOnDayOff(event.target.value as DueOnDayOff)}>
              {dueOnDayOffRules.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`calendar.dueOnDayOff.${rule}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {editable ? (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || invalid}>
              {t('action.save')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('calendar.readOnly')}</p>
        )}
      </form>
      <section className="card calendar-explain" aria-labelledby="calendar-example">
        <h2 id="calendar-example">{t('calendar.exampleTitle', { year })}</h2>
        {valid ? (
          <dl className="calendar-example">
            <div>
              <dt>{t('calendar.exampleData')}</dt>
              <dd>{t('calendar.exampleDataValue', { from: day(numbers.cutoffDay + 1, 4), to: day(numbers.cutoffDay, 5) })}</dd>
            </div>
            <div>
              <dt>{t('calendar.exampleDue')}</dt>
              <dd>{t('calendar.exampleDueValue', { date: day(numbers.unitDueDay, 5) })}</dd>
            </div>
            <div>
              <dt>{t('calendar.exampleConsolidation')}</dt>
              <dd>{t('calendar.exampleDueValue', { date: day(numbers.consolidationDay, 5) })}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted">{t('calendar.exampleInvalid')}</p>
        )}
        <ul className="calendar-rules">
          <li>{t('calendar.ruleInclusive')}</li>
          <li>{t('calendar.ruleTimeZone')}</li>
          <li>{t(`calendar.ruleDayOff.${dueOnDayOff}`)}</li>
          <li>{t('calendar.ruleFirstSubmission')}</li>
          <li>{t('calendar.ruleChange', { percent: formatNumber(numbers.changeWarningPercent || 0, language) })}</li>
          <li>{t('calendar.ruleApplies')}</li>
        </ul>
      </section>
    </div>
  );
}
