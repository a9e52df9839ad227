// Numbers and dates the way each UI language writes them; dates always in Vietnam time.
import { type IsoDate, TIME_ZONE, formatVietnameseDate, startOfVietnamDay, vietnamDate } from '../../common/vietnam-time.js';
import type { Language } from './i18n.js';

export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (a page of figures builds hundreds on a
// slow phone), so each locale and set of options gets one, kept for the visit.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The shared Intl.NumberFormat for a locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** The shared Intl.DateTimeFormat for a locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "23.391", "98,27" in Vietnamese; "23,391", "98.27" in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return numberFormat(locales[language], { maximumFractionDigits }).format(value);
}

const englishDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE };

/** dd/mm/yyyy in Vietnamese ("30/06/2024"), "30 Jun 2024" in English. A yyyy-mm-dd string is a Vietnam calendar day. */
export function formatDate(value: Date | IsoDate, language: Language): string {
  // Vietnamese needs no Intl: a first DateTimeFormat with a time zone loads zone data, tens of ms on a phone.
  if (language === 'vi') return formatVietnameseDate(typeof value === 'string' ? value : vietnamDate(value));
  const instant = typeof value === 'string' ? startOfVietnamDay(value) : value;
  return dateTimeFormat(locales[language], englishDate).format(instant);
}
