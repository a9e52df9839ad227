// The working calendar (lịch nghỉ lễ, Tết): the contracts shared by the server and the web app.
import { z } from 'zod';
import { isoDate } from './tasks.js';

/** off: a weekday off; workday: a Saturday or Sunday worked in exchange for a day off (ngày làm bù). */
export const holidayKinds = ['off', 'workday'] as const;
export type HolidayKind = (typeof holidayKinds)[number];

/** proposed (dự kiến): computed, deadlines already use it; confirmed (đã xác nhận): checked against the announcement, never recomputed. */
export const holidayYearStatuses = ['proposed', 'confirmed'] as const;
export type HolidayYearStatus = (typeof holidayYearStatuses)[number];

/**
 * What the administrator changes to make the proposal match the announcement: move a day off to
 * another weekday, add a day off (nghỉ bù, nghỉ hoán đổi), add a working weekend day (làm bù), or
 * cancel a day of the calendar.
 */
export const adjustmentKinds = ['move', 'off', 'workday', 'cancel'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

/** More days off than this in a year is a typing mistake, not a calendar (a usual year has 11 to 16). */
export const MAX_DAYS_OFF = 30;

export const holidaySchema = z.object({
  date: isoDate,
  name: z.string(),
  kind: z.enum(holidayKinds),
  note: z.string().nullable(),
});
export type Holiday = z.infer<typeof holidaySchema>;

const name = z.string().trim().min(2).max(120);
const note = z.string().trim().max(300).nullable().default(null);

export const adjustmentInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), fromDate: isoDate, date: isoDate, note }),
  z.object({ kind: z.literal('off'), date: isoDate, name, note }),
  z.object({ kind: z.literal('workday'), date: isoDate, name, note }),
  z.object({ kind: z.literal('cancel'), date: isoDate, note }),
]);
export type AdjustmentInput = z.input<typeof adjustmentInputSchema>;

export const adjustmentSchema = z.object({
  id: z.number().int(),
  kind: z.enum(adjustmentKinds),
  date: isoDate,
  fromDate: isoDate.nullable(),
  name: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type Adjustment = z.infer<typeof adjustmentSchema>;

export const holidayYearActions = ['adjust', 'confirm'] as const;

export const holidayYearSummarySchema = z.object({
  year: z.number().int(),
  status: z.enum(holidayYearStatuses),
  /** Weekdays off in the year as it stands. */
  daysOff: z.number().int(),
  proposedAt: z.string(),
  confirmedAt: z.string().nullable(),
});

export type HolidayYearSummary = z.infer<typeof holidayYearSummarySchema>;

export const holidayYearSchema = holidayYearSummarySchema.extend({
  confirmedBy: z.string().nullable(),
  /** The announcement the year was confirmed against (số công văn, thông báo). */
  reference: z.string().nullable(),
  /** The computed days, before any adjustment. */
  proposal: z.array(holidaySchema),
  adjustments: z.array(adjustmentSchema),
  /** The calendar deadlines use: the proposal with the adjustments. */
  days: z.array(holidaySchema),
  actions: z.array(z.enum(holidayYearActions)),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export const confirmInputSchema = z.object({ reference: z.string().trim().max(200).nullable().default(null) });

/** What a change of the calendar did to deadlines already given. */
export const calendarChangeSchema = z.object({
  year: holidayYearSchema,
  /** Open field reports whose deadline moved later (each with an entry in its history). */
  fieldReportsRescheduled: z.number().int(),
  /** Reporting periods whose due day moved later (each in the audit trail). */
  periodsRescheduled: z.number().int(),
});
export type CalendarChange = z.infer<typeof calendarChangeSchema>;

/** The years an administrator or coordinator should confirm now: the current one, and the next from 1 November. */
export const calendarNoticeSchema = z.object({ unconfirmedYears: z.array(z.number().int()) });
