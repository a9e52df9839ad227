// Tasks: created and assigned by the coordinator or a leader, rescheduled with a reason, every
// change in the audit trail. Reads load a city's tasks at once: a city has hundreds, not millions.
import type { TaskInput, TaskPatch } from '../../../common/tasks.js';
import { type IsoDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import type { UnitRow } from '../../db/schema.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { ancestorsOf, jurisdictionOf, listUnits } from '../units/service.js';
import { taskCreationPolicy, taskPolicy, taskResource } from './policy.js';
import { type TaskRow, authored } from './schema.js';

/** The city (or, for a province's own units, the province) a unit belongs to. */
function scopeOf(units: UnitRow[], unitId: number): number | undefined {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain = ancestorsOf(units, unitId).map((id) => byId.get(id));
  return (chain.find((unit) => unit?.kind === 'city') ?? chain.find((unit) => unit?.kind === 'province'))?.id;
}

/** Records a change to a task in the audit trail, filed under its lead unit. */
export const auditTask = (db: Db, actor: Actor, task: Pick<TaskRow, 'id' | 'lead_unit_id'>, now: Date, action: string, changes: Record<string, [unknown, unknown]>, reason?: string) =>
  recordAudit(db, { at: now, actorId: actor.id, unitId: task.lead_unit_id, entity: 'task', entityId: task.id, action, changes, reason: reason ?? null });

export async function getTask(db: Db, id: number): Promise<TaskRow> {
  const task = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!task) throw notFound({ vi: 'nhiệm vụ', en: 'Task' });
  return task;
}

/** Every task of the given cities, by due date. */
export const tasksOfCities = (db: Db, cityIds: Iterable<number>) =>
  db
    .selectFrom('tasks')
    .selectAll()
    .where('city_id', 'in', [...cityIds, -1])
    .orderBy('due_date')
    .orderBy('id')
    .execute();

export const coordinatingUnitsOf = async (db: Db, taskIds: number[]): Promise<Map<number, number[]>> => {
  const rows = taskIds.length === 0 ? [] : await db.selectFrom('task_units').selectAll().where('task_id', 'in', taskIds).execute();
  const byTask = new Map<number, number[]>();
  for (const row of rows) byTask.set(row.task_id, [...(byTask.get(row.task_id) ?? []), row.unit_id]);
  return byTask;
};

const invalidDates = () =>
  invalidField('dueDate', { vi: 'Hạn hoàn thành không được trước ngày bắt đầu.', en: 'The due date cannot come before the start date.' });

interface References {
  cityId: number;
  planId: number | null;
  coordinating: number[];
}

/** Checks that the units and plan items an input names exist and belong to one city. */
async function resolveReferences(db: Db, actor: Actor, input: Partial<TaskInput> & { leadUnitId: number }): Promise<References> {
  const units = await listUnits(db);
  const cityId = scopeOf(units, input.leadUnitId);
  if (cityId === undefined || !actor.jurisdiction.has(input.leadUnitId)) {
    throw invalidField('leadUnitId', { vi: 'Đơn vị chủ trì không thuộc phạm vi của bạn.', en: 'The lead unit is outside your jurisdiction.' });
  }
  const city = jurisdictionOf(units, cityId);
  const coordinating = [...new Set(input.coordinatingUnitIds ?? [])].filter((id) => id !== input.leadUnitId);
  if (coordinating.some((id) => !city.has(id))) {
    throw invalidField('coordinatingUnitIds', { vi: 'Đơn vị phối hợp không thuộc thành phố.', en: 'A coordinating unit is not in the city.' });
  }
  const planIds = new Set<number>();
  if (input.areaId) {
    const area = await db
      .selectFrom('plan_areas')
      .innerJoin('plans', 'plans.id', 'plan_areas.plan_id')
      .select('plans.id')
      .where('plan_areas.id', '=', input.areaId)
      .where('plans.unit_id', '=', cityId)
      .executeTakeFirst();
    if (!area) throw invalidField('areaId', { vi: 'Lĩnh vực không thuộc kế hoạch của thành phố.', en: 'No such area in the city’s plan.' });
    planIds.add(area.id);
  }
  if (input.solutionGroupId) {
    const group = await db
      .selectFrom('solution_groups')
      .innerJoin('plans', 'plans.id', 'solution_groups.plan_id')
      .select('plans.id')
      .where('solution_groups.id', '=', input.solutionGroupId)
      .where('plans.unit_id', '=', cityId)
      .executeTakeFirst();
    if (!group) throw invalidField('solutionGroupId', { vi: 'Nhóm giải pháp không thuộc kế hoạch của thành phố.', en: 'No such solution group in the city’s plan.' });
    planIds.add(group.id);
  }
  if (planIds.size > 1) throw invalidField('solutionGroupId', { vi: 'Lĩnh vực và nhóm giải pháp thuộc hai kế hoạch khác nhau.', en: 'Area and group belong to different plans.' });
  return { cityId, planId: [...planIds][0] ?? null, coordinating };
}

export async function createTask(db: Db, actor: Actor, input: TaskInput, now: Date): Promise<number> {
  const refs = await resolveReferences(db, actor, input);
  taskCreationPolicy.authorize(actor, 'create', refs.cityId);
  if (input.parentId) {
    const parent = await db.selectFrom('tasks').select('city_id').where('id', '=', input.parentId).executeTakeFirst();
    if (parent?.city_id !== refs.cityId) throw invalidField('parentId', { vi: 'Nhiệm vụ cha không thuộc thành phố.', en: 'No such parent task in the city.' });
  }
  if (input.plannedStartDate && input.plannedStartDate > input.dueDate) throw invalidDates();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('tasks')
      .values({
        city_id: refs.cityId,
        code: null,
        plan_id: refs.planId,
        area_id: input.areaId ?? null,
        solution_group_id: input.solutionGroupId ?? null,
        solution_item_id: null,
        parent_id: input.parentId ?? null,
        title: input.title,
        description: input.description || null,
        solution: input.solution || null,
        lead_unit_id: input.leadUnitId,
        status: 'not_started',
        progress: 0,
        planned_start_date: input.plannedStartDate ?? null,
        due_date: input.dueDate,
        baseline_due_date: input.dueDate,
        completed_on: null,
        source: null,
        note: input.note || null,
        ...authored(actor.id, now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (refs.coordinating.length > 0) {
      await trx.insertInto('task_units').values(refs.coordinating.map((unitId) => ({ task_id: row.id, unit_id: unitId }))).execute();
    }
    await auditTask(trx, actor, { id: row.id, lead_unit_id: input.leadUnitId }, now, 'create', {
      title: [null, input.title],
      lead_unit_id: [null, input.leadUnitId],
      due_date: [null, input.dueDate],
      coordinating_units: [null, refs.coordinating],
    });
    return row.id;
  });
}

/** Returns the task's id, like every change here, so routes answer with the task as it stands. */
export async function updateTask(db: Db, actor: Actor, id: number, patch: TaskPatch, now: Date): Promise<number> {
  const task = await getTask(db, id);
  taskPolicy.authorize(actor, 'manage', taskResource(task));
  const refs = await resolveReferences(db, actor, { ...patch, leadUnitId: patch.leadUnitId ?? task.lead_unit_id });
  if (refs.cityId !== task.city_id) throw invalidField('leadUnitId', { vi: 'Đơn vị chủ trì phải thuộc cùng thành phố.', en: 'The lead unit must be in the same city.' });
  const start = patch.plannedStartDate === undefined ? task.planned_start_date : patch.plannedStartDate;
  if (start && start > task.due_date) throw invalidDates();
  const reopening = patch.status !== undefined && (task.status === 'done' || task.status === 'done_late');
  const changes = diff(task, {
    title: patch.title,
    description: patch.description === undefined ? undefined : patch.description || null,
    solution: patch.solution === undefined ? undefined : patch.solution || null,
    area_id: patch.areaId,
    solution_group_id: patch.solutionGroupId,
    plan_id: patch.areaId !== undefined || patch.solutionGroupId !== undefined ? refs.planId : undefined,
    lead_unit_id: patch.leadUnitId,
    planned_start_date: patch.plannedStartDate,
    status: patch.status,
    completed_on: reopening ? null : undefined,
    note: patch.note === undefined ? undefined : patch.note || null,
  });
  const before = (await coordinatingUnitsOf(db, [id])).get(id) ?? [];
  // A unit that becomes the lead stops being a coordinating unit.
  const after = patch.coordinatingUnitIds === undefined ? before.filter((unitId) => unitId !== patch.leadUnitId) : refs.coordinating;
  const coordinatingChanged = [...before].sort().join() !== [...after].sort().join();
  if (coordinatingChanged) changes.coordinating_units = [before, after];
  if (Object.keys(changes).length === 0) return id;
  const values = Object.fromEntries(Object.entries(changes).filter(([key]) => key !== 'coordinating_units').map(([key, [, after]]) => [key, after]));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('tasks').set({ ...values, updated_at: now.toISOString() }).where('id', '=', id).execute();
    if (coordinatingChanged) {
      await trx.deleteFrom('task_units').where('task_id', '=', id).execute();
      if (after.length > 0) await trx.insertInto('task_units').values(after.map((unitId) => ({ task_id: id, unit_id: unitId }))).execute();
    }
    await auditTask(trx, actor, task, now, 'update', changes);
  });
  return id;
}

export interface RescheduleInput {
  dueDate: IsoDate;
  reason: string;
  decidedBy?: string | undefined;
  decidedOn?: IsoDate | undefined;
}

/** Moves the due date; the original stays as the baseline and the decision is kept. */
export async function rescheduleTask(db: Db, actor: Actor, id: number, input: RescheduleInput, now: Date): Promise<number> {
  const task = await getTask(db, id);
  taskPolicy.authorize(actor, 'reschedule', taskResource(task));
  if (input.dueDate === task.due_date) throw invalidField('dueDate', { vi: 'Hạn mới trùng hạn hiện tại.', en: 'The new due date is the current one.' });
  if (task.planned_start_date && input.dueDate < task.planned_start_date) throw invalidDates();
  if (input.decidedOn && input.decidedOn > vietnamDate(now)) throw invalidField('decidedOn', { vi: 'Ngày quyết định chưa đến.', en: 'The decision date is in the future.' });
  const decidedBy = input.decidedBy ?? (await db.selectFrom('users').select('full_name').where('id', '=', actor.id).executeTakeFirstOrThrow()).full_name;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('task_reschedules')
      .values({
        task_id: id,
        from_due_date: task.due_date,
        to_due_date: input.dueDate,
        decided_on: input.decidedOn ?? vietnamDate(now),
        decided_by: decidedBy,
        reason: input.reason,
        recorded_by: actor.id,
        created_at: now.toISOString(),
      })
      .execute();
    await trx.updateTable('tasks').set({ due_date: input.dueDate, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await auditTask(trx, actor, task, now, 'reschedule', { due_date: [task.due_date, input.dueDate] }, input.reason);
  });
  return id;
}
