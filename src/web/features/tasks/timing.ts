// How a task's or a directive's timing reads on screen: "Trễ 5 tháng", "Trễ 12 ngày", "Còn 3 ngày".
// The figures come from the server (Vietnam calendar); this only chooses the words and the tone.
import type { Delay, ItemStatus, Timing } from '../../../common/tasks.js';
import type { MessageKey } from '../../app/messages.js';

export type Tone = 'late' | 'soon' | 'ok' | 'neutral';

export interface Phrase {
  key: MessageKey;
  params: Record<string, number>;
}

/** Items due within this many days are flagged as due soon. */
export const SOON_DAYS = 7;

/** Months once a delay reaches one (as the documents count it, "chậm 5 tháng"), days below that. */
export function delayPhrase(delay: Delay): Phrase | null {
  if (delay.days <= 0) return null;
  if (delay.months >= 1) return { key: delay.months === 1 ? 'work.lateMonth' : 'work.lateMonths', params: { count: delay.months } };
  return { key: delay.days === 1 ? 'work.lateDay' : 'work.lateDays', params: { count: delay.days } };
}

const isFinished = (status: ItemStatus) => status === 'done' || status === 'done_late';

/** The main line: late by how much, or how long is left, or done on time; null when there is nothing to say. */
export function timingPhrase(status: ItemStatus, timing: Timing): { phrase: Phrase; tone: Tone } | null {
  const late = delayPhrase(timing.delay);
  if (late) return { phrase: late, tone: 'late' };
  if (timing.daysLeft !== null && timing.daysLeft >= 0) {
    const tone: Tone = timing.daysLeft <= SOON_DAYS ? 'soon' : 'neutral';
    if (timing.daysLeft === 0) return { phrase: { key: 'work.dueToday', params: {} }, tone };
    return { phrase: { key: timing.daysLeft === 1 ? 'work.dayLeft' : 'work.daysLeft', params: { count: timing.daysLeft } }, tone };
  }
  if (isFinished(status)) return { phrase: { key: 'work.onTime', params: {} }, tone: 'ok' };
  return null;
}

/** The delay against the original due date, once a task has been rescheduled and is late against it. */
export function baselinePhrase(dueDate: string | null, baselineDueDate: string | null, timing: Timing): Phrase | null {
  if (baselineDueDate === null || baselineDueDate === dueDate) return null;
  return delayPhrase(timing.baselineDelay);
}
