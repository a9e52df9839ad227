// Delay is computed, never typed: days and months past a due date, on the Vietnam calendar.
import type { Delay, ItemStatus, Timing } from '../../../common/tasks.js';
import { type IsoDate, addMonths, daysBetween } from '../../../common/vietnam-time.js';

const NONE: Delay = { days: 0, months: 0 };

export const isOpen = (status: ItemStatus) => status === 'not_started' || status === 'in_progress' || status === 'paused';

/**
 * How far `date` is past `due` (a due date is inclusive: the next day is 1 day late).
 * Months are calendar months rounded to the nearest, as officials count them: 31/10/2023 to
 * 26/3/2024 is 4 months and 26 days, "chậm 5 tháng"; 30/06 to 30/11 is exactly 5.
 */
export function delayBetween(due: IsoDate, date: IsoDate): Delay {
  const days = daysBetween(due, date);
  if (days <= 0) return NONE;
  let whole = 0;
  while (addMonths(due, whole + 1) <= date) whole += 1;
  const from = addMonths(due, whole);
  const rest = daysBetween(from, date);
  const span = daysBetween(from, addMonths(due, whole + 1));
  return { days, months: whole + (rest * 2 >= span ? 1 : 0) };
}

export interface Scheduled {
  status: ItemStatus;
  dueDate: IsoDate | null;
  baselineDueDate: IsoDate | null;
  completedOn: IsoDate | null;
}

/**
 * Where an item stands on `today` (a Vietnam date): open items are late by how far today is
 * past the due date, finished ones by how late they finished; cancelled ones are never late.
 * The baseline delay measures the same against the original due date, before any rescheduling.
 */
export function timingOf(item: Scheduled, today: IsoDate): Timing {
  const open = isOpen(item.status);
  const until = open ? today : item.status === 'cancelled' ? null : item.completedOn;
  const against = (due: IsoDate | null) => (due === null || until === null ? NONE : delayBetween(due, until));
  const delay = against(item.dueDate);
  return {
    overdue: open && delay.days > 0,
    daysLeft: open && item.dueDate !== null ? daysBetween(today, item.dueDate) : null,
    delay,
    baselineDelay: against(item.baselineDueDate ?? item.dueDate),
  };
}

/** Done on or before the due date, or late. */
export const completionStatus = (dueDate: IsoDate | null, completedOn: IsoDate): ItemStatus =>
  dueDate !== null && completedOn > dueDate ? 'done_late' : 'done';
