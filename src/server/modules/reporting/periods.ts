// Reporting periods of a city and the calendar they follow.
import type { Db } from '../../db/index.js';
import { type IsoDate, vietnamDate } from '../../../common/vietnam-time.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { type WorkCalendar, loadWorkCalendar } from '../../lib/working-days.js';
import { findIssuedPlan } from '../plan/versions.js';
import { type CalendarRules, defaultCalendar, monthPeriodDates } from './calendar.js';
import { calendarPolicy } from './policy.js';
import type { PeriodRow } from './schema.js';

export async function getCalendar(db: Db, cityId: number): Promise<CalendarRules> {
  const row = await db.selectFrom('reporting_calendars').selectAll().where('unit_id', '=', cityId).executeTakeFirst();
  if (!row) return defaultCalendar;
  return {
    cutoffDay: row.cutoff_day,
    unitDueDay: row.unit_due_day,
    consolidationDay: row.consolidation_day,
    changeWarningPercent: row.change_warning_percent,
    dueOnDayOff: row.due_on_day_off,
  };
}

/** The working calendar when the rules need it (due days moved off days off), else none. */
const calendarFor = async (db: Db, rules: CalendarRules): Promise<WorkCalendar | undefined> =>
  rules.dueOnDayOff === 'next_working_day' ? loadWorkCalendar(db) : undefined;

/**
 * The twelve months of a year, created from the calendar where missing once the year's plan is
 * issued; before that (no plan, or a draft) a year has no periods to report in.
 */
export async function ensurePeriods(db: Db, cityId: number, year: number): Promise<PeriodRow[]> {
  const existing = await listPeriods(db, cityId, year);
  if (existing.length === 12 || !(await findIssuedPlan(db, cityId, year))) return existing;
  const rules = await getCalendar(db, cityId);
  const calendar = await calendarFor(db, rules);
  const have = new Set(existing.map((period) => period.month));
  const missing = Array.from({ length: 12 }, (_, index) => index + 1).filter((month) => !have.has(month));
  await db
    .insertInto('reporting_periods')
    .values(
      missing.map((month) => {
        const dates = monthPeriodDates(year, month, rules, calendar);
        return {
          unit_id: cityId,
          year,
          month,
          data_from: dates.dataFrom,
          data_to: dates.dataTo,
          due_date: dates.dueDate,
          consolidation_due_date: dates.consolidationDueDate,
        };
      }),
    )
    .onConflict((conflict) => conflict.columns(['unit_id', 'year', 'month']).doNothing())
    .execute();
  return listPeriods(db, cityId, year);
}

export const listPeriods = (db: Db, cityId: number, year: number) =>
  db.selectFrom('reporting_periods').selectAll().where('unit_id', '=', cityId).where('year', '=', year).orderBy('month').execute();

export async function getPeriod(db: Db, periodId: number): Promise<PeriodRow> {
  const period = await db.selectFrom('reporting_periods').selectAll().where('id', '=', periodId).executeTakeFirst();
  if (!period) throw notFound({ vi: 'kỳ báo cáo', en: 'Reporting period' });
  return period;
}

function checkRules(rules: CalendarRules): void {
  const { cutoffDay, unitDueDay, consolidationDay } = rules;
  if (!(cutoffDay <= unitDueDay && unitDueDay <= consolidationDay)) {
    throw invalidField('unitDueDay', {
      vi: 'Ngày chốt số liệu ≤ hạn báo cáo của đơn vị ≤ hạn tổng hợp.',
      en: 'Cut-off day ≤ unit due day ≤ consolidation day.',
    });
  }
}

/**
 * Changes the calendar; the periods whose unit due date has not passed take the new dates,
 * earlier periods keep the dates they were reported under. Without `dueOnDayOff` the rule stays.
 */
export async function updateCalendar(db: Db, actor: Actor, cityId: number, input: Omit<CalendarRules, 'dueOnDayOff'> & { dueOnDayOff?: CalendarRules['dueOnDayOff'] | undefined }, now: Date): Promise<CalendarRules> {
  calendarPolicy.authorize(actor, 'update', cityId);
  const before = await getCalendar(db, cityId);
  const rules: CalendarRules = { ...input, dueOnDayOff: input.dueOnDayOff ?? before.dueOnDayOff };
  checkRules(rules);
  const today = vietnamDate(now);
  await db.transaction().execute(async (trx) => {
    const calendar = await calendarFor(trx, rules);
    await trx
      .insertInto('reporting_calendars')
      .values({
        unit_id: cityId,
        cutoff_day: rules.cutoffDay,
        unit_due_day: rules.unitDueDay,
        consolidation_day: rules.consolidationDay,
        change_warning_percent: rules.changeWarningPercent,
        due_on_day_off: rules.dueOnDayOff,
        updated_at: now.toISOString(),
      })
      .onConflict((conflict) =>
        conflict.column('unit_id').doUpdateSet({
          cutoff_day: rules.cutoffDay,
          unit_due_day: rules.unitDueDay,
          consolidation_day: rules.consolidationDay,
          change_warning_percent: rules.changeWarningPercent,
          due_on_day_off: rules.dueOnDayOff,
          updated_at: now.toISOString(),
        }),
      )
      .execute();
    const open = await trx.selectFrom('reporting_periods').selectAll().where('unit_id', '=', cityId).where('due_date', '>=', today).execute();
    for (const period of open) {
      const dates = monthPeriodDates(period.year, period.month, rules, calendar);
      await trx
        .updateTable('reporting_periods')
        .set({ data_from: dates.dataFrom, data_to: dates.dataTo, due_date: dates.dueDate, consolidation_due_date: dates.consolidationDueDate })
        .where('id', '=', period.id)
        .execute();
    }
    await recordAudit(trx, {
      at: now,
      actorId: actor.id,
      unitId: cityId,
      entity: 'reporting_calendar',
      entityId: cityId,
      action: 'update',
      changes: diff(before, rules),
    });
  });
  return rules;
}

export interface PeriodReschedule {
  calendar: WorkCalendar;
  year: number;
  reason: string;
  actorId: number | null;
  now: Date;
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * After a change of the working calendar: in the cities whose due days move off days off, the
 * year's periods whose due days have not passed take their new dates, later only (a unit is never
 * given less time than it was told), each change in the audit trail. Returns how many moved.
 */
export async function reschedulePeriods(db: Db, change: PeriodReschedule): Promise<number> {
  const today = vietnamDate(change.now);
  const cities = await db.selectFrom('reporting_calendars').select('unit_id').where('due_on_day_off', '=', 'next_working_day').execute();
  let moved = 0;
  for (const { unit_id: cityId } of cities) {
    const rules = await getCalendar(db, cityId);
    const periods = await db.selectFrom('reporting_periods').selectAll().where('unit_id', '=', cityId).where('year', '=', change.year).where('consolidation_due_date', '>=', today).execute();
    for (const period of periods) {
      const dates = monthPeriodDates(period.year, period.month, rules, change.calendar);
      const next = {
        due_date: period.due_date < today ? period.due_date : later(period.due_date, dates.dueDate),
        consolidation_due_date: later(period.consolidation_due_date, dates.consolidationDueDate),
      };
      const changes = diff(period, next);
      if (Object.keys(changes).length === 0) continue;
      moved += 1;
      await db.updateTable('reporting_periods').set(next).where('id', '=', period.id).execute();
      await recordAudit(db, { at: change.now, actorId: change.actorId, unitId: cityId, entity: 'reporting_period', entityId: period.id, action: 'reschedule', changes, reason: change.reason });
    }
  }
  return moved;
}
