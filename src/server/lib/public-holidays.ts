// The public holidays of a year as a proposal computed from the law, and the administrator's
// adjustments to the Government's announcement applied on top of it. Pure functions: the holidays
// module stores the years and the adjustments, lib/working-days reads the result.
//
// Bộ luật Lao động 2019, điều 112: Tết Dương lịch (1/1), Tết Âm lịch (5 days), Giỗ Tổ Hùng Vương
// (10/3 âm lịch), Ngày Chiến thắng (30/4), Quốc tế Lao động (1/5), Quốc khánh (2/9 and one day
// before or after it); a holiday on a weekly day off is given back on the next working day.
// Which five days of Tết, and which day beside 2/9, the Prime Minister decides each year; the
// proposal follows what the announcements of 2019–2026 did (docs/holidays.md).
import { type AdjustmentKind, type Holiday, MAX_DAYS_OFF } from '../../common/holidays.js';
import { type IsoDate, addDays, daysBetween, formatVietnameseDate, weekday } from '../../common/vietnam-time.js';
import { invalidField } from './errors.js';
import { lunarNewYear, lunarYearName, solarDateOfLunar } from './lunar.js';

const weekdayNames = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;
const weekdayNamesEn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "thứ Bảy 06/02/2027". */
export const dayLabel = (date: IsoDate) => `${weekdayNames[weekday(date)]} ${formatVietnameseDate(date)}`;
const dayLabelEn = (date: IsoDate) => `${weekdayNamesEn[weekday(date)]} ${formatVietnameseDate(date)}`;

export const isWeekend = (date: IsoDate) => weekday(date) === 0 || weekday(date) === 6;

interface Statutory {
  date: IsoDate;
  name: string;
  note: string | null;
}

const inLieu = (day: Statutory) => `Nghỉ bù cho ${dayLabel(day.date)}${day.note ? ` (${day.note})` : ''}`;

/** The last day of the lunar year before `tet`, as the notices write it: "30 tháng Chạp", or 29 when the month is short. */
function lastDayNote(year: number, eve: IsoDate): string {
  const day = daysBetween(solarDateOfLunar(year - 1, 12, 1), eve) + 1;
  return day === 29 || day === 30 ? `${day} tháng Chạp` : 'Ngày cuối năm âm lịch';
}

/** The day beside 2/9 that joins the break to a weekend (Monday 1/9, Friday 3/9), a weekday rather than a weekend day, else the day before. */
function dayBesideNationalDay(year: number): Statutory {
  const after = [0, 1, 4].includes(weekday(`${year}-09-02`));
  return after
    ? { date: `${year}-09-03`, name: 'Quốc khánh 2/9', note: 'Ngày liền sau Quốc khánh' }
    : { date: `${year}-09-01`, name: 'Quốc khánh 2/9', note: 'Ngày liền trước Quốc khánh' };
}

/** The computed calendar of `year`: its weekdays off, with their names (no working weekend day: swaps are the Government's choice). */
export function proposeHolidays(year: number): Holiday[] {
  const days = new Map<IsoDate, Holiday>();
  const free = (date: IsoDate) => !isWeekend(date) && !days.has(date);
  const owed: Statutory[] = [];
  const take = (day: Statutory) => {
    if (free(day.date)) days.set(day.date, { date: day.date, kind: 'off', name: day.name, note: day.note });
    else owed.push(day);
  };
  const giveBack = (date: IsoDate, day: Statutory) => days.set(date, { date, kind: 'off', name: day.name, note: inLieu(day) });

  // Tết: the last day of the lunar year and mùng 1–4. Days lost to a weekend come back as one
  // working day just before the break and the rest just after it, so the break stays whole
  // (2020, 2021, 2023, 2024: one before, one after; 2025: the one before).
  const tet = lunarNewYear(year);
  const tetName = `Tết Nguyên đán ${lunarYearName(year)}`;
  const eve = addDays(tet, -1);
  const tetDays: Statutory[] = [{ date: eve, name: tetName, note: lastDayNote(year, eve) }, ...[0, 1, 2, 3].map((offset) => ({ date: addDays(tet, offset), name: tetName, note: `Mùng ${offset + 1} Tết` }))];
  tetDays.forEach(take);
  const [first, ...rest] = owed.splice(0);
  if (first) {
    let before = addDays(eve, -1);
    while (!free(before)) before = addDays(before, -1);
    giveBack(before, first);
  }
  let after = addDays(tet, 3);
  for (const day of rest) {
    do after = addDays(after, 1);
    while (!free(after));
    giveBack(after, day);
  }

  [
    { date: `${year}-01-01`, name: 'Tết Dương lịch', note: null },
    { date: solarDateOfLunar(year, 3, 10), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', note: null },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng 30/4', note: null },
    { date: `${year}-05-01`, name: 'Quốc tế Lao động 1/5', note: null },
    { date: `${year}-09-02`, name: 'Quốc khánh 2/9', note: null },
    dayBesideNationalDay(year),
  ]
    .sort((a, b) => a.date.localeCompare(b.date))
    .forEach(take);
  // Every holiday on a weekend, or on another holiday (Giỗ Tổ can fall on 30/4), is given back on
  // the next working day that is not a holiday itself.
  for (const day of owed) {
    let next = day.date;
    do next = addDays(next, 1);
    while (!free(next));
    giveBack(next, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export interface HolidayAdjustment {
  kind: AdjustmentKind;
  date: IsoDate;
  /** The day off moved away from (move only). */
  fromDate: IsoDate | null;
  name: string | null;
  note: string | null;
}

const refuse = (field: string, vi: string, en: string) => invalidField(field, { vi, en });

function checkInYear(year: number, field: string, date: IsoDate): void {
  if (!date.startsWith(`${year}-`)) throw refuse(field, `Ngày ${formatVietnameseDate(date)} không thuộc năm ${year}.`, `${formatVietnameseDate(date)} is not in ${year}.`);
}

/** A day off must be a weekday that is not already in the calendar. */
function checkFreeWeekday(days: ReadonlyMap<IsoDate, Holiday>, date: IsoDate): void {
  const existing = days.get(date);
  if (existing) {
    throw refuse(
      'date',
      `Ngày ${formatVietnameseDate(date)} đã có trong lịch (${existing.kind === 'off' ? 'ngày nghỉ' : 'ngày làm bù'}: ${existing.name}).`,
      `${formatVietnameseDate(date)} is already in the calendar (${existing.kind === 'off' ? 'a day off' : 'a working weekend day'}: ${existing.name}).`,
    );
  }
  if (isWeekend(date)) {
    throw refuse(
      'date',
      `Ngày nghỉ phải là ngày làm việc (thứ Hai đến thứ Sáu): ${dayLabel(date)} đã là ngày nghỉ cuối tuần.`,
      `A day off must be a weekday: ${dayLabelEn(date)} is already a weekend day.`,
    );
  }
}

function applyOne(year: number, days: Map<IsoDate, Holiday>, adjustment: HolidayAdjustment): void {
  const { date } = adjustment;
  checkInYear(year, 'date', date);
  switch (adjustment.kind) {
    case 'move': {
      const fromDate = adjustment.fromDate ?? '';
      checkInYear(year, 'fromDate', fromDate);
      const moved = days.get(fromDate);
      if (moved?.kind !== 'off') {
        throw refuse('fromDate', `Ngày ${formatVietnameseDate(fromDate)} không phải ngày nghỉ trong lịch, không có gì để chuyển.`, `${formatVietnameseDate(fromDate)} is not a day off of the calendar; there is nothing to move.`);
      }
      checkFreeWeekday(days, date);
      days.delete(fromDate);
      days.set(date, { date, kind: 'off', name: moved.name, note: adjustment.note ?? `Chuyển từ ${dayLabel(fromDate)}` });
      return;
    }
    case 'off':
      checkFreeWeekday(days, date);
      days.set(date, { date, kind: 'off', name: adjustment.name ?? 'Ngày nghỉ', note: adjustment.note });
      return;
    case 'workday': {
      if (!isWeekend(date)) {
        throw refuse('date', `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: ${dayLabel(date)} vốn là ngày làm việc.`, `A working weekend day must be a Saturday or a Sunday: ${dayLabelEn(date)} is a working day anyway.`);
      }
      const existing = days.get(date);
      if (existing) throw refuse('date', `Ngày ${formatVietnameseDate(date)} đã có trong lịch (${existing.name}).`, `${formatVietnameseDate(date)} is already in the calendar (${existing.name}).`);
      days.set(date, { date, kind: 'workday', name: adjustment.name ?? 'Làm bù', note: adjustment.note });
      return;
    }
    case 'cancel':
      if (!days.delete(date)) throw refuse('date', `Ngày ${formatVietnameseDate(date)} không có trong lịch.`, `${formatVietnameseDate(date)} is not in the calendar.`);
      return;
  }
}

/**
 * The calendar of `year`: `base` (the proposal) with the adjustments applied in order. Refuses, with
 * the field and a Vietnamese message, a day outside the year, a day already in the calendar, a day
 * off on a weekend, a working day that is not a Saturday or Sunday, and more than MAX_DAYS_OFF days off.
 */
export function applyAdjustments(year: number, base: readonly Holiday[], adjustments: readonly HolidayAdjustment[]): Holiday[] {
  const days = new Map(base.map((day) => [day.date, day]));
  for (const adjustment of adjustments) applyOne(year, days, adjustment);
  const daysOff = countDaysOff([...days.values()]);
  if (daysOff > MAX_DAYS_OFF) {
    throw refuse('date', `Năm ${year} sẽ có ${daysOff} ngày nghỉ (ngoài cuối tuần), quá ${MAX_DAYS_OFF} ngày: kiểm tra lại lịch.`, `${year} would have ${daysOff} weekdays off, more than ${MAX_DAYS_OFF}: check the calendar.`);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export const countDaysOff = (days: readonly Holiday[]) => days.filter((day) => day.kind === 'off').length;
