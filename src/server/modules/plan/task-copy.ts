// Carrying a plan's tasks into next year's draft: the same work under the same areas and solutions,
// due the same day a year (or more) later, not started; codes take the new year (KH2024-… → KH2025-…).
import type { Db } from '../../db/index.js';
import type { PlanRow } from '../../db/schema.js';
import { renameYear, shiftYear } from './year-shift.js';

/** Copies the source plan's tasks (not the demo ones) into the target plan; returns how many. */
export async function copyTasks(trx: Db, source: PlanRow, target: PlanRow, actorId: number, now: Date): Promise<number> {
  const tasks = await trx.selectFrom('tasks').selectAll().where('plan_id', '=', source.id).where('demo', '=', 0).orderBy('id').execute();
  if (tasks.length === 0) return 0;
  const years = target.year - source.year;
  const [fromAreas, toAreas, fromItems, toItems, taken] = await Promise.all([
    trx.selectFrom('plan_areas').select(['id', 'code']).where('plan_id', '=', source.id).execute(),
    trx.selectFrom('plan_areas').select(['id', 'code']).where('plan_id', '=', target.id).execute(),
    solutions(trx, source.id),
    solutions(trx, target.id),
    trx.selectFrom('tasks').select('code').where('city_id', '=', target.unit_id).where('code', 'is not', null).execute(),
  ]);
  const areaOf = (id: number | null) => toAreas.find((area) => area.code === fromAreas.find((candidate) => candidate.id === id)?.code)?.id ?? null;
  const groupOf = (id: number | null) => toItems.groups.get(fromItems.groupCodes.get(id ?? -1) ?? '') ?? null;
  const itemOf = (id: number | null) => toItems.items.get(fromItems.itemKeys.get(id ?? -1) ?? '') ?? null;
  const codes = new Set(taken.map((row) => row.code));
  const codeFor = (code: string | null) => {
    if (code === null) return null;
    const renamed = renameYear(code, source.year, target.year);
    let candidate = renamed === code ? `${code}-${target.year}` : renamed;
    for (let n = 2; codes.has(candidate); n += 1) candidate = `${renamed}-${n}`;
    codes.add(candidate);
    return candidate;
  };
  const stamp = now.toISOString();
  const ids = new Map<number, number>();
  for (const task of tasks) {
    const dueDate = shiftYear(task.due_date, years);
    const row = await trx
      .insertInto('tasks')
      .values({
        city_id: task.city_id,
        code: codeFor(task.code),
        plan_id: target.id,
        area_id: areaOf(task.area_id),
        solution_group_id: groupOf(task.solution_group_id),
        solution_item_id: itemOf(task.solution_item_id),
        parent_id: null,
        title: task.title,
        description: task.description,
        solution: task.solution,
        lead_unit_id: task.lead_unit_id,
        status: 'not_started',
        progress: 0,
        planned_start_date: task.planned_start_date === null ? null : shiftYear(task.planned_start_date, years),
        due_date: dueDate,
        baseline_due_date: dueDate,
        completed_on: null,
        source: task.source === null ? null : renameYear(task.source, source.year, target.year),
        note: task.note === null ? null : renameYear(task.note, source.year, target.year),
        demo: 0,
        created_by: actorId,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(task.id, row.id);
  }
  for (const task of tasks) {
    const parent = task.parent_id === null ? undefined : ids.get(task.parent_id);
    const id = ids.get(task.id);
    if (parent !== undefined && id !== undefined) await trx.updateTable('tasks').set({ parent_id: parent }).where('id', '=', id).execute();
  }
  const helpers = await trx.selectFrom('task_units').selectAll().where('task_id', 'in', [...ids.keys()]).execute();
  const copies = helpers.flatMap((helper) => {
    const id = ids.get(helper.task_id);
    return id === undefined ? [] : [{ task_id: id, unit_id: helper.unit_id }];
  });
  if (copies.length > 0) await trx.insertInto('task_units').values(copies).execute();
  return tasks.length;
}

/** A plan's solution groups by code and items by "group code:position", both ways. */
async function solutions(trx: Db, planId: number) {
  const rows = await trx
    .selectFrom('solution_items')
    .innerJoin('solution_groups', 'solution_groups.id', 'solution_items.group_id')
    .select(['solution_items.id', 'solution_items.number', 'solution_groups.id as groupId', 'solution_groups.code'])
    .where('solution_groups.plan_id', '=', planId)
    .execute();
  const groupRows = await trx.selectFrom('solution_groups').select(['id', 'code']).where('plan_id', '=', planId).execute();
  return {
    groups: new Map(groupRows.map((group) => [group.code, group.id])),
    groupCodes: new Map(groupRows.map((group) => [group.id, group.code])),
    items: new Map(rows.map((row) => [`${row.code}:${row.number}`, row.id])),
    itemKeys: new Map(rows.map((row) => [row.id, `${row.code}:${row.number}`])),
  };
}
