// Field report rows → API shapes. The public shape is built first and never holds the reporter's
// name, phone, e-mail, device or account; the officers' shape adds them for those allowed to read.
import type { FieldReportCategory, PublicFieldReport, RoutingRule, StaffFieldReport } from '../../../common/feedback.js';
import { isOpenFieldReport } from '../../../common/feedback.js';
import type { UnitRef } from '../../../common/tasks.js';
import { type IsoDate, endOfVietnamDay } from '../../../common/vietnam-time.js';
import type { UnitRow } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { type WorkCalendar, workingDaysBetween } from '../../lib/working-days.js';
import { unitRef } from '../tasks/presenter.js';
import { fieldReportPolicy, reportResource } from './policy.js';
import type { CategoryRow, FieldReportEventRow, FieldReportPhotoRow, FieldReportRow, RoutingRuleRow, WardLocationRow } from './schema.js';
import { parseAttributeDefinitions } from './service.js';

/** What presenting a set of reports needs, loaded once per request. */
export interface ReportContext {
  now: Date;
  today: IsoDate;
  calendar: WorkCalendar;
  units: Map<number, UnitRow>;
  categories: Map<number, CategoryRow>;
  photos: Map<number, FieldReportPhotoRow[]>;
  supporters: Map<number, number>;
  /** Codes of the reports others were merged into. */
  codes: Map<number, string>;
  /** Who did what, by user id, for the officers' history. */
  people: Map<number, string>;
}

const unitOrNull = (units: Map<number, UnitRow>, id: number | null): UnitRef | null => (id === null ? null : unitRef(units, id));

export const photoUrl = (code: string, photoId: number) => `/api/field-reports/track/${code}/photos/${photoId}`;

/** The deadline has not ended yet (Vietnam time). */
export const beforeDeadline = (row: Pick<FieldReportRow, 'due_date'>, now: Date) => now < endOfVietnamDay(row.due_date);

export function timingOf(row: FieldReportRow, ctx: Pick<ReportContext, 'now' | 'today' | 'calendar'>): PublicFieldReport['timing'] {
  const open = isOpenFieldReport(row.status);
  const closedOnTime = row.status === 'resolved' && row.closed_at !== null ? new Date(row.closed_at) < endOfVietnamDay(row.due_date) : null;
  return {
    dueDate: row.due_date,
    baselineDueDate: row.baseline_due_date,
    extended: row.extended_at !== null,
    workingDaysLeft: open ? workingDaysBetween(ctx.calendar, ctx.today, row.due_date) : null,
    overdue: open && !beforeDeadline(row, ctx.now),
    closedAt: row.closed_at,
    closedOnTime,
  };
}

export function presentPublicReport(row: FieldReportRow, ctx: ReportContext): PublicFieldReport {
  const category = ctx.categories.get(row.category_id);
  return {
    code: row.code,
    status: row.status,
    category: { id: row.category_id, code: category?.code ?? '', name: category?.name ?? '' },
    description: row.description,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    ward: unitOrNull(ctx.units, row.ward_id),
    unit: unitOrNull(ctx.units, row.unit_id),
    attributes: JSON.parse(row.attributes) as Record<string, string | string[]>,
    receivedAt: row.created_at,
    updatedAt: row.updated_at,
    timing: timingOf(row, ctx),
    answer: row.answer,
    rejectionReason: row.rejection_reason,
    mergedInto: row.merged_into_id === null ? null : (ctx.codes.get(row.merged_into_id) ?? null),
    supporters: ctx.supporters.get(row.id) ?? 0,
    photos: (ctx.photos.get(row.id) ?? []).map((photo) => ({ id: photo.id, url: photoUrl(row.code, photo.id), stage: photo.stage, width: photo.width, height: photo.height })),
    demo: row.demo === 1,
  };
}

export function presentStaffReport(row: FieldReportRow, ctx: ReportContext, actor: Actor): StaffFieldReport {
  return {
    ...presentPublicReport(row, ctx),
    id: row.id,
    source: row.source,
    wardSource: row.ward_source,
    reporter: {
      anonymous: row.anonymous === 1,
      name: row.reporter_name,
      phone: row.reporter_phone,
      email: row.reporter_email,
      deviceId: row.device_id,
      accountId: row.account_id,
    },
    extensionReason: row.extension_reason,
    actions: fieldReportPolicy.actions(actor, reportResource(row, beforeDeadline(row, ctx.now))),
  };
}

export const presentPublicEvent = (event: FieldReportEventRow, units: Map<number, UnitRow>) => ({
  at: event.at,
  action: event.action,
  status: event.status,
  unit: unitOrNull(units, event.unit_id),
  note: event.public_note,
});

export const presentStaffEvent = (event: FieldReportEventRow, ctx: Pick<ReportContext, 'units' | 'people'>) => ({
  ...presentPublicEvent(event, ctx.units),
  internalNote: event.internal_note,
  actor: event.actor_id === null ? null : (ctx.people.get(event.actor_id) ?? null),
});

export const presentCategory = (row: CategoryRow): FieldReportCategory => ({
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  group: row.group_name,
  keywords: row.keywords,
  slaDays: row.sla_days,
  duplicateRadiusM: row.duplicate_radius_m,
  duplicateDays: row.duplicate_days,
  attributes: parseAttributeDefinitions(row),
  active: row.active === 1,
  sortOrder: row.sort_order,
});

export const presentRoutingRule = (rule: RoutingRuleRow, categories: Map<number, CategoryRow>, units: Map<number, UnitRow>): RoutingRule => {
  const category = rule.category_id === null ? undefined : categories.get(rule.category_id);
  return {
    id: rule.id,
    category: category ? { id: category.id, code: category.code, name: category.name } : null,
    ward: unitOrNull(units, rule.ward_id),
    unit: unitOrNull(units, rule.unit_id),
    note: rule.note,
  };
};

export const presentWardLocation = (row: WardLocationRow, units: Map<number, UnitRow>) => ({
  unit: unitRef(units, row.unit_id),
  lat: row.lat,
  lng: row.lng,
  approximate: row.approximate === 1,
  boundary: row.boundary === null ? null : (JSON.parse(row.boundary) as unknown),
  source: row.source,
});
