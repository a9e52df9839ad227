// What anyone may read without signing in (/cong-khai), and the published monthly report's formats.
// The public view carries approved figures only and no personal data: no reporter, no provisional stage.
import { z } from 'zod';
import { achievementStatuses, indicatorRollupSchema } from './reporting.js';
import { unitRefSchema } from './tasks.js';

export const publicOverviewQuerySchema = z.object({
  city: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
});
export type PublicOverviewQuery = z.infer<typeof publicOverviewQuerySchema>;

/** An indicator with the city's approved figure only. */
export const publicIndicatorSchema = indicatorRollupSchema.omit({ provisional: true });
export type PublicIndicator = z.infer<typeof publicIndicatorSchema>;

/** How many of an area's indicators stand at each achievement status. */
export const achievementCountsSchema = z.record(z.enum(achievementStatuses), z.number().int());
export type AchievementCounts = z.infer<typeof achievementCountsSchema>;

const fieldReportCountsSchema = z.object({
  /** Filed in the window, whatever became of them. */
  received: z.number().int(),
  /** Resolved in the window, and of those before the end of their due day. */
  closed: z.number().int(),
  closedOnTime: z.number().int(),
  /** Still open at the window's end (or now) with the due day over. */
  openOverdue: z.number().int(),
  /** closedOnTime / closed in %; null when nothing was closed. */
  onTimeRate: z.number().nullable(),
});
export type FieldReportCounts = z.infer<typeof fieldReportCountsSchema>;

export const fieldReportSummarySchema = fieldReportCountsSchema.extend({
  from: z.string(),
  to: z.string(),
  /** By the ward, commune or office handling them; null = still with the coordinator. */
  byUnit: z.array(fieldReportCountsSchema.extend({ unit: unitRefSchema.nullable() })),
  byCategory: z.array(fieldReportCountsSchema.extend({ category: z.object({ id: z.number().int(), code: z.string(), name: z.string() }) })),
});
export type FieldReportSummary = z.infer<typeof fieldReportSummarySchema>;

export const publicOverviewSchema = z.object({
  city: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  /** The city's years with an issued plan, newest first: the year switch. */
  years: z.array(z.number().int()),
  /** The months of the plan's year anyone may pick. */
  months: z.array(z.number().int()),
  period: z.object({ month: z.number().int(), dataFrom: z.string(), dataTo: z.string() }),
  areas: z.array(z.object({ code: z.string(), name: z.string(), counts: achievementCountsSchema, indicators: z.array(publicIndicatorSchema) })),
  fieldReports: z.object({ month: fieldReportSummarySchema, yearToDate: fieldReportSummarySchema }),
});
export type PublicOverview = z.infer<typeof publicOverviewSchema>;

/** The consolidated monthly report (báo cáo tình hình thực hiện Kế hoạch CĐS) comes in three formats. */
export const monthlyReportFormats = ['docx', 'xlsx', 'pdf'] as const;
export type MonthlyReportFormat = (typeof monthlyReportFormats)[number];
export const monthlyReportQuerySchema = z.object({
  city: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
  format: z.enum(monthlyReportFormats),
});
