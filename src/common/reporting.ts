// Monthly reporting contracts shared by the server and the web app.
import { z } from 'zod';
import { achievementStatuses } from './achievement.js';
import { indicatorKinds, targetSchema, versionRefSchema } from './plan.js';

/** When a due day is not a working day: keep: the plan's day whatever day of the week; next_working_day: the next working day. */
export const dueOnDayOffRules = ['keep', 'next_working_day'] as const;
export type DueOnDayOff = (typeof dueOnDayOffRules)[number];

export const submissionStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** What a unit officer types for one indicator; which fields apply depends on its kind. */
export const figureInputSchema = z.object({
  indicatorCode: z.string().min(1).max(20),
  numerator: z.number().nullable().optional(),
  denominator: z.number().nullable().optional(),
  value: z.number().nullable().optional(),
  met: z.boolean().nullable().optional(),
  doneDate: z.string().max(10).nullable().optional(),
  comment: z.string().max(2000).nullable().optional(),
});
export type FigureInput = z.infer<typeof figureInputSchema>;

export const figureSchema = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  met: z.boolean().nullable(),
  doneDate: z.string().nullable(),
  comment: z.string().nullable(),
  /** The percentage of a ratio (numerator / denominator × 100), or the value itself. */
  percent: z.number().nullable(),
});
export type Figure = z.infer<typeof figureSchema>;

export const periodSchema = z.object({
  id: z.number(),
  year: z.number(),
  month: z.number(),
  dataFrom: z.string(),
  dataTo: z.string(),
  dueDate: z.string(),
  consolidationDueDate: z.string(),
});
export type Period = z.infer<typeof periodSchema>;

export const submissionSummarySchema = z.object({
  id: z.number(),
  status: z.enum(submissionStatuses),
  version: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  period: periodSchema,
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Judged on the first submission against the due day, Vietnam time. */
  daysLate: z.number().nullable(),
  demo: z.boolean(),
  actions: z.array(z.string()),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

export const formIndicatorSchema = z.object({
  code: z.string(),
  text: z.string(),
  kind: z.enum(indicatorKinds),
  measureUnit: z.string(),
  target: targetSchema,
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  figure: figureSchema.nullable(),
  previous: figureSchema.nullable(),
});

export const reportFormSchema = z.object({
  submission: submissionSummarySchema,
  changeWarningPercent: z.number(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), indicators: z.array(formIndicatorSchema) })),
  evidence: z.array(
    z.object({ id: z.number(), fileName: z.string(), mediaType: z.string(), size: z.number(), indicatorCode: z.string().nullable(), createdAt: z.string() }),
  ),
});
export type ReportForm = z.infer<typeof reportFormSchema>;

export { type AchievementStatus, achievementStatuses } from './achievement.js';

export const stageResultSchema = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  unitsReported: z.number(),
  unitsMet: z.number().nullable(),
  doneDate: z.string().nullable(),
  series: z.array(z.object({ month: z.number(), value: z.number().nullable() })),
  status: z.enum(achievementStatuses),
  achievementPercent: z.number().nullable(),
  projected: z.number().nullable(),
});
export type StageResult = z.infer<typeof stageResultSchema>;

export const indicatorRollupSchema = z.object({
  code: z.string(),
  text: z.string(),
  kind: z.enum(indicatorKinds),
  measureType: z.enum(['flow', 'stock']),
  measureUnit: z.string(),
  target: targetSchema,
  expectedUnits: z.number(),
  /** Approved figures only: what the city officially stands at. */
  approved: stageResultSchema,
  /** Submitted or approved: includes figures still awaiting approval. */
  provisional: stageResultSchema,
});
export type IndicatorRollup = z.infer<typeof indicatorRollupSchema>;

export const cityRollupSchema = z.object({
  period: periodSchema,
  /** The plan's version whose targets the month follows. */
  planVersion: versionRefSchema.nullable(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), indicators: z.array(indicatorRollupSchema) })),
});
export type CityRollup = z.infer<typeof cityRollupSchema>;

export const breakdownRowSchema = z.object({
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  status: z.enum([...submissionStatuses, 'missing']),
  demo: z.boolean(),
  valueId: z.number().nullable(),
  figure: figureSchema.nullable(),
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const indicatorPageSchema = z.object({
  period: periodSchema,
  rollup: indicatorRollupSchema,
  baseline: z.object({ year: z.number(), text: z.string(), value: z.number().nullable() }).nullable(),
  note: z.string().nullable(),
  breakdown: z.array(breakdownRowSchema),
});
export type IndicatorPage = z.infer<typeof indicatorPageSchema>;

export const completenessSchema = z.object({
  periods: z.array(periodSchema),
  units: z.array(
    z.object({
      unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
      cells: z.array(
        z.object({
          periodId: z.number(),
          month: z.number(),
          state: z.enum([...submissionStatuses, 'missing']),
          submissionId: z.number().nullable(),
          /** Whether it was ever submitted; daysLate counts from the due day to the first submission, or to now. */
          sent: z.boolean(),
          daysLate: z.number(),
        }),
      ),
    }),
  ),
});
export type Completeness = z.infer<typeof completenessSchema>;
