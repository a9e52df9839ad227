// Who to remind for a period (not sent, or returned and not sent again) and the in-app reminders.
import { formatVietnameseDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { notify } from '../notifications/service.js';
import { daysLate } from './calendar.js';
import { reportingUnits } from './completeness.js';
import { getPeriod } from './periods.js';
import { consolidationPolicy } from './policy.js';
import { presentPeriod } from './presenter.js';

const REMINDER_KIND = 'report_reminder';
const reminderEntity = 'report_period_unit';
const entityId = (periodId: number, unitId: number) => `${periodId}:${unitId}`;

export async function reminderList(db: Db, actor: Actor, cityId: number, periodId: number, now: Date) {
  consolidationPolicy.authorize(actor, 'view', cityId);
  const period = await getPeriod(db, periodId);
  if (period.unit_id !== cityId) throw notFound({ vi: 'kỳ báo cáo', en: 'Reporting period' });
  const units = await reportingUnits(db, cityId, period.year);
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
  return {
    period: presentPeriod(period),
    units: units
      .map((unit) => ({ unit, state: state.get(unit.id) ?? ('missing' as const) }))
      .filter(({ state: current }) => current === 'missing' || current === 'draft' || current === 'returned')
      .map(({ unit, state: current }) => ({
        unit: { id: unit.id, code: unit.code, name: unit.name },
        state: current,
        daysLate: daysLate(now, period.due_date),
        lastRemindedAt: lastReminded.get(entityId(period.id, unit.id)) ?? null,
      })),
  };
}

/** Reminds the officers of the listed units (or all on the list); at most once a day per person. */
export async function sendReminders(db: Db, actor: Actor, cityId: number, periodId: number, unitIds: number[] | undefined, now: Date) {
  consolidationPolicy.authorize(actor, 'remind', cityId);
  const { period, units } = await reminderList(db, actor, cityId, periodId, now);
  const targets = units.filter((entry) => unitIds === undefined || unitIds.includes(entry.unit.id));
  if (targets.length === 0) return { sent: 0 };
  const officers = await db
    .selectFrom('users')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', targets.map((entry) => entry.unit.id))
    .where('role', '=', 'officer')
    .where('disabled', '=', 0)
    .execute();
  const label = `tháng ${period.month}/${period.year}`;
  const today = vietnamDate(now);
  const created = await notify(
    db,
    officers.flatMap((officer) => {
      const entry = targets.find((target) => target.unit.id === officer.unit_id);
      if (!entry) return [];
      return [
        {
          userId: officer.id,
          kind: REMINDER_KIND,
          title: entry.state === 'returned' ? `Báo cáo ${label} bị trả lại, cần gửi lại` : `Nhắc gửi báo cáo ${label}`,
          body: `${entry.unit.name}: hạn gửi báo cáo ${label} là ${formatVietnameseDate(period.dueDate)}.`,
          link: '/bao-cao',
          entity: reminderEntity,
          entityId: entityId(period.id, entry.unit.id),
          dedupeKey: `${REMINDER_KIND}:${period.id}:${entry.unit.id}:${officer.id}:${today}`,
        },
      ];
    }),
    now,
  );
  return { sent: created.length };
}
