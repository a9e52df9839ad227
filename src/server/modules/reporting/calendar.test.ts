import { describe, expect, it } from 'vitest';
import { daysLate, defaultCalendar, isOnTime, monthPeriodDates } from './calendar.js';

describe('reporting calendar (process in UTC, rules in Vietnam time)', () => {
  it('makes "tháng 5/2024" the data of 11/04 to 10/05, due 12/05, consolidated 25/05', () => {
    expect(monthPeriodDates(2024, 5, defaultCalendar)).toEqual({
      dataFrom: '2024-04-11',
      dataTo: '2024-05-10',
      dueDate: '2024-05-12',
      consolidationDueDate: '2024-05-25',
    });
  });

  it('crosses the year and leaves no gap or overlap between months', () => {
    expect(monthPeriodDates(2024, 1, defaultCalendar).dataFrom).toBe('2023-12-11');
    for (let month = 2; month <= 12; month += 1) {
      const previous = monthPeriodDates(2024, month - 1, defaultCalendar);
      const current = monthPeriodDates(2024, month, defaultCalendar);
      expect(new Date(`${current.dataFrom}T00:00:00Z`).getTime() - new Date(`${previous.dataTo}T00:00:00Z`).getTime()).toBe(86_400_000);
    }
  });

  it('follows an edited calendar', () => {
    const rules = { ...defaultCalendar, cutoffDay: 5, unitDueDay: 7 };
    expect(monthPeriodDates(2024, 3, rules)).toMatchObject({ dataFrom: '2024-02-06', dataTo: '2024-03-05', dueDate: '2024-03-07' });
  });

  it('counts 23:59 on the 12th (Vietnam time) as on time and 00:01 on the 13th as one day late', () => {
    expect(isOnTime(new Date('2024-05-12T23:59:00+07:00'), '2024-05-12')).toBe(true);
    expect(isOnTime(new Date('2024-05-13T00:01:00+07:00'), '2024-05-12')).toBe(false);
    expect(daysLate(new Date('2024-05-12T23:59:00+07:00'), '2024-05-12')).toBe(0);
    expect(daysLate(new Date('2024-05-13T00:01:00+07:00'), '2024-05-12')).toBe(1);
    expect(daysLate(new Date('2024-05-15T09:00:00+07:00'), '2024-05-12')).toBe(3);
    // 17:30 UTC on the 12th is already 00:30 on the 13th in Vũng Tàu.
    expect(isOnTime(new Date('2024-05-12T17:30:00Z'), '2024-05-12')).toBe(false);
  });
});
