// The reporting calendar (Kế hoạch, phần V): a month's data run from the day after the previous
// month's cut-off to this month's cut-off day, both ends inclusive (cut-off 10: 11/04 → 10/05 is
// "tháng 5"); unit reports are due by the end of the due day (12/05, 23:59:59 Vietnam time, on
// time), the consolidation by the end of the consolidation day (25/05). The days are data, and so
// is what happens when one of the two due days is a Sunday, a Saturday or a holiday (docs/reporting.md).
import type { DueOnDayOff } from '../../../common/reporting.js';
import type { IsoDate } from '../../../common/vietnam-time.js';
import { addDays, addMonths, endOfVietnamDay } from '../../../common/vietnam-time.js';
import { type WorkCalendar, workingDayOnOrAfter } from '../../lib/working-days.js';

export interface CalendarRules {
  cutoffDay: number;
  unitDueDay: number;
  consolidationDay: number;
  /** A figure that moves more than this share from the previous period needs a comment. */
  changeWarningPercent: number;
  dueOnDayOff: DueOnDayOff;
}

export const defaultCalendar: CalendarRules = { cutoffDay: 10, unitDueDay: 12, consolidationDay: 25, changeWarningPercent: 50, dueOnDayOff: 'keep' };

export interface PeriodDates {
  dataFrom: IsoDate;
  dataTo: IsoDate;
  dueDate: IsoDate;
  consolidationDueDate: IsoDate;
}

const dayOf = (year: number, month: number, day: number): IsoDate =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The month's dates; with next_working_day the due days follow `calendar` (the cut-off is a data boundary, never moved). */
export function monthPeriodDates(year: number, month: number, rules: CalendarRules, calendar?: WorkCalendar): PeriodDates {
  const dataTo = dayOf(year, month, rules.cutoffDay);
  const due = (day: number) => {
    const date = dayOf(year, month, day);
    return rules.dueOnDayOff === 'next_working_day' && calendar ? workingDayOnOrAfter(calendar, date) : date;
  };
  return {
    dataFrom: addDays(addMonths(dataTo, -1), 1),
    dataTo,
    dueDate: due(rules.unitDueDay),
    consolidationDueDate: due(rules.consolidationDay),
  };
}

/** A report sent before the due day is over (Vietnam time) is on time. */
export const isOnTime = (submittedAt: Date, dueDate: IsoDate): boolean => submittedAt < endOfVietnamDay(dueDate);

/** Whole days after the due day; 0 when on time. */
export function daysLate(submittedAt: Date, dueDate: IsoDate): number {
  const over = submittedAt.getTime() - endOfVietnamDay(dueDate).getTime();
  return over < 0 ? 0 : Math.floor(over / 86_400_000) + 1;
}
