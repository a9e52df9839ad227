// Reporting figures as people read them: "60,00%", "6.415/13.251", "11/17 đơn vị".
import { TIME_ZONE } from '../../../common/vietnam-time.js';
import { dateTimeFormat, formatDate, formatDecimal, formatNumber, locales } from '../../app/format.js';
import type { Language } from '../../app/i18n.js';

/** A percentage with two decimals: "98,27%" in Vietnamese, "98.27%" in English. */
export function formatPercent(value: number, language: Language, digits = 2): string {
  return `${formatDecimal(value, language, digits, digits)}%`;
}

/** "23/11/2026 14:05" (Vietnam time), "23 Nov 2026, 14:05" in English. */
export function formatDateTime(instant: string | Date, language: Language): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const time = dateTimeFormat(locales[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(date);
  return `${formatDate(date, language)}${language === 'vi' ? ' ' : ', '}${time}`;
}

/** "6.415/13.251". */
export const formatFraction = (numerator: number, denominator: number, language: Language) =>
  `${formatNumber(numerator, language)}/${formatNumber(denominator, language)}`;

/** A value in its unit: "60,00%" for percentages, "12 đơn vị" otherwise. */
export function formatMeasure(value: number, measureUnit: string, language: Language): string {
  return measureUnit === '%' ? formatPercent(value, language) : `${formatNumber(value, language)} ${measureUnit}`;
}
