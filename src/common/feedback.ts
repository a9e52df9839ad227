// Citizen field reports (phản ánh hiện trường): the contracts shared by the server and the web app.
import { z } from 'zod';
import { unitRefSchema } from './tasks.js';
import { rowId, rowIdParam } from './ids.js';

/**
 * received: waiting for the coordinator (no routing rule matched, or sent back by a unit);
 * assigned: with a unit that has not accepted yet; in_progress: accepted; resolved: answered and
 * closed; rejected: spam or out of scope, with a reason shown to the citizen; merged: a duplicate.
 */
export const fieldReportStatuses = ['received', 'assigned', 'in_progress', 'resolved', 'rejected', 'merged'] as const;
export type FieldReportStatus = (typeof fieldReportStatuses)[number];

export const fieldReportStatusLabels: Record<FieldReportStatus, string> = {
  received: 'Đã tiếp nhận, chờ phân loại',
  assigned: 'Đã chuyển đơn vị xử lý',
  in_progress: 'Đang xử lý',
  resolved: 'Đã xử lý xong',
  rejected: 'Không xử lý',
  merged: 'Đã gộp vào phản ánh khác',
};

export const openFieldReportStatuses: readonly FieldReportStatus[] = ['received', 'assigned', 'in_progress'];
export const isOpenFieldReport = (status: FieldReportStatus) => openFieldReportStatuses.includes(status);

/** Shown in the public list and on the map: decided by the coordinator or routed by a rule, not spam, not a duplicate. */
export const listedFieldReportStatuses: readonly FieldReportStatus[] = ['assigned', 'in_progress', 'resolved'];

export const fieldReportActions = [
  'filed',
  'routed',
  'assigned',
  'accepted',
  'updated',
  'transferred_back',
  'extended',
  /** The working calendar changed (a holiday year confirmed or adjusted) and the deadline moved later. */
  'rescheduled',
  'resolved',
  'rejected',
  'merged',
] as const;
export type FieldReportAction = (typeof fieldReportActions)[number];

// Open311 attribute data types (GeoReport v2).
export const attributeDatatypes = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

export const categoryAttributeSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Chữ thường, số, dấu gạch dưới'),
  /** false: an informational note, not a question. */
  variable: z.boolean().default(true),
  datatype: z.enum(attributeDatatypes),
  required: z.boolean().default(false),
  description: z.string().trim().min(1).max(300),
  datatypeDescription: z.string().trim().max(300).nullable().default(null),
  order: z.number().int().min(0).max(1000),
  values: z.array(z.object({ key: z.string().trim().min(1).max(50), name: z.string().trim().min(1).max(120) })).max(50).default([]),
});
export type CategoryAttribute = z.infer<typeof categoryAttributeSchema>;

export const fieldReportCategorySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  group: z.string().nullable(),
  keywords: z.string().nullable(),
  /** The deadline, in working days after the day of receipt. */
  slaDays: z.number().int(),
  /** Duplicate hint: same category within this distance (metres) and this many days. */
  duplicateRadiusM: z.number().int(),
  duplicateDays: z.number().int(),
  attributes: z.array(categoryAttributeSchema),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type FieldReportCategory = z.infer<typeof fieldReportCategorySchema>;

export const categoryInputSchema = z.object({
  code: z.string().trim().regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, 'Chữ hoa, số, - hoặc _ (tối đa 20)'),
  name: z.string().trim().min(2).max(120),
  description: z.string().trim().max(500).nullable().default(null),
  group: z.string().trim().max(80).nullable().default(null),
  keywords: z.string().trim().max(300).nullable().default(null),
  slaDays: z.number().int().min(1).max(60),
  duplicateRadiusM: z.number().int().min(10).max(5000).default(100),
  duplicateDays: z.number().int().min(1).max(365).default(30),
  attributes: z.array(categoryAttributeSchema).max(20).default([]),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});
export type CategoryInput = z.infer<typeof categoryInputSchema>;
export const categoryPatchSchema = categoryInputSchema.partial();
export type CategoryPatch = z.infer<typeof categoryPatchSchema>;

export const routingRuleSchema = z.object({
  id: z.number().int(),
  category: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  ward: unitRefSchema.nullable(),
  /** null: the ward (or commune) where the report is. */
  unit: unitRefSchema.nullable(),
  note: z.string().nullable(),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const routingRuleInputSchema = z.object({
  categoryId: rowId.nullable(),
  wardId: rowId.nullable(),
  unitId: rowId.nullable(),
  note: z.string().trim().max(300).nullable().default(null),
});
export type RoutingRuleInput = z.infer<typeof routingRuleInputSchema>;

export const wardLocationSchema = z.object({
  unit: unitRefSchema,
  lat: z.number(),
  lng: z.number(),
  /** The centre is an approximation, good enough to pick the nearest ward, not a survey point. */
  approximate: z.boolean(),
  /** GeoJSON Polygon or MultiPolygon once the boundaries are imported. */
  boundary: z.unknown().nullable(),
  source: z.string().nullable(),
});

export const publicConfigSchema = z.object({
  /** An OpenStreetMap-style tile URL ({z}/{x}/{y}); null: draw the wards without a base map. */
  mapTileUrl: z.string().nullable(),
  categories: z.array(fieldReportCategorySchema),
  wards: z.array(wardLocationSchema),
  maxPhotos: z.number().int(),
  maxPhotoBytes: z.number().int(),
});

const phone = z.string().trim().regex(/^\+?[0-9 .()-]{8,20}$/, 'Số điện thoại 8–20 chữ số');
const attributeValue = z.union([z.string().trim().max(1000), z.array(z.string().trim().max(200)).max(20)]);

export const fieldReportInputSchema = z.object({
  categoryId: rowId,
  description: z.string().trim().min(10).max(4000),
  address: z.string().trim().max(300).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  /** The ward the citizen chose; otherwise it is found from the point. */
  wardId: rowId.optional(),
  /** Ẩn danh: name, phone and e-mail are not kept at all. */
  anonymous: z.boolean().default(false),
  name: z.string().trim().max(100).optional(),
  phone: phone.optional(),
  email: z.email().max(200).optional(),
  attributes: z.record(z.string().max(40), attributeValue).optional(),
});
export type FieldReportInput = z.infer<typeof fieldReportInputSchema>;

export const supportInputSchema = z.object({
  name: z.string().trim().max(100).optional(),
  phone: phone.optional(),
  email: z.email().max(200).optional(),
});

export const fieldReportTimingSchema = z.object({
  /** The deadline: the end of this Vietnam day. */
  dueDate: z.string(),
  /** The deadline before the one extension, if any. */
  baselineDueDate: z.string(),
  extended: z.boolean(),
  /** Working days left after today, 0 on the due day, negative once past; null when closed. */
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  closedAt: z.string().nullable(),
  /** Resolved before the end of the due day; null until resolved. */
  closedOnTime: z.boolean().nullable(),
});

const categoryRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export const photoSchema = z.object({ id: z.number().int(), url: z.string(), stage: z.enum(['before', 'after']), width: z.number().int(), height: z.number().int() });

/** What anyone may see: no name, phone, e-mail or device, ever. */
export const publicFieldReportSchema = z.object({
  code: z.string(),
  status: z.enum(fieldReportStatuses),
  category: categoryRefSchema,
  description: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  ward: unitRefSchema.nullable(),
  unit: unitRefSchema.nullable(),
  attributes: z.record(z.string(), attributeValue),
  receivedAt: z.string(),
  updatedAt: z.string(),
  timing: fieldReportTimingSchema,
  answer: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  mergedInto: z.string().nullable(),
  supporters: z.number().int(),
  photos: z.array(photoSchema),
  demo: z.boolean(),
});
export type PublicFieldReport = z.infer<typeof publicFieldReportSchema>;

export const publicEventSchema = z.object({
  at: z.string(),
  action: z.enum(fieldReportActions),
  status: z.enum(fieldReportStatuses),
  unit: unitRefSchema.nullable(),
  note: z.string().nullable(),
});

export const trackedFieldReportSchema = publicFieldReportSchema.extend({ history: z.array(publicEventSchema) });
export type TrackedFieldReport = z.infer<typeof trackedFieldReportSchema>;

export const filedReceiptSchema = z.object({
  code: z.string(),
  status: z.enum(fieldReportStatuses),
  dueDate: z.string(),
  unit: unitRefSchema.nullable(),
  ward: unitRefSchema.nullable(),
});

export const nearbyReportSchema = publicFieldReportSchema.extend({ distanceM: z.number().int() });

/** The officers' view: adds who reported (unless anonymous), internal notes and what the user may do. */
export const staffFieldReportSchema = publicFieldReportSchema.extend({
  id: z.number().int(),
  source: z.enum(['web', 'open311']),
  wardSource: z.enum(['polygon', 'nearest', 'chosen']).nullable(),
  reporter: z.object({
    anonymous: z.boolean(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    deviceId: z.string().nullable(),
    accountId: z.string().nullable(),
  }),
  extensionReason: z.string().nullable(),
  actions: z.array(z.string()),
});
export type StaffFieldReport = z.infer<typeof staffFieldReportSchema>;

export const staffEventSchema = publicEventSchema.extend({ internalNote: z.string().nullable(), actor: z.string().nullable() });
export const staffFieldReportDetailSchema = staffFieldReportSchema.extend({ history: z.array(staffEventSchema) });

export const publicFilterSchema = z.object({
  category: rowIdParam.optional(),
  ward: rowIdParam.optional(),
  status: z.enum(fieldReportStatuses).optional(),
  /** minLng,minLat,maxLng,maxLat: the map's view. */
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'minLng,minLat,maxLng,maxLat')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const staffFilterSchema = z.object({
  status: z.enum(fieldReportStatuses).optional(),
  /** triage: the coordinator's queue (received). */
  queue: z.enum(['triage']).optional(),
  unit: rowIdParam.optional(),
  category: rowIdParam.optional(),
  ward: rowIdParam.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type StaffFilter = z.infer<typeof staffFilterSchema>;

const reason = z.string().trim().min(3).max(1000);
export const assignInputSchema = z.object({
  unitId: rowId,
  categoryId: rowId.optional(),
  wardId: rowId.optional(),
  note: z.string().trim().max(1000).optional(),
});
export const rejectInputSchema = z.object({ reason });
export const mergeInputSchema = z.object({ intoCode: z.string().trim().min(4).max(20), note: z.string().trim().max(1000).optional() });
export const updateInputSchema = z
  .object({ publicNote: z.string().trim().max(2000).optional(), internalNote: z.string().trim().max(2000).optional() })
  .refine((input) => Boolean(input.publicNote || input.internalNote), { message: 'Cần nội dung cập nhật', path: ['publicNote'] });
export const resolveInputSchema = z.object({ answer: z.string().trim().min(10).max(4000) });
export const transferBackInputSchema = z.object({ reason });
export const extendInputSchema = z.object({ workingDays: z.number().int().min(1).max(60), reason });

export const onTimeFiguresSchema = z.object({
  closed: z.number().int(),
  closedOnTime: z.number().int(),
  closedLate: z.number().int(),
  open: z.number().int(),
  openOverdue: z.number().int(),
  /** closedOnTime / closed, in %; null when nothing closed. */
  onTimeRate: z.number().nullable(),
  /** CQS-11: handled on time / every report whose deadline came (or that was closed) in the window. */
  indicatorNumerator: z.number().int(),
  indicatorDenominator: z.number().int(),
  indicatorPercent: z.number().nullable(),
});
export type OnTimeFigures = z.infer<typeof onTimeFiguresSchema>;

export const onTimeStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  city: onTimeFiguresSchema,
  byUnit: z.array(onTimeFiguresSchema.extend({ unit: unitRefSchema.nullable() })),
  byCategory: z.array(onTimeFiguresSchema.extend({ category: categoryRefSchema })),
});

export const periodOnTimeSchema = z.object({
  indicatorCode: z.literal('CQS-11'),
  period: z.object({ year: z.number().int(), month: z.number().int(), dataFrom: z.string(), dataTo: z.string() }),
  month: onTimeStatsSchema,
  /** January's window to this month's: the flow figure the plan's indicator accumulates. */
  yearToDate: z.object({ numerator: z.number().int(), denominator: z.number().int(), percent: z.number().nullable() }),
  months: z.array(z.object({ month: z.number().int(), dataFrom: z.string(), dataTo: z.string(), numerator: z.number().int(), denominator: z.number().int() })),
});

export const apiKeySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const newApiKeySchema = apiKeySchema.extend({ key: z.string() });
