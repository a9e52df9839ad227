// The Operations Center (/oc): the plan at a glance per area, the alerts of late items, and the
// live events that tell open screens to refresh. Contracts shared by the server and the web app.
import { z } from 'zod';
import { achievementCountsSchema, publicIndicatorSchema } from './public.js';
import { achievementStatuses, periodSchema } from './reporting.js';

export const ocQuerySchema = z.object({
  /** A province's staff name the city; everyone else gets their own. */
  city: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
});
export type OcQuery = z.infer<typeof ocQuerySchema>;

/**
 * A set of indicators summed up. The achievement is the share of them that are met or on track
 * (đạt + đúng tiến độ) out of all of them, those without figures included; null when there are none.
 */
export const standingSchema = z.object({
  counts: achievementCountsSchema,
  total: z.number().int(),
  achievementPercent: z.number().nullable(),
});
export type Standing = z.infer<typeof standingSchema>;

/** The same indicator or area in a period compared with. */
export const pastStatusSchema = z.object({ status: z.enum(achievementStatuses), value: z.number().nullable() });

/** The approved stage only (as the public view): the OC shows the city's official standing. */
export const ocIndicatorSchema = publicIndicatorSchema.extend({
  previous: pastStatusSchema.nullable(),
  lastYear: pastStatusSchema.nullable(),
});
export type OcIndicator = z.infer<typeof ocIndicatorSchema>;

export const ocAreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  standing: standingSchema,
  /** Null when that period has no plan or no such area. */
  previous: standingSchema.nullable(),
  lastYear: standingSchema.nullable(),
  indicators: z.array(ocIndicatorSchema),
});
export type OcArea = z.infer<typeof ocAreaSchema>;

const comparedPeriodSchema = z.object({ year: z.number().int(), month: z.number().int(), standing: standingSchema.nullable() });

export const ocOverviewSchema = z.object({
  period: periodSchema,
  /** Statuses are those of approved figures: what the city officially stands at. */
  standing: standingSchema,
  previous: comparedPeriodSchema,
  lastYear: comparedPeriodSchema,
  areas: z.array(ocAreaSchema),
  generatedAt: z.string(),
});
export type OcOverview = z.infer<typeof ocOverviewSchema>;

export const alertKinds = [
  'report_missing',
  'report_returned',
  'task_overdue',
  'task_due_soon',
  'directive_overdue',
  'directive_due_soon',
  'field_report_overdue',
  'field_report_due_soon',
  'indicator_at_risk',
] as const;
export type AlertKind = (typeof alertKinds)[number];

/** critical: past its deadline; warning: the deadline is near, or an indicator turned at risk. */
export const alertSeverities = ['critical', 'warning'] as const;
export type AlertSeverity = (typeof alertSeverities)[number];

export const alertSchema = z.object({
  /** kind:record id, stable across refreshes. */
  id: z.string(),
  kind: z.enum(alertKinds),
  severity: z.enum(alertSeverities),
  /** The report's unit, the task's title, the indicator's text… */
  subject: z.string(),
  /** A code to show with it: the unit's, the task's, the indicator's, the field report's. */
  code: z.string().nullable(),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** When it began: the report returned, the deadline passed, the period's data ended (ISO instant). */
  since: z.string(),
  /** Its deadline (ISO instant: the end of the due day in Vietnam). */
  due: z.string().nullable(),
  /** Whole days past the deadline; 0 when not yet due. */
  daysLate: z.number().int(),
  /** Hours left before the deadline, for items not yet due. */
  hoursLeft: z.number().int().nullable(),
  /** Where the item is on the web app. */
  link: z.string(),
});
export type Alert = z.infer<typeof alertSchema>;

/** At most this many alerts are listed; `total` and `byKind` count them all. */
export const MAX_ALERTS = 100;

export const ocAlertsSchema = z.object({
  period: periodSchema,
  total: z.number().int(),
  byKind: z.object(Object.fromEntries(alertKinds.map((kind) => [kind, z.number().int()])) as Record<AlertKind, z.ZodNumber>),
  alerts: z.array(alertSchema),
  generatedAt: z.string(),
});
export type OcAlerts = z.infer<typeof ocAlertsSchema>;

/** What happened, for open screens to refresh; no record data travels with it. */
export const domainEventTypes = [
  'figures.approved',
  'figures.reopened',
  'report.submitted',
  'report.returned',
  'task.changed',
  'plan.changed',
  'task.completed',
  'directive.changed',
  'directive.completed',
  'fieldReport.filed',
  'fieldReport.changed',
  'fieldReport.closed',
] as const;
export type DomainEventType = (typeof domainEventTypes)[number];

export interface DomainEvent {
  type: DomainEventType;
  at: string;
  /** The reporting month a report's event is about. */
  period?: { year: number; month: number };
}
