import { describe, expect, it } from 'vitest';
import { addWorkingDays, slaDueDate, vietnamHolidays, workCalendar, workingDaysBetween } from './working-days.js';

const calendar = workCalendar(vietnamHolidays);

describe('working days', () => {
  it('skips the weekend', () => {
    // Friday 20/09/2024 + 1 working day is Monday 23/09; + 3 is Wednesday 25/09.
    expect(addWorkingDays(calendar, '2024-09-20', 1)).toBe('2024-09-23');
    expect(addWorkingDays(calendar, '2024-09-20', 3)).toBe('2024-09-25');
    // Filed on a Saturday or a Sunday: day 1 is the Monday.
    expect(addWorkingDays(calendar, '2024-09-21', 1)).toBe('2024-09-23');
    expect(addWorkingDays(calendar, '2024-09-22', 2)).toBe('2024-09-24');
    expect(addWorkingDays(calendar, '2024-09-20', 0)).toBe('2024-09-20');
  });

  it('skips Tết 2024 (08/02 to 14/02)', () => {
    // Wednesday 07/02/2024, the last working day before Tết: 2 working days end on Friday 16/02.
    expect(addWorkingDays(calendar, '2024-02-07', 1)).toBe('2024-02-15');
    expect(addWorkingDays(calendar, '2024-02-07', 2)).toBe('2024-02-16');
    // Five working days from Tuesday 06/02: 07/02, 15/02, 16/02, 19/02, 20/02.
    expect(addWorkingDays(calendar, '2024-02-06', 5)).toBe('2024-02-20');
    for (const date of ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']) expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it('counts the swapped Saturday 04/05/2024 and skips 27/04 to 01/05', () => {
    // Friday 26/04/2024 + 1 working day: the break runs to Wednesday 01/05, Thursday 02/05 is day 1.
    expect(addWorkingDays(calendar, '2024-04-26', 1)).toBe('2024-05-02');
    expect(addWorkingDays(calendar, '2024-04-26', 3)).toBe('2024-05-04');
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    // 2025: 26/04 is worked, 30/04 to 04/05 is off.
    expect(addWorkingDays(calendar, '2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays(calendar, '2025-04-29', 1)).toBe('2025-05-05');
  });

  it('dates a deadline from the Vietnam day of receipt, whatever the server zone', () => {
    // 23:30 on Friday 20/09/2024 in Vietnam is 16:30 UTC the same day; 00:30 on Saturday is 17:30 UTC Friday.
    expect(slaDueDate(calendar, new Date('2024-09-20T16:30:00Z'), 1)).toBe('2024-09-23');
    expect(slaDueDate(calendar, new Date('2024-09-20T17:30:00Z'), 1)).toBe('2024-09-23');
    // 08:00 on Tuesday 06/02/2024 with a 3-day deadline: 07/02, 15/02, 16/02.
    expect(slaDueDate(calendar, new Date('2024-02-06T01:00:00Z'), 3)).toBe('2024-02-16');
  });

  it('counts the working days left, negative once past', () => {
    expect(workingDaysBetween(calendar, '2024-09-20', '2024-09-25')).toBe(3);
    expect(workingDaysBetween(calendar, '2024-09-25', '2024-09-25')).toBe(0);
    expect(workingDaysBetween(calendar, '2024-09-25', '2024-09-20')).toBe(-3);
    expect(workingDaysBetween(calendar, '2024-02-07', '2024-02-16')).toBe(2);
  });

  it('lets the calendar override a weekend or a weekday', () => {
    const custom = workCalendar([
      { date: '2024-09-23', kind: 'off' },
      { date: '2024-09-21', kind: 'workday' },
    ]);
    expect(addWorkingDays(custom, '2024-09-20', 2)).toBe('2024-09-24');
  });
});
