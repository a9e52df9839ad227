// The plan as data: the vocabulary shared by the server (seed, API) and the web app.
import { z } from 'zod';
import { achievementStatuses } from './achievement.js';
import { unitKinds } from './units.js';

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
  /** The indicator of an earlier year's plan this one carries on, so trends compare across years. */
  continues: z.object({ year: z.number().int(), code: z.string() }).nullable(),
  /** The province's indicator (same year) this one contributes to. */
  provinceIndicatorCode: z.string().nullable(),
  /** The national DTI criterion (405/QĐ-BKHCN) it serves, by code (dtiCriteria). */
  dtiCriterion: z.string().nullable(),
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

export const planStatuses = ['draft', 'issued'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Version 1 issues the plan; each Kế hoạch điều chỉnh is an amendment. */
export const planVersionKinds = ['issue', 'amendment'] as const;
export type PlanVersionKind = (typeof planVersionKinds)[number];

/** What an amendment changed, one line each, in the words shown on the history. */
export const planChangeFields = ['added', 'text', 'target', 'numeratorLabel', 'denominatorLabel', 'measureUnit', 'reportingUnitCode', 'note', 'provinceIndicatorCode', 'dtiCriterion', 'area', 'title', 'objectives', 'solutions'] as const;
export const planChangeSchema = z.object({
  /** The indicator's code, or the area's for area names; empty for the plan as a whole. */
  code: z.string(),
  field: z.enum(planChangeFields),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

export const documentRefSchema = z.object({ fileName: z.string(), size: z.number().int() });

export const planVersionSchema = z.object({
  number: z.number().int(),
  kind: z.enum(planVersionKinds),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  signer: z.string().nullable(),
  /** The first month of the year it applies to. */
  effectiveMonth: z.number().int(),
  reason: z.string().nullable(),
  retroactive: z.boolean(),
  changes: z.array(planChangeSchema),
  createdAt: z.string(),
  /** The signed document (PDF), at /api/plans/:id/versions/:number/document. */
  document: documentRefSchema.nullable(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

/** The version a month's figures were judged against, as reports name it. */
export const versionRefSchema = planVersionSchema.pick({ number: true, kind: true, decisionNumber: true, decisionDate: true, effectiveMonth: true });
export type VersionRef = z.infer<typeof versionRefSchema>;

export const planSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  unit: z.object({ code: z.string(), name: z.string(), kind: z.enum(unitKinds) }),
  status: z.enum(planStatuses),
  /** Version 1 first; the last is in force from its month on. Empty for a draft. */
  versions: z.array(planVersionSchema),
  /** The plan it was copied from, if any. */
  source: z.object({ id: z.number().int(), year: z.number().int() }).nullable(),
  areas: z.array(areaSchema),
  objectives: z.array(objectiveSchema),
  solutionGroups: z.array(solutionGroupSchema),
  priorResults: z.array(priorResultSchema),
  /** The units the plan names (reporting units, lead units), so that a visitor sees their names. */
  units: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type Plan = z.infer<typeof planSchema>;

/** A plan with what the signed-in user may do with it (edit, delete, issue, amend). */
export const planDetailSchema = planSchema.extend({ actions: z.array(z.string()) });
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** A plan as listed: a few fields, where the whole plan is tens of kilobytes. */
export const planSummarySchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  unitKind: z.enum(unitKinds),
  status: z.enum(planStatuses),
  /** The latest version's number; 0 for a draft. */
  version: z.number().int(),
  decisionNumber: z.string().nullable(),
  /** The plan screens open on for its city: this year's issued plan, else the latest issued before it. */
  current: z.boolean(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

// What a plan's writer sends: every field the seed has, identified by code. Numbers follow the order.
const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới');
/** Optional text: an empty field is no text. A codec, not a transform, so replies can be checked with it too. */
const nullableText = (max: number) =>
  z.codec(z.string().trim().max(max).nullable(), z.string().nullable(), { decode: (value) => (value === '' ? null : value), encode: (value) => value });

export const indicatorInputSchema = z.object({
  code: codeSchema,
  text: z.string().trim().min(1).max(2000),
  kind: z.enum(indicatorKinds),
  direction: z.enum(indicatorDirections),
  target: z.object({
    text: z.string().trim().min(1).max(300),
    value: z.number().finite().nullable(),
    comparator: z.enum(targetComparators),
    dueDate: z.iso.date().nullable(),
  }),
  measureUnit: z.string().trim().min(1).max(40),
  measureType: z.enum(measureTypes),
  reportingScope: z.enum(reportingScopes),
  reportingUnitCode: nullableText(40),
  numeratorLabel: nullableText(500),
  denominatorLabel: nullableText(500),
  baseline: baselineSchema.extend({ text: z.string().trim().min(1).max(300) }).nullable(),
  note: nullableText(2000),
  /** Code of the indicator it carries on in the plan it was copied from (else the city's latest earlier plan). */
  continuesCode: nullableText(20).default(null),
  provinceIndicatorCode: nullableText(20).default(null),
  dtiCriterion: nullableText(20).default(null),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

export const planContentSchema = z.object({
  title: z.string().trim().min(1).max(500),
  areas: z
    .array(z.object({ code: codeSchema, number: z.number().int().optional(), name: z.string().trim().min(1).max(500), indicators: z.array(indicatorInputSchema).max(200) }))
    .max(50),
  objectives: z.array(z.object({ number: z.number().int().optional(), text: z.string().trim().min(1).max(2000) })).max(100).default([]),
  solutionGroups: z
    .array(
      z.object({
        code: codeSchema,
        number: z.number().int().optional(),
        name: z.string().trim().min(1).max(500),
        items: z.array(z.object({ number: z.number().int().optional(), text: z.string().trim().min(1).max(4000), leadUnitCode: nullableText(40) })).max(200),
      }),
    )
    .max(50)
    .default([]),
  priorResults: z.array(priorResultSchema).max(500).default([]),
});
/** A plan's content as written by its editor, an import or the seed. */
export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;

/** An indicator as the seed writes it: without links to other plans. */
export type IndicatorSeed = Omit<Indicator, 'continues' | 'provinceIndicatorCode' | 'dtiCriterion'>;

/** The plan as the seed writes it: its content, its city and year, and how it was issued. */
export interface PlanSeed {
  year: number;
  unitCode: string;
  title: string;
  areas: (Omit<Area, 'indicators'> & { indicators: IndicatorSeed[] })[];
  objectives: Objective[];
  solutionGroups: SolutionGroup[];
  priorResults: PriorResult[];
  /** The decision that issued it as far as the source shows it; null leaves it a draft. */
  issued: { decisionNumber: string | null; decisionDate: string | null; signer: string } | null;
}

/**
 * A short reference list of the provincial DTI's main indices, for linking a city indicator to the
 * national index: the scheme of Quyết định 405/QĐ-BKHCN ngày 03/4/2025 (which replaced 922/QĐ-BTTTT).
 * The names are those of the 922 structure; check them against 405's annex (docs/plan-lifecycle.md).
 */
export const dtiCriteria = [
  { code: 'DTI-1', name: 'Nhận thức số' },
  { code: 'DTI-2', name: 'Thể chế số' },
  { code: 'DTI-3', name: 'Hạ tầng số' },
  { code: 'DTI-4', name: 'Nhân lực số' },
  { code: 'DTI-5', name: 'An toàn thông tin mạng' },
  { code: 'DTI-6', name: 'Hoạt động chính quyền số' },
  { code: 'DTI-7', name: 'Hoạt động kinh tế số' },
  { code: 'DTI-8', name: 'Hoạt động xã hội số' },
] as const;

/** A plan's content as its editor and the copy start from (links read back as codes). */
export function planContent(plan: Pick<Plan, 'title' | 'areas' | 'objectives' | 'solutionGroups' | 'priorResults'>): PlanContent {
  return {
    title: plan.title,
    areas: plan.areas.map((area) => ({
      code: area.code,
      number: area.number,
      name: area.name,
      indicators: area.indicators.map(({ continues, ...indicator }) => ({ ...indicator, continuesCode: continues?.code ?? null })),
    })),
    objectives: plan.objectives,
    solutionGroups: plan.solutionGroups,
    priorResults: plan.priorResults,
  };
}

/** What the text import reads from an issued document (server's text-import.ts), for the officer to check. */
export const planProposalSchema = z.object({
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  areas: z.array(
    z.object({
      number: z.number().int(),
      name: z.string(),
      sentence: z.string(),
      indicators: z.array(
        z.object({
          number: z.number().int(),
          text: z.string(),
          sentence: z.string(),
          kind: z.enum(indicatorKinds),
          direction: z.enum(indicatorDirections),
          target: targetSchema,
          measureUnit: z.string(),
          confidence: z.enum(['high', 'low']),
        }),
      ),
    }),
  ),
  warnings: z.array(z.string()),
});
export type PlanProposalView = z.infer<typeof planProposalSchema>;

/** Per provincial indicator, every city indicator linked to it with the city's approved figure for a month. */
export const provinceRollupSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  month: z.number().int(),
  plan: z.object({ id: z.number().int(), title: z.string(), status: z.enum(planStatuses) }).nullable(),
  indicators: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      target: targetSchema,
      dtiCriterion: z.string().nullable(),
      contributions: z.array(
        z.object({
          city: z.object({ code: z.string(), name: z.string() }),
          code: z.string(),
          text: z.string(),
          target: targetSchema,
          /** The city's approved figure to the month, against the city's own target. */
          approved: z.object({ value: z.number().nullable(), text: z.string(), status: z.enum(achievementStatuses) }),
        }),
      ),
    }),
  ),
  /** Cities without an issued plan for the year, so the leader knows who is missing. */
  citiesWithoutPlan: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type ProvinceRollup = z.infer<typeof provinceRollupSchema>;
