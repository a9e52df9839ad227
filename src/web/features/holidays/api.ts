// The working calendar's API as its screen and the notice banner use it.
import type { AdjustmentInput, CalendarChange, HolidayYear, HolidayYearSummary } from '../../../common/holidays.js';
import { api } from '../../app/api.js';

/** Told when a change of the calendar has been saved, so the notice banner asks again. */
export const calendarChanges = new EventTarget();
const changed = (change: CalendarChange) => {
  calendarChanges.dispatchEvent(new Event('change'));
  return change;
};

export const fetchYears = () => api.get<HolidayYearSummary[]>('/holiday-years');
export const fetchYear = (year: number) => api.get<HolidayYear>(`/holiday-years/${year}`);
export const addAdjustment = (year: number, input: AdjustmentInput) => api.post<CalendarChange>(`/holiday-years/${year}/adjustments`, input).then(changed);
export const removeAdjustment = (year: number, id: number) => api.delete<CalendarChange>(`/holiday-years/${year}/adjustments/${id}`).then(changed);
export const confirmYear = (year: number, reference: string | null) => api.post<CalendarChange>(`/holiday-years/${year}/confirm`, { reference }).then(changed);
export const fetchCalendarNotice = () => api.get<{ unconfirmedYears: number[] }>('/holiday-years/notice');
