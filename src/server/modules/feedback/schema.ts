// Field report tables (see migrations/20241104000000_field_reports.ts), added to the Database type.
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { FieldReportAction, FieldReportStatus } from '../../../common/feedback.js';

type CreatedAt = ColumnType<string, string, never>;

export interface WardLocationTable {
  unit_id: number;
  lat: number;
  lng: number;
  approximate: number;
  /** GeoJSON geometry (Polygon or MultiPolygon) as text, once imported. */
  boundary: string | null;
  source: string | null;
  updated_at: string;
}

export interface FieldReportCategoryTable {
  id: Generated<number>;
  city_id: number;
  /** Also the Open311 service_code. */
  code: string;
  name: string;
  description: string | null;
  group_name: string | null;
  keywords: string | null;
  sla_days: number;
  duplicate_radius_m: number;
  duplicate_days: number;
  /** JSON: CategoryAttribute[] (Open311 service definition). */
  attributes: string;
  active: number;
  sort_order: number;
  created_at: CreatedAt;
  updated_at: string;
}

export interface RoutingRuleTable {
  id: Generated<number>;
  city_id: number;
  /** null: any category. */
  category_id: number | null;
  /** null: any ward. */
  ward_id: number | null;
  /** null: the ward where the report is. */
  unit_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export type WardSource = 'polygon' | 'nearest' | 'chosen';

export interface FieldReportTable {
  id: Generated<number>;
  city_id: number;
  /** The tracking code given to the citizen, also the Open311 service_request_id. */
  code: string;
  /** The Open311 token. */
  token: string;
  category_id: number;
  description: string | null;
  address: string | null;
  address_id: string | null;
  lat: number | null;
  lng: number | null;
  ward_id: number | null;
  ward_source: WardSource | null;
  /** The unit handling it; null while in the coordinator's queue. */
  unit_id: number | null;
  status: FieldReportStatus;
  /** JSON: { code: value | values }. */
  attributes: string;
  media_url: string | null;
  anonymous: number;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_email: string | null;
  device_id: string | null;
  account_id: string | null;
  source: 'web' | 'open311';
  api_key_id: number | null;
  sla_days: number;
  due_date: string;
  baseline_due_date: string;
  extended_at: string | null;
  extended_by: number | null;
  /** The extension in working days (null: granted before it was kept, counted from the dates). */
  extension_days: number | null;
  extension_reason: string | null;
  verified_at: string | null;
  verified_by: number | null;
  accepted_at: string | null;
  /** When it was resolved, rejected or merged. */
  closed_at: string | null;
  answer: string | null;
  rejection_reason: string | null;
  merged_into_id: number | null;
  demo: number;
  created_at: CreatedAt;
  updated_at: string;
}

export interface FieldReportEventTable {
  id: Generated<number>;
  report_id: number;
  at: string;
  action: FieldReportAction;
  /** The status after the event. */
  status: FieldReportStatus;
  unit_id: number | null;
  actor_id: number | null;
  /** Shown to the citizen. */
  public_note: string | null;
  /** Seen by officers only. */
  internal_note: string | null;
}

export interface FieldReportPhotoTable {
  id: Generated<number>;
  report_id: number;
  /** before: the citizen's; after: the unit's, with the answer. */
  stage: 'before' | 'after';
  sha256: string;
  media_type: string;
  size: number;
  width: number;
  height: number;
  uploaded_by: number | null;
  created_at: CreatedAt;
}

export interface FieldReportSupporterTable {
  id: Generated<number>;
  report_id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  created_at: CreatedAt;
}

declare module '../../db/schema.js' {
  interface Database {
    ward_locations: WardLocationTable;
    field_report_categories: FieldReportCategoryTable;
    field_report_routing_rules: RoutingRuleTable;
    field_reports: FieldReportTable;
    field_report_events: FieldReportEventTable;
    field_report_photos: FieldReportPhotoTable;
    field_report_supporters: FieldReportSupporterTable;
  }
}

export type WardLocationRow = Selectable<WardLocationTable>;
export type CategoryRow = Selectable<FieldReportCategoryTable>;
export type RoutingRuleRow = Selectable<RoutingRuleTable>;
export type FieldReportRow = Selectable<FieldReportTable>;
export type FieldReportEventRow = Selectable<FieldReportEventTable>;
export type FieldReportPhotoRow = Selectable<FieldReportPhotoTable>;
