// Working days in Vietnam time: Monday to Friday, minus the public holidays, plus the weekend days
// the government swaps in as working days (ngày làm bù). The one calendar every deadline reads: the
// table holidays holds the days of each year the holidays module keeps (proposed or confirmed, with
// the administrator's adjustments); a year it does not hold yet counts its computed proposal, so a
// deadline is right on any date, whatever the hour of the check that records the next year.
import type { ColumnType } from 'kysely';
import type { HolidayKind } from '../../common/holidays.js';
import { type IsoDate, addDays, vietnamDate, weekday } from '../../common/vietnam-time.js';
import type { Db } from '../db/index.js';
import { lunarYears } from './lunar.js';
import { proposeHolidays } from './public-holidays.js';

export interface HolidayTable {
  date: string;
  name: string;
  /** off: a weekday off; workday: a Saturday or Sunday worked in exchange for a day off. */
  kind: HolidayKind;
  note: string | null;
  updated_by: number | null;
  updated_at: ColumnType<string, string, string>;
}

declare module '../db/schema.js' {
  interface Database {
    holidays: HolidayTable;
  }
}

export interface CalendarEntry {
  date: IsoDate;
  kind: HolidayKind;
}

export interface WorkCalendar {
  isWorkingDay(date: IsoDate): boolean;
}

// A year's proposal depends on the year alone: computed once per process.
const proposals = new Map<number, ReadonlyMap<IsoDate, HolidayKind>>();
function proposedDays(year: number): ReadonlyMap<IsoDate, HolidayKind> {
  let days = proposals.get(year);
  if (!days) {
    const computable = year >= lunarYears.first && year <= lunarYears.last;
    days = new Map(computable ? proposeHolidays(year).map((day) => [day.date, day.kind]) : []);
    proposals.set(year, days);
  }
  return days;
}

/**
 * Weekends and `entries`. With `recordedYears`, a date in any other year follows that year's
 * computed proposal instead; without, `entries` are the whole calendar.
 */
export function workCalendar(entries: readonly CalendarEntry[], recordedYears?: ReadonlySet<number>): WorkCalendar {
  const exceptions = new Map(entries.map((entry) => [entry.date, entry.kind]));
  const kindOf = (date: IsoDate) => {
    const year = Number(date.slice(0, 4));
    return recordedYears && !recordedYears.has(year) ? proposedDays(year).get(date) : exceptions.get(date);
  };
  return {
    isWorkingDay: (date) => {
      const exception = kindOf(date);
      if (exception !== undefined) return exception === 'workday';
      const day = weekday(date);
      return day !== 0 && day !== 6;
    },
  };
}

// A year without a single working day means a broken calendar, not a long holiday.
const SEARCH_LIMIT = 400;

/** The `days`-th working day after `from` (from itself is not counted); `from` for 0. */
export function addWorkingDays(calendar: WorkCalendar, from: IsoDate, days: number): IsoDate {
  let date = from;
  for (let left = days, steps = 0; left > 0; steps += 1) {
    if (steps > SEARCH_LIMIT * Math.max(1, days)) throw new Error(`No working day within ${SEARCH_LIMIT} days of ${from}`);
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** `date` when it is a working day, else the first working day after it. */
export const workingDayOnOrAfter = (calendar: WorkCalendar, date: IsoDate): IsoDate => (calendar.isWorkingDay(date) ? date : addWorkingDays(calendar, date, 1));

/** Working days in (from, to]: positive when `to` is later, negative (those in (to, from]) when earlier. */
export function workingDaysBetween(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  if (to === from) return 0;
  const [start, end, sign] = to > from ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = addDays(start, 1); date <= end; date = addDays(date, 1)) if (calendar.isWorkingDay(date)) count += 1;
  return sign * count;
}

/**
 * A deadline of `days` working days from an instant of receipt: day 1 is the first working day
 * after the Vietnam day of receipt, and the deadline is the end of day `days`.
 */
export const slaDueDate = (calendar: WorkCalendar, receivedAt: Date, days: number): IsoDate => addWorkingDays(calendar, vietnamDate(receivedAt), days);

/** The whole calendar: a few dozen rows a year, read once per request that needs it. */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const entries = await db.selectFrom('holidays').select(['date', 'kind']).execute();
  const years = await db.selectFrom('holiday_years').select('year').execute();
  return workCalendar(entries, new Set(years.map((row) => row.year)));
}
