import { describe, expect, it } from 'vitest';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { completionStatus, delayBetween, timingOf } from './delay.js';

describe('delay', () => {
  it('counts a task due 30/06/2024 and done 30/11/2024 as 5 months (153 days) late', () => {
    expect(delayBetween('2024-06-30', '2024-11-30')).toEqual({ days: 153, months: 5 });
    const timing = timingOf({ status: 'done_late', dueDate: '2024-06-30', baselineDueDate: '2024-06-30', completedOn: '2024-11-30' }, '2025-01-15');
    expect(timing).toEqual({ overdue: false, daysLeft: null, delay: { days: 153, months: 5 }, baselineDelay: { days: 153, months: 5 } });
    expect(completionStatus('2024-06-30', '2024-11-30')).toBe('done_late');
    expect(completionStatus('2024-06-30', '2024-06-30')).toBe('done');
  });

  it('reads "chậm 5 tháng" at 26/3/2024 against an end-of-October 2023 schedule', () => {
    expect(delayBetween('2023-10-31', '2024-03-26')).toEqual({ days: 147, months: 5 });
  });

  it('rounds months to the nearest calendar month and is zero until the day after the due date', () => {
    expect(delayBetween('2024-06-30', '2024-06-30')).toEqual({ days: 0, months: 0 });
    expect(delayBetween('2024-06-30', '2024-07-01')).toEqual({ days: 1, months: 0 });
    expect(delayBetween('2024-06-30', '2024-07-14')).toEqual({ days: 14, months: 0 });
    expect(delayBetween('2024-06-30', '2024-07-15')).toEqual({ days: 15, months: 1 });
    expect(delayBetween('2024-01-31', '2024-02-29')).toEqual({ days: 29, months: 1 });
    expect(delayBetween('2024-06-30', '2024-05-01')).toEqual({ days: 0, months: 0 });
  });

  it('shows an open task as overdue as of a given day, with the days left before that', () => {
    const open = { status: 'in_progress' as const, dueDate: '2024-09-30', baselineDueDate: '2024-09-30', completedOn: null };
    expect(timingOf(open, '2024-09-23')).toMatchObject({ overdue: false, daysLeft: 7, delay: { days: 0 } });
    expect(timingOf(open, '2024-09-30')).toMatchObject({ overdue: false, daysLeft: 0 });
    expect(timingOf(open, '2024-10-10')).toMatchObject({ overdue: true, daysLeft: -10, delay: { days: 10, months: 0 } });
    expect(timingOf({ ...open, status: 'paused' }, '2024-10-10').overdue).toBe(true);
    expect(timingOf({ ...open, status: 'cancelled' }, '2024-12-10')).toMatchObject({ overdue: false, delay: { days: 0 }, baselineDelay: { days: 0 } });
  });

  it('measures against the original due date after a rescheduling', () => {
    // The OC task: due end of October 2023, re-set by the 2024 plan to quý II/2024.
    const oc = { status: 'in_progress' as const, dueDate: '2024-06-30', baselineDueDate: '2023-10-31', completedOn: null };
    expect(timingOf(oc, '2024-03-26')).toEqual({ overdue: false, daysLeft: 96, delay: { days: 0, months: 0 }, baselineDelay: { days: 147, months: 5 } });
    const doneLate = { ...oc, status: 'done_late' as const, completedOn: '2024-08-15' };
    expect(timingOf(doneLate, '2024-12-31')).toMatchObject({ delay: { days: 46, months: 2 }, baselineDelay: { days: 289, months: 9 } });
  });

  it('takes "today" on the Vietnam calendar, whatever the server zone (tests run in UTC)', () => {
    expect(process.env.TZ).toBe('UTC');
    const task = { status: 'not_started' as const, dueDate: '2024-06-30', baselineDueDate: '2024-06-30', completedOn: null };
    // 16:59 UTC on 30/06 is 23:59 in Vietnam: still on time. 17:00 UTC is 00:00 on 01/07: one day late.
    expect(timingOf(task, vietnamDate(new Date('2024-06-30T16:59:59Z'))).overdue).toBe(false);
    expect(timingOf(task, vietnamDate(new Date('2024-06-30T17:00:00Z')))).toMatchObject({ overdue: true, delay: { days: 1 } });
  });
});
