// Working days in Vietnam time: Monday to Friday, minus the public holidays, plus the weekend days
// the government swaps in as working days (ngày làm bù). The calendar is data (table holidays)
// that an administrator edits; the seed below holds 2024 and 2025 as the government set them.
import type { ColumnType } from 'kysely';
import { type IsoDate, addDays, vietnamDate, weekday } from '../../common/vietnam-time.js';
import type { Db } from '../db/index.js';

export type HolidayKind = 'off' | 'workday';

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

export function workCalendar(entries: CalendarEntry[]): WorkCalendar {
  const exceptions = new Map(entries.map((entry) => [entry.date, entry.kind]));
  return {
    isWorkingDay: (date) => {
      const exception = exceptions.get(date);
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

export interface HolidaySeed extends CalendarEntry {
  name: string;
  note?: string;
}

const off = (dates: IsoDate[], name: string, note?: string): HolidaySeed[] => dates.map((date) => ({ date, kind: 'off', name, ...(note ? { note } : {}) }));

/**
 * Public holidays for cán bộ, công chức, viên chức, as we read the government's notices (Bộ luật
 * Lao động 2019, điều 112: Tết Dương lịch 1 day, Tết Âm lịch 5, Giỗ Tổ 1, 30/4 and 1/5, Quốc khánh 2).
 * Only weekdays off and weekend days worked are stored; weekends inside a break need no row.
 * 2024 — Bộ LĐ-TB&XH's notice of the 2024 Tết and Quốc khánh breaks: Tết from Thursday 08/02 to
 *   Wednesday 14/02 (29 tháng Chạp to mùng 5: 5 days of Tết + 2 in lieu of the weekend);
 *   Quốc khánh Saturday 31/08 to Tuesday 03/09 (02/09 and the day after). Giỗ Tổ 10/3 âm lịch:
 *   Thursday 18/04. 30/4–1/5: Văn phòng Chính phủ 2450/VPCP-KGVX (12/04/2024) swapped Monday 29/04
 *   for Saturday 04/05, so 27/04–01/05 is off and 04/05 is worked.
 * 2025 — Tết from Saturday 25/01 to Sunday 02/02 (Monday 27/01 – Friday 31/01 off, 9 days in all,
 *   no swap); Giỗ Tổ Monday 07/04; 30/4–1/5: Friday 02/05 swapped for Saturday 26/04, so 30/04–04/05
 *   is off and 26/04 is worked; Quốc khánh Monday 01/09 and Tuesday 02/09 (30/08–02/09 with the weekend).
 * (Read from the government portal's and the press's reports of those notices, chinhphu.vn,
 * VietnamPlus/TTXVN.) Private employers may set other days; the city's offices follow these.
 */
export const vietnamHolidays: HolidaySeed[] = [
  ...off(['2024-01-01'], 'Tết Dương lịch'),
  ...off(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'], 'Tết Nguyên đán Giáp Thìn', 'Nghỉ 08/02–14/02/2024'),
  ...off(['2024-04-18'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ...off(['2024-04-29'], 'Nghỉ hoán đổi dịp 30/4–1/5', 'Làm bù thứ Bảy 04/05/2024'),
  ...off(['2024-04-30'], 'Ngày Chiến thắng'),
  ...off(['2024-05-01'], 'Ngày Quốc tế Lao động'),
  { date: '2024-05-04', kind: 'workday', name: 'Làm bù cho thứ Hai 29/04/2024' },
  ...off(['2024-09-02', '2024-09-03'], 'Quốc khánh', 'Nghỉ 31/08–03/09/2024'),
  ...off(['2025-01-01'], 'Tết Dương lịch'),
  ...off(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], 'Tết Nguyên đán Ất Tỵ', 'Nghỉ 25/01–02/02/2025'),
  ...off(['2025-04-07'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ...off(['2025-04-30'], 'Ngày Chiến thắng'),
  ...off(['2025-05-01'], 'Ngày Quốc tế Lao động'),
  ...off(['2025-05-02'], 'Nghỉ hoán đổi dịp 30/4–1/5', 'Làm bù thứ Bảy 26/04/2025'),
  { date: '2025-04-26', kind: 'workday', name: 'Làm bù cho thứ Sáu 02/05/2025' },
  ...off(['2025-09-01', '2025-09-02'], 'Quốc khánh', 'Nghỉ 30/08–02/09/2025'),
];

/** The whole calendar: a few dozen rows a year, read once per request that needs it. */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  return workCalendar(await db.selectFrom('holidays').select(['date', 'kind']).execute());
}

/** Seeds each year of `holidays` that has no row yet, so a day an administrator removed stays removed. */
export async function seedHolidays(db: Db, holidays: HolidaySeed[], now: Date): Promise<void> {
  const years = [...new Set(holidays.map((holiday) => holiday.date.slice(0, 4)))];
  for (const year of years) {
    const existing = await db.selectFrom('holidays').select('date').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).limit(1).execute();
    if (existing.length > 0) continue;
    await db
      .insertInto('holidays')
      .values(
        holidays
          .filter((holiday) => holiday.date.startsWith(year))
          .map((holiday) => ({ date: holiday.date, name: holiday.name, kind: holiday.kind, note: holiday.note ?? null, updated_by: null, updated_at: now.toISOString() })),
      )
      .onConflict((conflict) => conflict.column('date').doNothing())
      .execute();
  }
}
