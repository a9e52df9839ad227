// When the working calendar changes (a holiday year confirmed, or a confirmed year adjusted), the
// deadlines already given to citizens are counted again on the new calendar. A deadline only ever
// moves later (a day off was added): the unit keeps the working days the category grants, and the
// citizen is told in the report's history. One that the new calendar would bring earlier (a day off
// removed, a Saturday worked) keeps the date it was given.
import { openFieldReportStatuses } from '../../../common/feedback.js';
import { type IsoDate, formatVietnameseDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { type WorkCalendar, addWorkingDays, slaDueDate, workingDaysBetween } from '../../lib/working-days.js';
import { addEvent } from './service.js';

export interface CalendarChange {
  before: WorkCalendar;
  after: WorkCalendar;
  /** The first day the change touches: deadlines before it cannot move. */
  from: IsoDate;
  /** Why, for the history: "lịch nghỉ năm 2027 đã được xác nhận". */
  reason: string;
  actorId: number | null;
  now: Date;
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** Moves the open reports' deadlines the change pushes later, each with an event; returns how many moved. */
export async function rescheduleFieldReports(db: Db, change: CalendarChange): Promise<number> {
  const rows = await db
    .selectFrom('field_reports')
    .select(['id', 'status', 'unit_id', 'created_at', 'sla_days', 'due_date', 'baseline_due_date', 'extended_at', 'extension_days'])
    .where('status', 'in', [...openFieldReportStatuses])
    .where('due_date', '>=', change.from)
    .orderBy('id')
    .execute();
  let moved = 0;
  for (const row of rows) {
    const baseline = later(row.baseline_due_date, slaDueDate(change.after, new Date(row.created_at), row.sla_days));
    // An extension keeps its number of working days, counted from the new baseline.
    const extension = row.extended_at === null ? 0 : (row.extension_days ?? workingDaysBetween(change.before, row.baseline_due_date, row.due_date));
    const due = later(row.due_date, addWorkingDays(change.after, baseline, extension));
    if (due === row.due_date && baseline === row.baseline_due_date) continue;
    await db.updateTable('field_reports').set({ due_date: due, baseline_due_date: baseline, updated_at: change.now.toISOString() }).where('id', '=', row.id).execute();
    if (due === row.due_date) continue;
    moved += 1;
    await addEvent(db, row.id, change.now, {
      action: 'rescheduled',
      status: row.status,
      unitId: row.unit_id,
      actorId: change.actorId,
      publicNote: `Hạn xử lý chuyển từ hết ngày ${formatVietnameseDate(row.due_date)} sang hết ngày ${formatVietnameseDate(due)}: ${change.reason}.`,
    });
  }
  return moved;
}
