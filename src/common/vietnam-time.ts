// Calendar dates and deadlines in Vietnam time (Asia/Ho_Chi_Minh), whatever the machine's zone.
// Vietnam has kept UTC+7 without daylight saving since 1975, so a day starts at 17:00 UTC the day before.

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** A calendar date as yyyy-mm-dd. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a yyyy-mm-dd date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const fromUtcDay = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const utcDay = (date: IsoDate) => {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day);
};

/** Whether a string is a real calendar date (2024-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && fromUtcDay(utcDay(value)) === value;
}

/** The Vietnam calendar date of an instant. */
export const vietnamDate = (instant: Date): IsoDate => fromUtcDay(instant.getTime() + OFFSET_MS);

/** The instant a Vietnam calendar day begins (00:00 Vietnam time). */
export const startOfVietnamDay = (date: IsoDate): Date => new Date(utcDay(date) - OFFSET_MS);

/** The instant a Vietnam calendar day is over: the start of the next day (exclusive end). */
export const endOfVietnamDay = (date: IsoDate): Date => new Date(utcDay(date) + DAY_MS - OFFSET_MS);

export const addDays = (date: IsoDate, days: number): IsoDate => fromUtcDay(utcDay(date) + days * DAY_MS);

/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((utcDay(b) - utcDay(a)) / DAY_MS);

/** The same day-of-month `months` later, clamped to the month's last day (31/01 + 1 → 29/02 in 2024). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcDay(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay)));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (date: IsoDate): number => new Date(utcDay(date)).getUTCDay();

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatVietnameseDate(date: IsoDate): string {
  const [year, month, day] = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** HH:mm dd/mm/yyyy in Vietnam time, for an instant shown in a message. */
export function formatVietnameseTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  const clock = `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
  return `${clock} ${formatVietnameseDate(vietnamDate(instant))}`;
}

/** A date as people type it, dd/mm/yyyy (d/m/yyyy too) or yyyy-mm-dd, as yyyy-mm-dd; null if it is not a real date. */
export function parseDateInput(text: string): IsoDate | null {
  const trimmed = text.trim();
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const iso = vietnamese ? `${vietnamese[3]}-${vietnamese[2]?.padStart(2, '0')}-${vietnamese[1]?.padStart(2, '0')}` : trimmed;
  return isIsoDate(iso) ? iso : null;
}

/** dd/mm/yyyy HH:mm:ss in Vietnam time, to the second: how a log writes an instant. */
export function formatVietnameseTimestamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  const clock = [shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
  return `${formatVietnameseDate(vietnamDate(instant))} ${clock}`;
}
