// The plan as data: which plans exist and which one a screen opens on, a plan as the API gives it,
// what a plan may name (its units, last year's indicators, the province's), and the seed path.
import { type Plan, type PlanContent, type PlanDetail, type PlanSeed, type PlanSummary, planContentSchema } from '../../../common/plan.js';
import type { UnitKind } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import type { PlanRow } from '../../db/schema.js';
import { AppError, type Localized, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { ancestorsOf, countGrassrootsUnits, findUnitById, jurisdictionOf, listUnits } from '../units/service.js';
import type { ContentRefs } from './content.js';
import { writePlanContent } from './content.js';
import { recordIssue } from './issue.js';
import { planPolicy } from './policy.js';
import { type LinkedIndicators, presentPlan } from './presenter.js';
import { type PlanCheckContext, type PlanIssue, checkPlanContent, issueField } from './validation.js';

type Listed = Omit<PlanSummary, 'current'> & { unitId: number; unitOrder: number };

/**
 * The plan a city's screens open on: this year's issued plan, else the latest issued before it, else
 * the first issued after it (a city that installs in December with next year's plan already issued).
 */
export function currentPlanOf<P extends { year: number; status: PlanSummary['status'] }>(plans: P[], year: number): P | undefined {
  const issued = plans.filter((plan) => plan.status === 'issued');
  return issued.find((plan) => plan.year === year) ?? issued.filter((plan) => plan.year < year).sort((a, b) => b.year - a.year)[0] ?? issued.sort((a, b) => a.year - b.year)[0];
}

/**
 * Every issued plan, and the drafts of the units the actor works within; cities before the province,
 * each unit's latest year first. The first listed is a visitor's default (the header's city).
 */
export async function listPlans(db: Db, actor: Pick<Actor, 'jurisdiction'> | null, year: number): Promise<PlanSummary[]> {
  const rows = await db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.unit_id')
    .leftJoin(
      (eb) => eb.selectFrom('plan_versions').select(['plan_id', (v) => v.fn.max<number>('number').as('latest')]).groupBy('plan_id').as('v'),
      (join) => join.onRef('v.plan_id', '=', 'plans.id'),
    )
    .select([
      'plans.id',
      'plans.year',
      'plans.title',
      'plans.status',
      'plans.decision_number as decisionNumber',
      'plans.unit_id as unitId',
      'units.code as unitCode',
      'units.name as unitName',
      'units.kind as unitKind',
      'units.sort_order as unitOrder',
      'v.latest',
    ])
    .execute();
  const visible: Listed[] = rows
    .filter((row) => row.status === 'issued' || (actor !== null && actor.jurisdiction.has(row.unitId)))
    .map(({ latest, ...row }) => ({ ...row, version: latest ?? 0 }));
  const rank = (kind: UnitKind) => (kind === 'city' ? 0 : 1);
  visible.sort((a, b) => rank(a.unitKind) - rank(b.unitKind) || a.unitOrder - b.unitOrder || a.unitId - b.unitId || b.year - a.year);
  const current = new Set<number>();
  for (const unitId of new Set(visible.map((plan) => plan.unitId))) {
    const chosen = currentPlanOf(
      visible.filter((plan) => plan.unitId === unitId),
      year,
    );
    if (chosen) current.add(chosen.id);
  }
  return visible.map(({ unitId: _unitId, unitOrder: _unitOrder, ...plan }) => ({ ...plan, current: current.has(plan.id) }));
}

/**
 * A unit's plan for a year; without a unit, the first city's; without a year, the unit's current
 * (issued) plan, or, for those who may see its drafts, its latest draft.
 */
export async function findPlanId(db: Db, actor: Pick<Actor, 'jurisdiction'> | null, selector: { unitCode?: string | undefined; year?: number | undefined }, today: number): Promise<number> {
  const plans = (await listPlans(db, actor, today)).filter((plan) => selector.unitCode === undefined || plan.unitCode === selector.unitCode);
  const unitCode = selector.unitCode ?? plans[0]?.unitCode;
  const ofUnit = plans.filter((plan) => plan.unitCode === unitCode);
  const chosen = selector.year === undefined ? (ofUnit.find((plan) => plan.current) ?? ofUnit[0]) : ofUnit.find((plan) => plan.year === selector.year);
  if (!chosen) throw notFound({ vi: 'kế hoạch', en: 'Plan' });
  return chosen.id;
}

export async function findPlanRow(db: Db, planId: number): Promise<PlanRow> {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound({ vi: 'kế hoạch', en: 'Plan' });
  return plan;
}

export async function getPlan(db: Db, planId: number): Promise<Plan> {
  const plan = await db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.unit_id')
    .leftJoin('plans as source', 'source.id', 'plans.source_plan_id')
    .select([
      'plans.id',
      'plans.year',
      'plans.title',
      'plans.status',
      'source.id as sourceId',
      'source.year as sourceYear',
      'units.code as unitCode',
      'units.name as unitName',
      'units.kind as unitKind',
    ])
    .where('plans.id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw notFound({ vi: 'kế hoạch', en: 'Plan' });
  const [areas, indicators, objectives, groups, items, priorResults, versions, units] = await Promise.all([
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
    db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    db.selectFrom('units').select(['id', 'code', 'name']).execute(),
  ]);
  return presentPlan({ plan, areas, indicators, objectives, groups, items, priorResults, versions, linked: await linkedIndicators(db, indicators), units });
}

/** The signed document of a version. */
export async function versionDocument(db: Db, planId: number, number: number): Promise<{ fileName: string; sha256: string }> {
  const version = await db.selectFrom('plan_versions').select(['document_name', 'document_sha256']).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  if (!version?.document_name || !version.document_sha256) throw notFound({ vi: 'văn bản', en: 'Document' });
  return { fileName: version.document_name, sha256: version.document_sha256 };
}

/** A plan with what the actor may do with it; a draft outside the actor's reach "does not exist" (404). */
export async function planDetail(db: Db, actor: Actor | null, planId: number): Promise<PlanDetail> {
  const plan = await getPlan(db, planId);
  const row = await findPlanRow(db, planId);
  const unit = await findUnitById(db, row.unit_id);
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  const resource = { unitId: unit.id, unitKind: unit.kind, status: plan.status };
  if (plan.status === 'draft' && (!actor || !planPolicy.allow(actor, 'read', resource))) throw notFound({ vi: 'kế hoạch', en: 'Plan' });
  return { ...plan, actions: actor ? planPolicy.actions(actor, resource) : [] };
}

async function linkedIndicators(db: Db, indicators: { continues_indicator_id: number | null; province_indicator_id: number | null }[]): Promise<LinkedIndicators> {
  const ids = indicators.flatMap((row) => [row.continues_indicator_id, row.province_indicator_id]).filter((id): id is number => id !== null);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('indicators')
    .innerJoin('plans', 'plans.id', 'indicators.plan_id')
    .select(['indicators.id', 'indicators.code', 'plans.year'])
    .where('indicators.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, { code: row.code, year: row.year }]));
}

/** The plan an indicator may carry on: the one it was copied from, else the unit's latest of an earlier year. */
export async function continuationPlan(db: Db, plan: Pick<PlanRow, 'unit_id' | 'year' | 'source_plan_id'>) {
  let query = db.selectFrom('plans').select(['id', 'year']).where('unit_id', '=', plan.unit_id);
  query = plan.source_plan_id === null ? query.where('year', '<', plan.year).orderBy('year', 'desc') : query.where('id', '=', plan.source_plan_id);
  return query.executeTakeFirst();
}

const codesToIds = async (db: Db, planId: number | undefined) =>
  planId === undefined ? new Map<string, number>() : new Map((await db.selectFrom('indicators').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((row) => [row.code, row.id]));

/** What a plan's content is checked against and what its codes resolve to. */
export async function planSetting(db: Db, plan: Pick<PlanRow, 'unit_id' | 'year' | 'source_plan_id'>): Promise<{ context: PlanCheckContext; refs: ContentRefs }> {
  const units = await listUnits(db);
  const owner = units.find((unit) => unit.id === plan.unit_id);
  if (!owner) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  const province = ancestorsOf(units, owner.id)
    .map((id) => units.find((unit) => unit.id === id))
    .find((unit) => unit?.kind === 'province' && unit.id !== owner.id);
  const provincePlan = province && (await db.selectFrom('plans').select('id').where('unit_id', '=', province.id).where('year', '=', plan.year).executeTakeFirst());
  const [continuable, provincial] = await Promise.all([codesToIds(db, (await continuationPlan(db, plan))?.id), codesToIds(db, provincePlan?.id)]);
  const inReach = jurisdictionOf(units, owner.id);
  const named = units.filter((unit) => inReach.has(unit.id));
  return {
    context: {
      year: plan.year,
      owner: { id: owner.id, kind: owner.kind },
      units: new Map(named.map((unit) => [unit.code, { id: unit.id, kind: unit.kind, parentId: unit.parent_id }])),
      grassroots: owner.kind === 'city' ? await countGrassrootsUnits(db, owner.id) : null,
      continuable: new Set(continuable.keys()),
      provincial: new Set(provincial.keys()),
    },
    refs: { units: new Map(named.map((unit) => [unit.code, unit.id])), continuable, provincial },
  };
}

/** A 400 listing every problem, each under its field (areas.0.indicators.3.target.value). */
export function invalidPlan(issues: PlanIssue[], summary?: Localized): AppError {
  const fields: Record<string, Localized> = {};
  for (const issue of issues) fields[issueField(issue)] ??= issue.message;
  const first = issues[0]?.message;
  return new AppError('VALIDATION', {
    message: summary ?? {
      vi: `Kế hoạch có ${issues.length} lỗi cần sửa${first ? `, ví dụ: ${first.vi}` : '.'}`,
      en: `The plan has ${issues.length} problem(s) to fix${first ? `, e.g.: ${first.en}` : '.'}`,
    },
    fields,
  });
}

/** Checks the content (400 with every problem) and writes it. */
export async function checkAndWrite(trx: Db, plan: PlanRow, content: PlanContent, now: Date): Promise<Map<string, number>> {
  const { context, refs } = await planSetting(trx, plan);
  const issues = checkPlanContent(content, context);
  if (issues.length > 0) throw invalidPlan(issues);
  return writePlanContent(trx, plan.id, content, refs, now);
}

/**
 * Writes a plan from its seed, through the same check as every other path, and issues it as the
 * seed says, unless the unit already has a plan for that year (seeding is idempotent, edits are kept).
 */
export async function seedPlan(db: Db, seed: PlanSeed, now: Date): Promise<void> {
  const content = planContentSchema.parse(seed);
  await db.transaction().execute(async (trx) => {
    const unit = await trx.selectFrom('units').select('id').where('code', '=', seed.unitCode).executeTakeFirst();
    if (!unit) throw new Error(`Plan seed names unknown unit ${seed.unitCode}`);
    const existing = await trx.selectFrom('plans').select('id').where('unit_id', '=', unit.id).where('year', '=', seed.year).executeTakeFirst();
    if (existing) return;
    const { id } = await trx
      .insertInto('plans')
      .values({ unit_id: unit.id, year: seed.year, title: content.title, status: 'draft', created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = await findPlanRow(trx, id);
    try {
      await checkAndWrite(trx, plan, content, now);
    } catch (error) {
      if (error instanceof AppError) throw new Error(`Plan seed ${seed.unitCode} ${seed.year}: ${JSON.stringify(error.fields)}`);
      throw error;
    }
    if (seed.issued) await recordIssue(trx, plan, { ...seed.issued, document: null }, null, now);
  });
}
