import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDate, formatDecimal, formatNumber, locales } from './format.js';

describe('formatNumber', () => {
  it('writes Vietnamese separators', () => {
    expect(formatNumber(98.27, 'vi')).toBe('98,27');
    expect(formatNumber(23391, 'vi')).toBe('23.391');
  });

  it('writes English separators', () => {
    expect(formatNumber(98.27, 'en')).toBe('98.27');
    expect(formatNumber(23391, 'en')).toBe('23,391');
  });

  it('writes what Intl.NumberFormat writes, without building one (but zero without a minus)', () => {
    const values = [0, -0, 0.004, -0.004, 0.005, 1.005, 2.5, -2.5, 98.265, 999.995, 1234.5, -1234567.891, 1e15 + 0.3, 123456789012, 1e-7, 5e-7, 2.5e22, 0.1 + 0.2];
    let seed = 7;
    for (let index = 0; index < 500; index += 1) {
      seed = (seed * 48271) % 2147483647;
      values.push(((seed / 2147483647) - 0.3) * 10 ** (index % 9));
    }
    for (const language of ['vi', 'en'] as const) {
      for (const [min, max] of [[0, 0], [0, 2], [2, 2], [1, 3]] as const) {
        const intl = new Intl.NumberFormat(locales[language], { minimumFractionDigits: min, maximumFractionDigits: max });
        for (const value of values) expect(formatDecimal(value, language, min, max), `${value} ${language} ${min}-${max}`).toBe(intl.format(value).replace(/^-(?=0([.,]0+)?$)/, ''));
      }
    }
  });
});

describe('formatDate', () => {
  it('writes a calendar day as dd/mm/yyyy, or day month year in English', () => {
    expect(formatDate('2024-06-30', 'vi')).toBe('30/06/2024');
    expect(formatDate('2024-06-30', 'en')).toBe('30 Jun 2024');
  });

  it('takes the day of an instant in Vietnam time', () => {
    // 18:00 UTC on 31/12 is already 01/01 in Vietnam.
    expect(formatDate(new Date('2024-12-31T18:00:00Z'), 'vi')).toBe('01/01/2025');
  });

  it('writes Vietnamese dates as Intl does, without building a formatter', () => {
    const intl = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
    for (const iso of ['1990-01-01T00:00:00Z', '2024-02-29T16:59:59Z', '2024-02-29T17:00:00Z', '2026-11-23T23:30:00Z']) {
      expect(formatDate(new Date(iso), 'vi')).toBe(intl.format(new Date(iso)));
    }
  });
});

describe('formatter cache', () => {
  it('builds one date formatter per locale and options, and keeps them apart', () => {
    expect(dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })).toBe(dateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }));
    expect(dateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 4, 1))).toBe('May');
  });
});
