// The plan as data: loading a city's plan for a year, and writing one from its seed.
import type { Plan, PlanSeed } from '../../../common/plan.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import { presentPlan } from './presenter.js';

export const listPlans = (db: Db) =>
  db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.unit_id')
    .select(['plans.id', 'plans.year', 'plans.title', 'units.code as unitCode', 'units.name as unitName'])
    // In findPlanId's order, so the first listed is the plan /plan gives when asked for none (the web header's city).
    .orderBy('units.sort_order')
    .orderBy('units.id')
    .orderBy('plans.year', 'desc')
    .execute();

/** A city's plan for a year; without a city, the first city's; without a year, its latest. */
export async function findPlanId(db: Db, selector: { unitCode?: string | undefined; year?: number | undefined }): Promise<number> {
  let query = db.selectFrom('plans').innerJoin('units', 'units.id', 'plans.unit_id').select('plans.id');
  if (selector.unitCode) query = query.where('units.code', '=', selector.unitCode);
  if (selector.year) query = query.where('plans.year', '=', selector.year);
  const row = await query.orderBy('units.sort_order').orderBy('units.id').orderBy('plans.year', 'desc').executeTakeFirst();
  if (!row) throw notFound({ vi: 'kế hoạch', en: 'Plan' });
  return row.id;
}

export async function getPlan(db: Db, planId: number): Promise<Plan> {
  const plan = await db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.unit_id')
    .select(['plans.id', 'plans.year', 'plans.title', 'units.code as unitCode', 'units.name as unitName'])
    .where('plans.id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw notFound({ vi: 'kế hoạch', en: 'Plan' });
  const [areas, indicators, objectives, groups, items, priorResults, units] = await Promise.all([
    db.selectFrom('plan_areas').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    db.selectFrom('indicators').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    db.selectFrom('plan_objectives').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    db.selectFrom('solution_groups').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    db
      .selectFrom('solution_items')
      .innerJoin('solution_groups', 'solution_groups.id', 'solution_items.group_id')
      .selectAll('solution_items')
      .where('solution_groups.plan_id', '=', planId)
      .orderBy('solution_items.number')
      .execute(),
    db.selectFrom('prior_results').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    db.selectFrom('units').select(['id', 'code', 'name']).execute(),
  ]);
  return presentPlan({ plan, areas, indicators, objectives, groups, items, priorResults, units });
}

/** Writes a plan from its seed unless the city already has one for that year (seeding is idempotent). */
export async function seedPlan(db: Db, seed: PlanSeed, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const units = await trx.selectFrom('units').select(['id', 'code']).execute();
    const unitId = (code: string | null) => {
      if (code === null) return null;
      const unit = units.find((candidate) => candidate.code === code);
      if (!unit) throw new Error(`Plan seed names unknown unit ${code}`);
      return unit.id;
    };
    const cityId = unitId(seed.unitCode);
    if (cityId === null) throw new Error('Plan seed has no unit');
    const existing = await trx
      .selectFrom('plans')
      .select('id')
      .where('unit_id', '=', cityId)
      .where('year', '=', seed.year)
      .executeTakeFirst();
    if (existing) return;
    const plan = await trx
      .insertInto('plans')
      .values({ unit_id: cityId, year: seed.year, title: seed.title, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    let indicatorNumber = 0;
    for (const area of seed.areas) {
      const areaRow = await trx
        .insertInto('plan_areas')
        .values({ plan_id: plan.id, code: area.code, number: area.number, name: area.name })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const indicator of area.indicators) {
        indicatorNumber += 1;
        await trx
          .insertInto('indicators')
          .values({
            plan_id: plan.id,
            area_id: areaRow.id,
            code: indicator.code,
            number: indicatorNumber,
            text: indicator.text,
            kind: indicator.kind,
            direction: indicator.direction,
            target_text: indicator.target.text,
            target_value: indicator.target.value,
            target_comparator: indicator.target.comparator,
            target_due_date: indicator.target.dueDate,
            measure_unit: indicator.measureUnit,
            measure_type: indicator.measureType,
            reporting_scope: indicator.reportingScope,
            reporting_unit_id: unitId(indicator.reportingUnitCode),
            numerator_label: indicator.numeratorLabel,
            denominator_label: indicator.denominatorLabel,
            baseline_year: indicator.baseline?.year ?? null,
            baseline_text: indicator.baseline?.text ?? null,
            baseline_value: indicator.baseline?.value ?? null,
            baseline_numerator: indicator.baseline?.numerator ?? null,
            baseline_denominator: indicator.baseline?.denominator ?? null,
            note: indicator.note,
          })
          .execute();
      }
    }
    if (seed.objectives.length > 0) {
      await trx
        .insertInto('plan_objectives')
        .values(seed.objectives.map((objective) => ({ plan_id: plan.id, number: objective.number, text: objective.text })))
        .execute();
    }
    for (const group of seed.solutionGroups) {
      const groupRow = await trx
        .insertInto('solution_groups')
        .values({ plan_id: plan.id, code: group.code, number: group.number, name: group.name })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (group.items.length === 0) continue;
      await trx
        .insertInto('solution_items')
        .values(
          group.items.map((item) => ({
            group_id: groupRow.id,
            number: item.number,
            text: item.text,
            lead_unit_id: unitId(item.leadUnitCode),
          })),
        )
        .execute();
    }
    if (seed.priorResults.length > 0) {
      await trx
        .insertInto('prior_results')
        .values(
          seed.priorResults.map((result, index) => ({
            plan_id: plan.id,
            number: index + 1,
            section: result.section,
            heading: result.heading,
            text: result.text,
            value: result.value,
            value_text: result.valueText,
            indicator_code: result.indicatorCode,
          })),
        )
        .execute();
    }
  });
}
