// The working calendar is national: every signed-in user reads it, the administrator adjusts and
// confirms it, and the administrator and the coordinators are the ones told when a year waits.
import { type Actor, definePolicy, isRole } from '../../lib/policy.js';
import type { HolidayYearStatus } from '../../../common/holidays.js';

export const holidayCalendarPolicy = definePolicy({
  read: (_actor: Actor, _year: { status: HolidayYearStatus }) => true,
  adjust: (actor: Actor, _year: { status: HolidayYearStatus }) => isRole(actor, 'admin'),
  confirm: (actor: Actor, year: { status: HolidayYearStatus }) => isRole(actor, 'admin') && year.status === 'proposed',
});

/** Who is told that a year is not confirmed yet. */
export const noticeRoles = ['admin', 'coordinator'] as const;
export const receivesCalendarNotice = (actor: Actor) => isRole(actor, ...noticeRoles);
