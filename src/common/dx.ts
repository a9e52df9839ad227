// The wards' digital-transformation index (chỉ số chuyển đổi số, DX): contracts shared by the
// server and the web app. A score out of 1000 over the plan's 8 solution pillars; every point
// can be traced to the figures that made it.
import { z } from 'zod';
import { indicatorKinds, targetSchema } from './plan.js';
import { achievementStatuses, submissionStatuses } from './reporting.js';
import { itemStatuses, unitRefSchema } from './tasks.js';
import { fieldReportStatuses } from './feedback.js';

/** The plan's 8 solution groups, in its order: nhận thức số … xã hội số. */
export const dxPillarCodes = ['NTS', 'TCS', 'HTS', 'NLS', 'ATTT', 'CQS', 'KTS', 'XHS'] as const;
export type DxPillarCode = (typeof dxPillarCodes)[number];
export const dxPillarNames: Record<DxPillarCode, string> = {
  NTS: 'Nhận thức số',
  TCS: 'Thể chế số',
  HTS: 'Hạ tầng số',
  NLS: 'Nhân lực số',
  ATTT: 'An toàn, an ninh thông tin',
  CQS: 'Chính quyền số',
  KTS: 'Kinh tế số',
  XHS: 'Xã hội số',
};

/** An indicator the wards report, or one of the two figures the system measures itself. */
export const dxComponentKinds = ['indicator', 'reporting_timeliness', 'field_report_on_time'] as const;
export type DxComponentKind = (typeof dxComponentKinds)[number];

/** The points the pillars' weights add up to. */
export const DX_TOTAL_POINTS = 1000;

/**
 * Splits `total` whole units among weights by the largest remainder, so the parts always add up
 * to the total (three equal thirds of 1000 tenths are 334 + 333 + 333, never 999).
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** Each component's greatest points: the pillar's points shared by weight, in whole tenths. */
export const componentMaxPoints = (pillarWeight: number, weights: number[]): number[] => apportion(pillarWeight * 10, weights).map((tenths) => tenths / 10);

export const dxComponentWeightSchema = z.object({
  kind: z.enum(dxComponentKinds),
  indicatorCode: z.string().trim().min(1).max(20).nullable(),
  /** Relative within the pillar: a component earns pillar weight × weight / Σ weights at 100 %. */
  weight: z.number().min(0, 'Trọng số không được âm.').max(1000),
});
export type DxComponentWeight = z.infer<typeof dxComponentWeightSchema>;

export const dxWeightsInputSchema = z.object({
  pillars: z
    .array(
      z.object({
        code: z.enum(dxPillarCodes),
        weight: z.number().int('Điểm của trụ cột là số nguyên.').min(0, 'Điểm của trụ cột không được âm.').max(DX_TOTAL_POINTS),
        components: z.array(dxComponentWeightSchema).max(40),
      }),
    )
    .length(dxPillarCodes.length, 'Cần đủ 8 trụ cột.'),
});
export type DxWeightsInput = z.infer<typeof dxWeightsInputSchema>;

export const dxWeightsSchema = z.object({
  pillars: z.array(
    z.object({
      code: z.enum(dxPillarCodes),
      name: z.string(),
      weight: z.number(),
      components: z.array(dxComponentWeightSchema.extend({ label: z.string(), maxPoints: z.number() })),
    }),
  ),
  /** The indicators the wards report in the year's plan: what a component may name. */
  indicators: z.array(z.object({ code: z.string(), text: z.string() })),
  updatedAt: z.string().nullable(),
  canEdit: z.boolean(),
});
export type DxWeights = z.infer<typeof dxWeightsSchema>;

/** One component's figures and points: nothing is hidden. Points are multiples of 0.1. */
export const dxComponentScoreSchema = z.object({
  kind: z.enum(dxComponentKinds),
  indicatorCode: z.string().nullable(),
  indicatorKind: z.enum(indicatorKinds).nullable(),
  label: z.string(),
  weight: z.number(),
  maxPoints: z.number(),
  /** The figure as a percentage (year to date; stock figures: the latest month). */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** For "17/17 phường, xã" indicators: whether the ward meets it. */
  met: z.boolean().nullable(),
  target: z.number().nullable(),
  /** value / target × 100, capped at 100; null without data. */
  achievement: z.number().nullable(),
  points: z.number(),
  /** No figure: the component scores 0 ("chưa có số liệu"). */
  noData: z.boolean(),
});
export type DxComponentScore = z.infer<typeof dxComponentScoreSchema>;

export const dxPillarScoreSchema = z.object({
  code: z.enum(dxPillarCodes),
  name: z.string(),
  weight: z.number(),
  points: z.number(),
  components: z.array(dxComponentScoreSchema),
});
export type DxPillarScore = z.infer<typeof dxPillarScoreSchema>;

const periodRef = z.object({ year: z.number().int(), month: z.number().int() });

export const dxRankingSchema = z.object({
  year: z.number().int(),
  month: z.number().int(),
  previous: periodRef.nullable(),
  city: z.object({ unit: unitRefSchema, total: z.number(), previousTotal: z.number().nullable() }),
  wards: z.array(
    z.object({
      unit: unitRefSchema,
      total: z.number(),
      /** Equal scores share a rank (1, 2, 2, 4). */
      rank: z.number().int(),
      previousTotal: z.number().nullable(),
      previousRank: z.number().int().nullable(),
      pillars: z.array(z.object({ code: z.enum(dxPillarCodes), points: z.number() })),
    }),
  ),
});
export type DxRanking = z.infer<typeof dxRankingSchema>;

export const dxExplanationSchema = z.object({
  year: z.number().int(),
  month: z.number().int(),
  unit: unitRefSchema,
  /** Null for the city's own index. */
  rank: z.number().int().nullable(),
  wardCount: z.number().int(),
  total: z.number(),
  previousTotal: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  pillars: z.array(dxPillarScoreSchema),
});
export type DxExplanation = z.infer<typeof dxExplanationSchema>;

/** What the Operations Center's ward map colours the wards by. */
export const wardMeasuresSchema = z.object({
  year: z.number().int(),
  month: z.number().int(),
  wards: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      dxScore: z.number().nullable(),
      dxRank: z.number().int().nullable(),
      /** Share of this year's due monthly reports submitted on time, 0..1. */
      completeness: z.number().nullable(),
      /** Field reports closed on time / closed, 0..1. */
      onTimeRate: z.number().nullable(),
      openFieldReports: z.number().int(),
    }),
  ),
});
export type WardMeasures = z.infer<typeof wardMeasuresSchema>;

export const wardOverviewSchema = z.object({
  year: z.number().int(),
  month: z.number().int(),
  unit: unitRefSchema,
  dx: z.object({ total: z.number(), rank: z.number().int(), wardCount: z.number().int() }),
  indicators: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      kind: z.enum(indicatorKinds),
      measureUnit: z.string(),
      target: targetSchema,
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      status: z.enum(achievementStatuses),
    }),
  ),
  reports: z.array(
    z.object({
      month: z.number().int(),
      dueDate: z.string(),
      state: z.enum([...submissionStatuses, 'missing']),
      firstSubmittedAt: z.string().nullable(),
      /** Days after the due day (0: on time); null while not sent and not yet due. */
      daysLate: z.number().int().nullable(),
    }),
  ),
  tasks: z.array(
    z.object({
      id: z.number().int(),
      code: z.string().nullable(),
      title: z.string(),
      lead: z.boolean(),
      status: z.enum(itemStatuses),
      dueDate: z.string(),
      overdue: z.boolean(),
      delayDays: z.number().int(),
    }),
  ),
  directives: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      status: z.enum(itemStatuses),
      dueDate: z.string().nullable(),
      overdue: z.boolean(),
      delayDays: z.number().int(),
    }),
  ),
  fieldReports: z.object({
    closed: z.number().int(),
    closedOnTime: z.number().int(),
    open: z.number().int(),
    openOverdue: z.number().int(),
    /** Percent, as the field-report statistics give it. */
    onTimeRate: z.number().nullable(),
    recent: z.array(
      z.object({
        code: z.string(),
        category: z.string(),
        status: z.enum(fieldReportStatuses),
        receivedAt: z.string(),
        dueDate: z.string(),
        overdue: z.boolean(),
        closedOnTime: z.boolean().nullable(),
      }),
    ),
  }),
  rankHistory: z.array(z.object({ month: z.number().int(), total: z.number(), rank: z.number().int() })),
});
export type WardOverview = z.infer<typeof wardOverviewSchema>;
