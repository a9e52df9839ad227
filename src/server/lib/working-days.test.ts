import { describe, expect, it } from 'vitest';
import { endOfVietnamDay } from '../../common/vietnam-time.js';
import { announcedHolidayYears } from '../db/seed/holidays-vietnam.js';
import { applyAdjustments, proposeHolidays } from './public-holidays.js';
import { addWorkingDays, slaDueDate, workCalendar, workingDaysBetween } from './working-days.js';

// 2024 and 2025 as announced (public-holidays.test.ts checks them against the notices), held as
// recorded years; every other year follows its computed proposal.
const announced = announcedHolidayYears.flatMap(({ year, adjustments }) => applyAdjustments(year, proposeHolidays(year), adjustments));
const calendar = workCalendar(announced, new Set(announcedHolidayYears.map(({ year }) => year)));

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

  it('knows Tết 2027 without anyone typing it: 3 working days from the day before the break', () => {
    // The proposal for 2027: Thursday 04/02 to Wednesday 10/02 off. Filed on Wednesday 03/02, the
    // last working day before it: day 1 is Thursday 11/02, day 3 Monday 15/02.
    expect(slaDueDate(calendar, new Date('2027-02-03T03:00:00Z'), 3)).toBe('2027-02-15');
    // At 23:30 on 03/02 in Vietnam (16:30 UTC) it is still 03/02: the same deadline, which ends at
    // 24:00 on 15/02 Vietnam time, 17:00 UTC.
    const lateEvening = new Date('2027-02-03T16:30:00Z');
    expect(slaDueDate(calendar, lateEvening, 3)).toBe('2027-02-15');
    expect(endOfVietnamDay(slaDueDate(calendar, lateEvening, 3)).toISOString()).toBe('2027-02-15T17:00:00.000Z');
    // At 00:30 on Wednesday 03/02 in Vietnam, still Tuesday 02/02 in UTC, the day of receipt is 03/02 too;
    // one hour earlier (23:30 on Tuesday) day 1 is Wednesday 03/02 and day 3 Friday 12/02.
    expect(slaDueDate(calendar, new Date('2027-02-02T17:30:00Z'), 3)).toBe('2027-02-15');
    expect(slaDueDate(calendar, new Date('2027-02-02T16:30:00Z'), 3)).toBe('2027-02-12');
  });

  it('counts a working Saturday', () => {
    // Friday 03/05/2024 + 1 working day is the swapped Saturday 04/05; a 3-day deadline from
    // Wednesday 01/05 (a holiday) ends on it, not on Monday 06/05.
    expect(addWorkingDays(calendar, '2024-05-03', 1)).toBe('2024-05-04');
    expect(addWorkingDays(calendar, '2024-05-01', 3)).toBe('2024-05-04');
    expect(workingDaysBetween(calendar, '2024-05-03', '2024-05-06')).toBe(2);
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
