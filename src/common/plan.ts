// The plan as data: the vocabulary shared by the server (seed, API) and the web app.
import { z } from 'zod';

/** How an indicator's value is obtained from what units report. */
export const indicatorKinds = ['ratio', 'unit_count', 'value', 'milestone'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** "Duy trì" indicators keep a level already reached; the others reach a new one. */
export const indicatorDirections = ['reach', 'maintain'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

/** "Trên 95%" is strictly above; "đạt 16%", "tối thiểu 10%" are at least. */
export const targetComparators = ['gte', 'gt'] as const;
export type TargetComparator = (typeof targetComparators)[number];

/**
 * Who reports the figures: every ward/commune, one department, the city once, or nobody — the
 * platform computes it from citizens' field reports (the on-time rate of phản ánh hiện trường).
 */
export const reportingScopes = ['wards', 'department', 'city', 'field_reports'] as const;
export type ReportingScope = (typeof reportingScopes)[number];

/** Flow figures (dossiers received) add up over the year; stock figures take the latest period. */
export const measureTypes = ['flow', 'stock'] as const;
export type MeasureType = (typeof measureTypes)[number];

export const targetSchema = z.object({
  /** The target exactly as the plan writes it, e.g. "55%", "17/17 phường, xã", "quý II/2024". */
  text: z.string(),
  /** Numeric target: a percentage for ratio, value and unit_count (share of reporting units). */
  value: z.number().nullable(),
  comparator: z.enum(targetComparators),
  /** Milestones: the date by which it is due (yyyy-mm-dd, Vietnam time, inclusive). */
  dueDate: z.string().nullable(),
});
export type Target = z.infer<typeof targetSchema>;

export const baselineSchema = z.object({
  year: z.number().int(),
  /** The figure as Phần I writes it, e.g. "98,27% (23.391/23.802)". */
  text: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
export type Baseline = z.infer<typeof baselineSchema>;

export const indicatorSchema = z.object({
  code: z.string(),
  text: z.string(),
  kind: z.enum(indicatorKinds),
  direction: z.enum(indicatorDirections),
  target: targetSchema,
  /** Unit of measure of the value: "%", "đơn vị", … */
  measureUnit: z.string(),
  measureType: z.enum(measureTypes),
  reportingScope: z.enum(reportingScopes),
  /** Code of the reporting unit when the scope is a department or the city. */
  reportingUnitCode: z.string().nullable(),
  /** What units type in for ratio indicators. */
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  baseline: baselineSchema.nullable(),
  /** Our reading where the plan is ambiguous or contradicts itself. */
  note: z.string().nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const areaSchema = z.object({
  code: z.string(),
  number: z.number().int(),
  name: z.string(),
  indicators: z.array(indicatorSchema),
});
export type Area = z.infer<typeof areaSchema>;

export const objectiveSchema = z.object({ number: z.number().int(), text: z.string() });
export type Objective = z.infer<typeof objectiveSchema>;

export const solutionItemSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  /** The unit the text names as responsible, if any. */
  leadUnitCode: z.string().nullable(),
});
export const solutionGroupSchema = z.object({
  code: z.string(),
  number: z.number().int(),
  name: z.string(),
  items: z.array(solutionItemSchema),
});
export type SolutionGroup = z.infer<typeof solutionGroupSchema>;

/** A result of the previous year as Phần I reports it. */
export const priorResultSchema = z.object({
  section: z.string(),
  heading: z.string(),
  text: z.string(),
  value: z.number().nullable(),
  valueText: z.string().nullable(),
  indicatorCode: z.string().nullable(),
});
export type PriorResult = z.infer<typeof priorResultSchema>;

export const planSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  areas: z.array(areaSchema),
  objectives: z.array(objectiveSchema),
  solutionGroups: z.array(solutionGroupSchema),
  priorResults: z.array(priorResultSchema),
  /** The units the plan names (reporting units, lead units), so that a visitor sees their names. */
  units: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type Plan = z.infer<typeof planSchema>;

/** The plan as the seed writes it: the API shape less what the database gives. */
export type PlanSeed = Omit<Plan, 'id' | 'unit' | 'units'> & { unitCode: string };
