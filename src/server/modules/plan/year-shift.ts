// Moving what a plan says from its year to the next: dates by whole years, the year named in a text.
import type { IsoDate } from '../../../common/vietnam-time.js';

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The same day `years` later; 29/02 falls back to 28/02 in a common year. */
export function shiftYear(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  return rest === '-02-29' && !isLeap(year) ? `${year}-02-28` : `${year}${rest}`;
}

/** "quý II/2024" → "quý II/2025": the year as a whole number, not inside a longer one. */
export const renameYear = (text: string, from: number, to: number) => text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
