// Table types. Timestamps are ISO-8601 UTC text and dates are yyyy-mm-dd text on both
// dialects, so values compare and sort the same way in SQLite and PostgreSQL; flags are 0/1.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { IndicatorDirection, IndicatorKind, MeasureType, PlanStatus, PlanVersionKind, ReportingScope, TargetComparator } from '../../common/plan.js';
import type { SessionRestriction } from '../../common/auth.js';
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
  /** Base32 TOTP secret once the second factor is on; the pending one while the user enrols. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_pending_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled_at: ColumnType<string | null, string | null | undefined, string | null>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  /** 1 after an administrator's reset: the next sign-in must choose a new password first. */
  must_change_password: ColumnType<number, number | undefined, number>;
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
  /** Until done, the session may only do this: 'change_password' or 'enrol_totp'. */
  restriction: ColumnType<SessionRestriction | null, SessionRestriction | null | undefined, SessionRestriction | null>;
  method: ColumnType<'password' | 'oidc' | null, 'password' | 'oidc' | null | undefined, never>;
  id_token: ColumnType<string | null, string | null | undefined, never>;
}

export type { SessionRestriction } from '../../common/auth.js';

export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface LoginChallengeTable {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  failures: ColumnType<number, number | undefined, number>;
}

export interface UserIdentityTable {
  id: Generated<number>;
  user_id: number;
  issuer: string;
  claim: 'sub' | 'email';
  value: string;
  created_at: string;
  created_by: number | null;
}

export interface OidcStateTable {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: string;
  expires_at: string;
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
  status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
  /** The decision that issued it (version 1); amendments carry their own in plan_versions. */
  decision_number: ColumnType<string | null, string | null | undefined, string | null>;
  decision_date: ColumnType<string | null, string | null | undefined, string | null>;
  signer: ColumnType<string | null, string | null | undefined, string | null>;
  issued_at: ColumnType<string | null, string | null | undefined, string | null>;
  issued_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** The plan this one was copied from (last year's). */
  source_plan_id: ColumnType<number | null, number | null | undefined, number | null>;
  updated_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PlanVersionTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  kind: PlanVersionKind;
  decision_number: string | null;
  decision_date: string | null;
  signer: string | null;
  effective_month: number;
  reason: string | null;
  /** JSON: PlanChange[]. */
  changes: string | null;
  retroactive: number;
  document_name: string | null;
  document_size: number | null;
  document_sha256: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface IndicatorTargetTable {
  indicator_id: number;
  version_id: number;
  from_month: number;
  text: string;
  value: number | null;
  comparator: TargetComparator;
  due_date: string | null;
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
  /** The indicator of an earlier year's plan this one carries on (trends across years). */
  continues_indicator_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The province's indicator this city indicator contributes to. */
  province_indicator_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** A criterion of the national DTI (405/QĐ-BKHCN) by code. */
  dti_criterion: ColumnType<string | null, string | null | undefined, string | null>;
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
  recovery_codes: RecoveryCodeTable;
  login_challenges: LoginChallengeTable;
  user_identities: UserIdentityTable;
  oidc_states: OidcStateTable;
  plans: PlanTable;
  plan_areas: PlanAreaTable;
  indicators: IndicatorTable;
  plan_objectives: PlanObjectiveTable;
  solution_groups: SolutionGroupTable;
  solution_items: SolutionItemTable;
  prior_results: PriorResultTable;
  plan_versions: PlanVersionTable;
  indicator_targets: IndicatorTargetTable;
}

export type UnitRow = Selectable<UnitTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type PlanRow = Selectable<PlanTable>;
export type PlanVersionRow = Selectable<PlanVersionTable>;
