// Table types. Timestamps are ISO-8601 UTC text and dates are yyyy-mm-dd text on both
// dialects, so values compare and sort the same way in SQLite and PostgreSQL; flags are 0/1.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { IndicatorDirection, IndicatorKind, MeasureType, ReportingScope, TargetComparator } from '../../common/plan.js';
import type { Role, UnitKind } from '../../common/units.js';

type CreatedAt = ColumnType<string, string, never>;

export interface UnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: UnitKind;
  parent_id: number | null;
  sort_order: number;
  source: string | null;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  full_name: string;
  email: string | null;
  unit_id: number;
  role: Role;
  disabled: number;
  created_at: CreatedAt;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a leaked table does not leak sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: string;
  /** Where it was opened from and last used, for the user's list of their sessions. */
  address: string | null;
  user_agent: string | null;
  last_seen_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  /** The unit whose record changed, so the trail can be read per unit. */
  unit_id: number | null;
  entity: string;
  entity_id: string;
  action: string;
  /** JSON: { field: [before, after] }. */
  changes: string | null;
  reason: string | null;
  /** The client's address and browser, when the action came over HTTP. */
  address: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  first_failure_at: string;
  last_failure_at: string;
  locked_until: string | null;
  lockouts: ColumnType<number, number | undefined, number>;
}

export interface PlanTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  title: string;
  created_at: CreatedAt;
}

export interface PlanAreaTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  number: number;
  name: string;
}

export interface IndicatorTable {
  id: Generated<number>;
  plan_id: number;
  area_id: number;
  code: string;
  number: number;
  text: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  target_text: string;
  target_value: number | null;
  target_comparator: TargetComparator;
  target_due_date: string | null;
  measure_unit: string;
  measure_type: MeasureType;
  reporting_scope: ReportingScope;
  reporting_unit_id: number | null;
  numerator_label: string | null;
  denominator_label: string | null;
  baseline_year: number | null;
  baseline_text: string | null;
  baseline_value: number | null;
  baseline_numerator: number | null;
  baseline_denominator: number | null;
  note: string | null;
}

export interface PlanObjectiveTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  text: string;
}

export interface SolutionGroupTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  number: number;
  name: string;
}

export interface SolutionItemTable {
  id: Generated<number>;
  group_id: number;
  number: number;
  text: string;
  lead_unit_id: number | null;
}

export interface PriorResultTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  section: string;
  heading: string;
  text: string;
  value: number | null;
  value_text: string | null;
  indicator_code: string | null;
}

export interface Database {
  units: UnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  login_throttle: LoginThrottleTable;
  plans: PlanTable;
  plan_areas: PlanAreaTable;
  indicators: IndicatorTable;
  plan_objectives: PlanObjectiveTable;
  solution_groups: SolutionGroupTable;
  solution_items: SolutionItemTable;
  prior_results: PriorResultTable;
}

export type UnitRow = Selectable<UnitTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
