// Reporting periods of a city and the calendar they follow.
import type { Db } from '../../db/index.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
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
  };
}

/**
 * The twelve months of a year, created from the calendar where missing once the year's plan is
 * issued; before that (no plan, or a draft) a year has no periods to report in.
 */
export async function ensurePeriods(db: Db, cityId: number, year: number): Promise<PeriodRow[]> {
  const existing = await listPeriods(db, cityId, year);
  if (existing.length === 12 || !(await findIssuedPlan(db, cityId, year))) return existing;
  const rules = await getCalendar(db, cityId);
  const have = new Set(existing.map((period) => period.month));
  const missing = Array.from({ length: 12 }, (_, index) => index + 1).filter((month) => !have.has(month));
  await db
    .insertInto('reporting_periods')
    .values(
      missing.map((month) => {
        const dates = monthPeriodDates(year, month, rules);
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
 * earlier periods keep the dates they were reported under.
 */
export async function updateCalendar(db: Db, actor: Actor, cityId: number, rules: CalendarRules, now: Date): Promise<CalendarRules> {
  calendarPolicy.authorize(actor, 'update', cityId);
  checkRules(rules);
  const before = await getCalendar(db, cityId);
  const today = vietnamDate(now);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('reporting_calendars')
      .values({
        unit_id: cityId,
        cutoff_day: rules.cutoffDay,
        unit_due_day: rules.unitDueDay,
        consolidation_day: rules.consolidationDay,
        change_warning_percent: rules.changeWarningPercent,
        updated_at: now.toISOString(),
      })
      .onConflict((conflict) =>
        conflict.column('unit_id').doUpdateSet({
          cutoff_day: rules.cutoffDay,
          unit_due_day: rules.unitDueDay,
          consolidation_day: rules.consolidationDay,
          change_warning_percent: rules.changeWarningPercent,
          updated_at: now.toISOString(),
        }),
      )
      .execute();
    const open = await trx.selectFrom('reporting_periods').selectAll().where('unit_id', '=', cityId).where('due_date', '>=', today).execute();
    for (const period of open) {
      const dates = monthPeriodDates(period.year, period.month, rules);
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
