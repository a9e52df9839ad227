import { describe, expect, it } from 'vitest';
import { daysOverdue, defaultPeriod, periodName, shortMonthName } from './period.js';

const periods = Array.from({ length: 12 }, (_, index) => ({
  month: index + 1,
  year: 2024,
  dueDate: `2024-${String(index + 1).padStart(2, '0')}-12`,
}));

describe('defaultPeriod', () => {
  it('opens on the latest month whose due day is over', () => {
    expect(defaultPeriod(periods, '2026-11-23')?.month).toBe(12);
    expect(defaultPeriod(periods, '2024-05-13')?.month).toBe(5);
    // The due day itself is not over yet.
    expect(defaultPeriod(periods, '2024-05-12')?.month).toBe(4);
  });

  it('falls back to the first month before any is due', () => {
    expect(defaultPeriod(periods, '2024-01-02')?.month).toBe(1);
  });
});

describe('period names', () => {
  it('names months the Vietnamese way and the English way', () => {
    expect(periodName({ year: 2024, month: 5 }, 'vi')).toBe('Tháng 5/2024');
    expect(periodName({ year: 2024, month: 5 }, 'en')).toBe('May 2024');
    expect(shortMonthName(11, 'vi')).toBe('T11');
    expect(shortMonthName(11, 'en')).toBe('Nov');
  });
});

describe('daysOverdue', () => {
  it('counts whole days after the due day, never below zero', () => {
    expect(daysOverdue({ dueDate: '2024-05-12' }, '2024-05-12')).toBe(0);
    expect(daysOverdue({ dueDate: '2024-05-12' }, '2024-05-15')).toBe(3);
    expect(daysOverdue({ dueDate: '2024-05-12' }, '2024-05-01')).toBe(0);
  });
});
