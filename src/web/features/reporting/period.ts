// Reporting periods on screen: which month a page opens on, and how a month is named.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Period } from '../../../common/reporting.js';
import { type IsoDate, daysBetween, vietnamDate } from '../../../common/vietnam-time.js';
import { dateTimeFormat } from '../../app/format.js';
import type { Language } from '../../app/i18n.js';

/** Today in Vietnam, whatever the browser's zone. */
export const todayInVietnam = (): IsoDate => vietnamDate(new Date());

/**
 * The month a screen opens on: the latest period whose due day is over (its reports should all
 * be in), else the first of the year.
 */
export function defaultPeriod<P extends Pick<Period, 'dueDate' | 'month'>>(periods: readonly P[], today: IsoDate = todayInVietnam()): P | undefined {
  const due = periods.filter((period) => period.dueDate < today);
  return due.at(-1) ?? periods[0];
}

/** "Tháng 5/2024", "May 2024". */
export function periodName(period: Pick<Period, 'year' | 'month'>, language: Language): string {
  if (language === 'vi') return `Tháng ${period.month}/${period.year}`;
  return dateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(period.year, period.month - 1, 1));
}

/** "tháng 5/2024" inside a Vietnamese sentence, "May 2024" in English. */
export const periodPhrase = (period: Pick<Period, 'year' | 'month'>, language: Language): string =>
  language === 'vi' ? `tháng ${period.month}/${period.year}` : periodName(period, language);

/** "T5" in Vietnamese, "May" in English: a month as a column heading. */
export function shortMonthName(month: number, language: Language): string {
  if (language === 'vi') return `T${month}`;
  return dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** Days past the due day for a report not sent yet; 0 while there is still time. */
export function daysOverdue(period: Pick<Period, 'dueDate'>, today: IsoDate = todayInVietnam()): number {
  return Math.max(0, daysBetween(period.dueDate, today));
}

/** The month named in an address's ?thang=5, if any. */
export function chosenMonth(params: URLSearchParams): number | undefined {
  const month = Number(params.get('thang'));
  return Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined;
}

/** The month chosen on this page, kept in the address (?thang=5) so it can be shared and reloaded. */
export function useChosenMonth(): [number | undefined, (month: number) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = chosenMonth(params);
  const choose = useCallback(
    (next: number) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          updated.set('thang', String(next));
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [chosen, choose];
}

/** The year named in an address's ?nam=2025, if any. */
export function chosenYear(params: URLSearchParams): number | undefined {
  const year = Number(params.get('nam'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** The plan year chosen on this page (?nam=2025); choosing one forgets the month, which belonged to the other year. */
export function useChosenYear(): (year: number) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (next: number) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          updated.set('nam', String(next));
          updated.delete('thang');
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
}

/** The chosen month's period, or the default one. */
export function pickPeriod(periods: readonly Period[], month: number | undefined): Period | undefined {
  return (month === undefined ? undefined : periods.find((period) => period.month === month)) ?? defaultPeriod(periods);
}
