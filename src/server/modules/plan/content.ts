// Writing a plan's content into its tables, matched by code so that rows keep their ids (tasks point
// at areas and solutions, figures at indicators): changed rows are updated, new ones inserted,
// those no longer in the content removed. Run inside the caller's transaction, after checkPlanContent.
import type { IndicatorInput, PlanContent } from '../../../common/plan.js';
import type { Db } from '../../db/index.js';

/** Codes → ids of what the content may name. */
export interface ContentRefs {
  units: ReadonlyMap<string, number>;
  /** Indicators it may carry on (checkPlanContent's `continuable`). */
  continuable: ReadonlyMap<string, number>;
  provincial: ReadonlyMap<string, number>;
}

const idOf = (map: ReadonlyMap<string, number>, code: string | null) => (code === null ? null : (map.get(code) ?? null));

function indicatorColumns(indicator: IndicatorInput, refs: ContentRefs) {
  return {
    code: indicator.code,
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
    reporting_unit_id: idOf(refs.units, indicator.reportingUnitCode),
    numerator_label: indicator.numeratorLabel,
    denominator_label: indicator.denominatorLabel,
    baseline_year: indicator.baseline?.year ?? null,
    baseline_text: indicator.baseline?.text ?? null,
    baseline_value: indicator.baseline?.value ?? null,
    baseline_numerator: indicator.baseline?.numerator ?? null,
    baseline_denominator: indicator.baseline?.denominator ?? null,
    note: indicator.note,
    continues_indicator_id: idOf(refs.continuable, indicator.continuesCode),
    province_indicator_id: idOf(refs.provincial, indicator.provinceIndicatorCode),
    dti_criterion: indicator.dtiCriterion,
  };
}

/** Writes the content; returns the ids of the plan's indicators by code, as they now are. */
export async function writePlanContent(trx: Db, planId: number, content: PlanContent, refs: ContentRefs, now: Date): Promise<Map<string, number>> {
  await trx.updateTable('plans').set({ title: content.title, updated_at: now.toISOString() }).where('id', '=', planId).execute();

  const areaIds = new Map((await trx.selectFrom('plan_areas').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((row) => [row.code, row.id]));
  const placed: { areaId: number; indicators: IndicatorInput[] }[] = [];
  for (const [index, area] of content.areas.entries()) {
    let id = areaIds.get(area.code);
    if (id === undefined) {
      id = (await trx.insertInto('plan_areas').values({ plan_id: planId, code: area.code, number: index + 1, name: area.name }).returning('id').executeTakeFirstOrThrow()).id;
      areaIds.set(area.code, id);
    } else {
      await trx.updateTable('plan_areas').set({ number: index + 1, name: area.name }).where('id', '=', id).execute();
    }
    placed.push({ areaId: id, indicators: area.indicators });
  }

  const indicatorIds = new Map((await trx.selectFrom('indicators').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((row) => [row.code, row.id]));
  const kept = new Set<string>();
  let number = 0;
  for (const { areaId, indicators } of placed) {
    for (const indicator of indicators) {
      number += 1;
      kept.add(indicator.code);
      const columns = { ...indicatorColumns(indicator, refs), area_id: areaId, number };
      const id = indicatorIds.get(indicator.code);
      if (id === undefined) {
        const row = await trx.insertInto('indicators').values({ ...columns, plan_id: planId }).returning('id').executeTakeFirstOrThrow();
        indicatorIds.set(indicator.code, row.id);
      } else {
        await trx.updateTable('indicators').set(columns).where('id', '=', id).execute();
      }
    }
  }
  const removed: number[] = [];
  for (const [code, id] of indicatorIds) {
    if (kept.has(code)) continue;
    removed.push(id);
    indicatorIds.delete(code);
  }
  if (removed.length > 0) await trx.deleteFrom('indicators').where('id', 'in', removed).execute();

  const areaCodes = new Set(content.areas.map((area) => area.code));
  const goneAreas = [...areaIds].filter(([code]) => !areaCodes.has(code)).map(([, id]) => id);
  if (goneAreas.length > 0) {
    // Tasks filed under a removed area stay, unfiled.
    await trx.updateTable('tasks').set({ area_id: null }).where('area_id', 'in', goneAreas).execute();
    await trx.deleteFrom('plan_areas').where('id', 'in', goneAreas).execute();
  }

  await trx.deleteFrom('plan_objectives').where('plan_id', '=', planId).execute();
  if (content.objectives.length > 0) {
    await trx.insertInto('plan_objectives').values(content.objectives.map((objective, index) => ({ plan_id: planId, number: index + 1, text: objective.text }))).execute();
  }

  await writeSolutions(trx, planId, content, refs);

  await trx.deleteFrom('prior_results').where('plan_id', '=', planId).execute();
  if (content.priorResults.length > 0) {
    await trx
      .insertInto('prior_results')
      .values(
        content.priorResults.map((result, index) => ({
          plan_id: planId,
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
  return indicatorIds;
}

/** Solution groups by code, their items by position (tasks point at both). */
async function writeSolutions(trx: Db, planId: number, content: PlanContent, refs: ContentRefs): Promise<void> {
  const groupIds = new Map((await trx.selectFrom('solution_groups').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((row) => [row.code, row.id]));
  for (const [index, group] of content.solutionGroups.entries()) {
    let groupId = groupIds.get(group.code);
    if (groupId === undefined) {
      groupId = (await trx.insertInto('solution_groups').values({ plan_id: planId, code: group.code, number: index + 1, name: group.name }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await trx.updateTable('solution_groups').set({ number: index + 1, name: group.name }).where('id', '=', groupId).execute();
      groupIds.delete(group.code);
    }
    const items = await trx.selectFrom('solution_items').select('id').where('group_id', '=', groupId).orderBy('number').orderBy('id').execute();
    for (const [position, item] of group.items.entries()) {
      const values = { number: position + 1, text: item.text, lead_unit_id: idOf(refs.units, item.leadUnitCode) };
      const existing = items[position];
      if (existing) await trx.updateTable('solution_items').set(values).where('id', '=', existing.id).execute();
      else await trx.insertInto('solution_items').values({ ...values, group_id: groupId }).execute();
    }
    await removeItems(trx, items.slice(group.items.length).map((item) => item.id));
  }
  const goneGroups = [...groupIds.values()];
  if (goneGroups.length > 0) {
    const items = await trx.selectFrom('solution_items').select('id').where('group_id', 'in', goneGroups).execute();
    await removeItems(trx, items.map((item) => item.id));
    await trx.updateTable('tasks').set({ solution_group_id: null }).where('solution_group_id', 'in', goneGroups).execute();
    await trx.deleteFrom('solution_groups').where('id', 'in', goneGroups).execute();
  }
}

async function removeItems(trx: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.updateTable('tasks').set({ solution_item_id: null }).where('solution_item_id', 'in', ids).execute();
  await trx.deleteFrom('solution_items').where('id', 'in', ids).execute();
}
