// The geometry of the timeline: a date range padded to whole months, positions as percentages of
// it (so the chart stretches with the page), tick marks, and each task's bar.
import type { ItemStatus } from '../../../common/tasks.js';
import { type IsoDate, addDays, daysBetween } from '../../../common/vietnam-time.js';

export interface Scale {
  /** First day shown (the first of a month). */
  start: IsoDate;
  /** The day after the last day shown (the first of a month). */
  end: IsoDate;
  days: number;
}

export interface Tick {
  date: IsoDate;
  /** Left edge, in percent of the chart's width. */
  at: number;
  /** Width up to the next tick, in percent. */
  span: number;
  year: number;
  /** 1–12 for months, 1–4 for quarters. */
  index: number;
}

const firstOfMonth = (date: IsoDate) => `${date.slice(0, 7)}-01`;
function nextMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

const nextDay = (date: IsoDate) => addDays(date, 1);

/** From the first of the earliest date's month to the end of the latest date's month. */
export function scaleOf(dates: readonly IsoDate[]): Scale {
  const sorted = [...dates].sort();
  const first = sorted[0] ?? '2024-01-01';
  const last = sorted[sorted.length - 1] ?? first;
  const start = firstOfMonth(first);
  const end = nextMonth(last);
  return { start, end, days: daysBetween(start, end) };
}

/** Where a date falls, in percent from the left (clamped to the chart). */
export const positionOf = (scale: Scale, date: IsoDate) => Math.min(100, Math.max(0, (daysBetween(scale.start, date) / scale.days) * 100));

/** Months for a span up to 18 months, quarters beyond that. */
export function ticksOf(scale: Scale): { unit: 'month' | 'quarter'; ticks: Tick[] } {
  const months: IsoDate[] = [];
  for (let month = scale.start; month < scale.end; month = nextMonth(month)) months.push(month);
  const unit = months.length > 18 ? 'quarter' : 'month';
  const starts = unit === 'month' ? months : months.filter((month) => (Number(month.slice(5, 7)) - 1) % 3 === 0 || month === scale.start);
  const ticks = starts.map((date, index) => {
    const month = Number(date.slice(5, 7));
    const next = starts[index + 1] ?? scale.end;
    const at = positionOf(scale, date);
    return { date, at, span: positionOf(scale, next) - at, year: Number(date.slice(0, 4)), index: unit === 'month' ? month : Math.ceil(month / 3) };
  });
  return { unit, ticks };
}

/** The years across the top: each year's share of the chart. */
export function yearsOf(scale: Scale): { year: number; at: number; span: number }[] {
  const years: { year: number; at: number; span: number }[] = [];
  for (let year = Number(scale.start.slice(0, 4)); `${year}-01-01` < scale.end; year += 1) {
    const from = positionOf(scale, `${year}-01-01` < scale.start ? scale.start : `${year}-01-01`);
    const to = positionOf(scale, `${year + 1}-01-01` > scale.end ? scale.end : `${year + 1}-01-01`);
    years.push({ year, at: from, span: to - from });
  }
  return years;
}

export interface BarTask {
  plannedStartDate: IsoDate | null;
  dueDate: IsoDate;
  baselineDueDate: IsoDate;
  completedOn: IsoDate | null;
  status: ItemStatus;
  progress: number;
}

export interface Bar {
  /** The planned span, start to due date. */
  left: number;
  width: number;
  /** True when the task names no start: the bar then starts with the due date's year. */
  startAssumed: boolean;
  /** Past the due date: to today while open, to the completion when finished late. */
  late: { left: number; width: number; open: boolean } | null;
  /** The original due date, when rescheduled. */
  baseline: number | null;
}

const finished = (status: ItemStatus) => status === 'done' || status === 'done_late';

/** The day a bar starts: the planned start, or the first of January of the due date's year. */
export const barStart = (task: BarTask): IsoDate => task.plannedStartDate ?? `${task.dueDate.slice(0, 4)}-01-01`;

export function barOf(task: BarTask, scale: Scale, today: IsoDate): Bar {
  const start = barStart(task);
  const left = positionOf(scale, start);
  // A bar covers its due date: it runs to the end of that day.
  const dueEnd = positionOf(scale, nextDay(task.dueDate));
  const until = finished(task.status) ? task.completedOn : task.status === 'cancelled' ? null : today;
  const late =
    until !== null && until > task.dueDate
      ? { left: dueEnd, width: Math.max(positionOf(scale, nextDay(until)) - dueEnd, 0.3), open: !finished(task.status) }
      : null;
  return {
    left,
    width: Math.max(dueEnd - left, 0.3),
    startAssumed: task.plannedStartDate === null,
    late,
    baseline: task.baselineDueDate !== task.dueDate ? positionOf(scale, nextDay(task.baselineDueDate)) : null,
  };
}

/** Every date a set of tasks needs the chart to show, and today. */
export function datesOf(tasks: readonly BarTask[], today: IsoDate): IsoDate[] {
  return [today, ...tasks.flatMap((task) => [barStart(task), task.dueDate, task.baselineDueDate, ...(task.completedOn ? [task.completedOn] : [])])];
}
