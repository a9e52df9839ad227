// Who to remind for a period (not sent, or returned and not sent again) and the in-app reminders: sent
// by the coordinator, and on their own by the hourly run for every open period.
import type { Period } from '../../../common/reporting.js';
import { daysBetween, formatVietnameseDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import { loadWorkCalendar, workingDaysBetween } from '../../lib/working-days.js';
import type { Actor } from '../../lib/policy.js';
import { notify } from '../notifications/service.js';
import { daysLate } from './calendar.js';
import { reportingUnits } from './completeness.js';
import { getPeriod } from './periods.js';
import { consolidationPolicy } from './policy.js';
import { presentPeriod } from './presenter.js';
import type { PeriodRow } from './schema.js';

const REMINDER_KIND = 'report_reminder';
const reminderEntity = 'report_period_unit';
const entityId = (periodId: number, unitId: number) => `${periodId}:${unitId}`;

export async function reminderList(db: Db, actor: Actor, cityId: number, periodId: number, now: Date) {
  consolidationPolicy.authorize(actor, 'view', cityId);
  const period = await getPeriod(db, periodId);
  if (period.unit_id !== cityId) throw notFound({ vi: 'kỳ báo cáo', en: 'Reporting period' });
  return { period: presentPeriod(period), units: await unitsToRemind(db, period, now) };
}

/** The period's reporting units that have not sent (or were sent back), with when they were last reminded. */
async function unitsToRemind(db: Db, period: PeriodRow, now: Date) {
  const units = await reportingUnits(db, period.unit_id, period.year);
  const submissions = await db.selectFrom('report_submissions').select(['unit_id', 'status']).where('period_id', '=', period.id).execute();
  const reminded = await db
    .selectFrom('notifications')
    .select(['entity_id', (eb) => eb.fn.max<string>('created_at').as('at')])
    .where('kind', '=', REMINDER_KIND)
    .where('entity', '=', reminderEntity)
    .where('entity_id', 'like', `${period.id}:%`)
    .groupBy('entity_id')
    .execute();
  const lastReminded = new Map(reminded.map((row) => [row.entity_id, row.at]));
  const state = new Map(submissions.map((submission) => [submission.unit_id, submission.status]));
  return units
    .map((unit) => ({ unit, state: state.get(unit.id) ?? ('missing' as const) }))
    .filter(({ state: current }) => current === 'missing' || current === 'draft' || current === 'returned')
    .map(({ unit, state: current }) => ({
      unit: { id: unit.id, code: unit.code, name: unit.name },
      state: current,
      daysLate: daysLate(now, period.due_date),
      lastRemindedAt: lastReminded.get(entityId(period.id, unit.id)) ?? null,
    }));
}

type Reminded = Awaited<ReturnType<typeof unitsToRemind>>;

/** One reminder per officer of each listed unit; `key` makes a repeat within its window a no-op. */
async function remindOfficers(db: Db, period: Pick<Period, 'id' | 'year' | 'month' | 'dueDate'>, targets: Reminded, title: (entry: Reminded[number]) => string, key: string, now: Date) {
  if (targets.length === 0) return [];
  const officers = await db
    .selectFrom('users')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', targets.map((entry) => entry.unit.id))
    .where('role', '=', 'officer')
    .where('disabled', '=', 0)
    .execute();
  const label = `tháng ${period.month}/${period.year}`;
  return notify(
    db,
    officers.flatMap((officer) => {
      const entry = targets.find((target) => target.unit.id === officer.unit_id);
      if (!entry) return [];
      return [
        {
          userId: officer.id,
          kind: REMINDER_KIND,
          title: title(entry),
          body: `${entry.unit.name}: hạn gửi báo cáo ${label} là ${formatVietnameseDate(period.dueDate)}.`,
          link: '/bao-cao',
          entity: reminderEntity,
          entityId: entityId(period.id, entry.unit.id),
          dedupeKey: `${REMINDER_KIND}:${period.id}:${entry.unit.id}:${officer.id}:${key}`,
        },
      ];
    }),
    now,
  );
}

/** Reminders start on their own this many working days before a unit report is due. */
export const REMIND_WORKING_DAYS_BEFORE = 2;

/**
 * The hourly run: for every reporting period (so those a newly issued plan opened, without anyone
 * setting anything up), units that have not sent get one reminder when the due day is a couple of
 * working days away, and one a week once it has passed, until the consolidation day.
 */
export async function sendDueReportReminders(db: Db, now: Date): Promise<number> {
  const today = vietnamDate(now);
  const calendar = await loadWorkCalendar(db);
  const periods = await db.selectFrom('reporting_periods').selectAll().where('consolidation_due_date', '>=', today).where('data_from', '<=', today).execute();
  let sent = 0;
  for (const period of periods) {
    const overdue = today > period.due_date;
    if (!overdue && workingDaysBetween(calendar, today, period.due_date) > REMIND_WORKING_DAYS_BEFORE) continue;
    const label = `tháng ${period.month}/${period.year}`;
    const targets = await unitsToRemind(db, period, now);
    const week = Math.floor(daysBetween(period.due_date, today) / 7);
    const created = await remindOfficers(
      db,
      presentPeriod(period),
      targets,
      (entry) => (entry.state === 'returned' ? `Báo cáo ${label} bị trả lại, cần gửi lại` : overdue ? `Quá hạn gửi báo cáo ${label}` : `Sắp đến hạn gửi báo cáo ${label}`),
      overdue ? `overdue:w${week}` : 'due-soon',
      now,
    );
    sent += created.length;
  }
  return sent;
}

/** Reminds the officers of the listed units (or all on the list); at most once a day per person. */
export async function sendReminders(db: Db, actor: Actor, cityId: number, periodId: number, unitIds: number[] | undefined, now: Date) {
  consolidationPolicy.authorize(actor, 'remind', cityId);
  const { period, units } = await reminderList(db, actor, cityId, periodId, now);
  const targets = units.filter((entry) => unitIds === undefined || unitIds.includes(entry.unit.id));
  const label = `tháng ${period.month}/${period.year}`;
  const created = await remindOfficers(db, period, targets, (entry) => (entry.state === 'returned' ? `Báo cáo ${label} bị trả lại, cần gửi lại` : `Nhắc gửi báo cáo ${label}`), vietnamDate(now), now);
  return { sent: created.length };
}
