// Which plan and which of its versions a month of reporting follows: only an issued plan is reported
// against, and a month reads each indicator's target from the latest version in force at that month,
// so figures approved under the original plan keep its targets after an amendment.
import type { Target, VersionRef } from '../../../common/plan.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';

/** The city's issued plan for a year, or undefined (none, or still a draft). */
export const findIssuedPlan = (db: Db, unitId: number, year: number) =>
  db.selectFrom('plans').select(['id', 'year', 'unit_id']).where('unit_id', '=', unitId).where('year', '=', year).where('status', '=', 'issued').executeTakeFirst();

/** The same, or 404 "Chưa có kế hoạch năm … được ban hành". */
export async function issuedPlanId(db: Db, unitId: number, year: number): Promise<number> {
  const plan = await findIssuedPlan(db, unitId, year);
  if (!plan) throw notFound({ vi: `kế hoạch năm ${year} đã ban hành`, en: `Issued plan for ${year}` });
  return plan.id;
}


/** The version a month follows: the latest whose first month is at or before it (null for a draft). */
export async function versionInForce(db: Db, planId: number, month: number): Promise<VersionRef | null> {
  const row = await db
    .selectFrom('plan_versions')
    .select(['number', 'kind', 'decision_number', 'decision_date', 'effective_month'])
    .where('plan_id', '=', planId)
    .where('effective_month', '<=', month)
    .orderBy('effective_month', 'desc')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  return row ? { number: row.number, kind: row.kind, decisionNumber: row.decision_number, decisionDate: row.decision_date, effectiveMonth: row.effective_month } : null;
}

/** Each indicator's target in force in a month of the plan's year, by indicator id; an indicator added from a later month is absent. */
export async function targetsInForce(db: Db, planId: number, month: number): Promise<Map<number, Target>> {
  // Amendments take effect in order (none starts before the one before it), so the last row per
  // indicator in (month, version) order is the one in force.
  const rows = await db
    .selectFrom('indicator_targets')
    .innerJoin('plan_versions', 'plan_versions.id', 'indicator_targets.version_id')
    .select(['indicator_targets.indicator_id', 'indicator_targets.text', 'indicator_targets.value', 'indicator_targets.comparator', 'indicator_targets.due_date'])
    .where('plan_versions.plan_id', '=', planId)
    .where('indicator_targets.from_month', '<=', month)
    .orderBy('indicator_targets.from_month')
    .orderBy('plan_versions.number')
    .execute();
  const targets = new Map<number, Target>();
  for (const row of rows) targets.set(row.indicator_id, { text: row.text, value: row.value, comparator: row.comparator, dueDate: row.due_date });
  return targets;
}
