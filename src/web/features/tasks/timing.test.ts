import { describe, expect, it } from 'vitest';
import type { Timing } from '../../../common/tasks.js';
import { baselinePhrase, delayPhrase, timingPhrase } from './timing.js';

const timing = (overrides: Partial<Timing>): Timing => ({
  overdue: false,
  daysLeft: null,
  delay: { days: 0, months: 0 },
  baselineDelay: { days: 0, months: 0 },
  ...overrides,
});

describe('delayPhrase', () => {
  it('counts months once a delay reaches one, days below that', () => {
    expect(delayPhrase({ days: 153, months: 5 })).toEqual({ key: 'work.lateMonths', params: { count: 5 } });
    expect(delayPhrase({ days: 20, months: 1 })).toEqual({ key: 'work.lateMonth', params: { count: 1 } });
    expect(delayPhrase({ days: 12, months: 0 })).toEqual({ key: 'work.lateDays', params: { count: 12 } });
    expect(delayPhrase({ days: 1, months: 0 })).toEqual({ key: 'work.lateDay', params: { count: 1 } });
    expect(delayPhrase({ days: 0, months: 0 })).toBeNull();
  });
});

describe('timingPhrase', () => {
  it('says how late an overdue or late-finished item is', () => {
    expect(timingPhrase('in_progress', timing({ overdue: true, daysLeft: -12, delay: { days: 12, months: 0 } }))).toEqual({
      phrase: { key: 'work.lateDays', params: { count: 12 } },
      tone: 'late',
    });
    expect(timingPhrase('done_late', timing({ delay: { days: 153, months: 5 } }))?.phrase.key).toBe('work.lateMonths');
  });

  it('counts down to the due date, flagging the last week', () => {
    expect(timingPhrase('not_started', timing({ daysLeft: 0 }))).toEqual({ phrase: { key: 'work.dueToday', params: {} }, tone: 'soon' });
    expect(timingPhrase('in_progress', timing({ daysLeft: 7 }))?.tone).toBe('soon');
    expect(timingPhrase('in_progress', timing({ daysLeft: 30 }))).toEqual({
      phrase: { key: 'work.daysLeft', params: { count: 30 } },
      tone: 'neutral',
    });
  });

  it('says done on time, and nothing for a standing or cancelled item', () => {
    expect(timingPhrase('done', timing({}))?.phrase.key).toBe('work.onTime');
    expect(timingPhrase('in_progress', timing({}))).toBeNull();
    expect(timingPhrase('cancelled', timing({}))).toBeNull();
  });
});

describe('baselinePhrase', () => {
  it('speaks of the original due date only once rescheduled', () => {
    const late = timing({ delay: { days: 153, months: 5 }, baselineDelay: { days: 396, months: 13 } });
    expect(baselinePhrase('2024-06-30', '2023-10-31', late)).toEqual({ key: 'work.lateMonths', params: { count: 13 } });
    expect(baselinePhrase('2024-06-30', '2024-06-30', late)).toBeNull();
    expect(baselinePhrase(null, null, late)).toBeNull();
  });
});
