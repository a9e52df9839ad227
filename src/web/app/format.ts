// Numbers and dates the way each UI language writes them; dates always in Vietnam time.
import { type IsoDate, TIME_ZONE, formatVietnameseDate, startOfVietnamDay, vietnamDate } from '../../common/vietnam-time.js';
import type { Language } from './i18n.js';

export const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (a page of figures builds hundreds on a
// slow phone), so each locale and set of options gets one, kept for the visit.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The shared Intl.DateTimeFormat for a locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const separators: Record<Language, { group: string; decimal: string }> = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** The shortest decimal digits of a non-negative finite number (as String writes it), exponent spelled out. */
function plainDigits(value: number): { whole: string; fraction: string } {
  const [mantissa = '0', exponentText] = String(value).split('e');
  const [head = '0', tail = ''] = mantissa.split('.');
  if (exponentText === undefined) return { whole: head, fraction: tail };
  const digits = head + tail;
  const point = head.length + Number(exponentText);
  if (point <= 0) return { whole: '0', fraction: '0'.repeat(-point) + digits };
  return { whole: digits.slice(0, point).padEnd(point, '0'), fraction: digits.slice(point) };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function incremented(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === '9') index -= 1;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, index) + String(Number(digits[index]) + 1) + '0'.repeat(digits.length - index - 1);
}

/**
 * A number with grouped thousands, rounded half away from zero to `maximumFractionDigits` and padded
 * to `minimumFractionDigits`, as Intl.NumberFormat writes it for vi-VN and en-GB (zero never signed).
 * Written out because the first Intl.NumberFormat of a visit loads locale data: about 25 ms on a phone,
 * before the OC's first figure.
 */
export function formatDecimal(value: number, language: Language, minimumFractionDigits: number, maximumFractionDigits: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Rounded as the shortest decimal that reads back as the value (Intl's way: 1.005 → 1,01), not its binary expansion.
  const { whole, fraction } = plainDigits(Math.abs(value));
  let kept = whole + fraction.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, '0');
  if ((fraction[maximumFractionDigits] ?? '0') >= '5') kept = incremented(kept);
  const integer = kept.slice(0, kept.length - maximumFractionDigits) || '0';
  let decimals = kept.slice(kept.length - maximumFractionDigits);
  while (decimals.length > minimumFractionDigits && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const { group, decimal } = separators[language];
  const negative = value < 0 && /[1-9]/.test(kept);
  return `${negative ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, group)}${decimals ? `${decimal}${decimals}` : ''}`;
}

/** "23.391", "98,27" in Vietnamese; "23,391", "98.27" in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return formatDecimal(value, language, 0, maximumFractionDigits);
}

const englishDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE };

/** dd/mm/yyyy in Vietnamese ("30/06/2024"), "30 Jun 2024" in English. A yyyy-mm-dd string is a Vietnam calendar day. */
export function formatDate(value: Date | IsoDate, language: Language): string {
  // Vietnamese needs no Intl: a first DateTimeFormat with a time zone loads zone data, tens of ms on a phone.
  if (language === 'vi') return formatVietnameseDate(typeof value === 'string' ? value : vietnamDate(value));
  const instant = typeof value === 'string' ? startOfVietnamDay(value) : value;
  return dateTimeFormat(locales[language], englishDate).format(instant);
}
