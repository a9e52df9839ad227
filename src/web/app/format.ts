// Numbers and dates the way each UI language writes them; dates always in Vietnam time.
import { type IsoDate, TIME_ZONE, startOfVietnamDay } from '../../common/vietnam-time.js';
import type { Language } from './i18n.js';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "23.391", "98,27" in Vietnamese; "23,391", "98.27" in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits }).format(value);
}

const dateFormats: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE },
  en: { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE },
};

/** dd/mm/yyyy in Vietnamese ("30/06/2024"), "30 Jun 2024" in English. A yyyy-mm-dd string is a Vietnam calendar day. */
export function formatDate(value: Date | IsoDate, language: Language): string {
  const instant = typeof value === 'string' ? startOfVietnamDay(value) : value;
  return new Intl.DateTimeFormat(locales[language], dateFormats[language]).format(instant);
}
