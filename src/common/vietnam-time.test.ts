import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfVietnamDay,
  formatVietnameseDate,
  formatVietnameseTimestamp,
  isIsoDate,
  parseDateInput,
  startOfVietnamDay,
  vietnamDate,
} from './vietnam-time.js';

describe('Vietnam time, with the process in UTC', () => {
  it('runs in UTC so these rules are really exercised', () => {
    expect(new Date('2024-05-12T23:59:00Z').getHours()).toBe(23);
  });

  it('puts 23:59 on the 12th and 00:01 on the 13th (Vietnam time) on their own days', () => {
    expect(vietnamDate(new Date('2024-05-12T23:59:00+07:00'))).toBe('2024-05-12');
    expect(vietnamDate(new Date('2024-05-13T00:01:00+07:00'))).toBe('2024-05-13');
    // 18:00 UTC on the 12th is already the 13th in Vũng Tàu.
    expect(vietnamDate(new Date('2024-05-12T18:00:00Z'))).toBe('2024-05-13');
  });

  it('gives a day as [start, end) instants', () => {
    expect(startOfVietnamDay('2024-05-12').toISOString()).toBe('2024-05-11T17:00:00.000Z');
    expect(endOfVietnamDay('2024-05-12').toISOString()).toBe('2024-05-12T17:00:00.000Z');
  });

  it('does calendar arithmetic across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-06-30', '2024-11-30')).toBe(153);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-06-30', 5)).toBe('2024-11-30');
    expect(addMonths('2024-05-10', -1)).toBe('2024-04-10');
  });

  it('writes dates as dd/mm/yyyy and rejects impossible ones', () => {
    expect(formatVietnameseDate('2024-03-26')).toBe('26/03/2024');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('26/03/2024')).toBe(false);
  });

  it('reads a typed date in either way people write it, and writes a log time to the second', () => {
    expect(parseDateInput('26/03/2024')).toBe('2024-03-26');
    expect(parseDateInput(' 1/5/2024 ')).toBe('2024-05-01');
    expect(parseDateInput('2024-05-01')).toBe('2024-05-01');
    expect(parseDateInput('30/02/2024')).toBeNull();
    expect(parseDateInput('2024/05/01')).toBeNull();
    expect(formatVietnameseTimestamp(new Date('2024-05-12T17:04:05Z'))).toBe('13/05/2024 00:04:05');
  });
});
