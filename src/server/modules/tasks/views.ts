// Reading tasks: the filtered list, one task with its history, the timeline by unit.
import type { Task, TaskDetail, TaskFilter } from '../../../common/tasks.js';
import { matchesSearch } from '../../../common/text.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import type { Actor } from '../../lib/policy.js';
import { listUnits } from '../units/service.js';
import { attachmentsOf } from './evidence.js';
import { taskPolicy, taskResource } from './policy.js';
import { type PlanRef, type TaskContext, presentReschedule, presentTask, presentTaskUpdate, unitRef } from './presenter.js';
import type { TaskRow } from './schema.js';
import { coordinatingUnitsOf, getTask, tasksOfCities } from './service.js';

async function planRefs(db: Db, table: 'plan_areas' | 'solution_groups', ids: number[]): Promise<Map<number, PlanRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'code', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

async function loadTaskContext(db: Db, actor: Actor, tasks: TaskRow[], now: Date): Promise<TaskContext> {
  const distinct = (pick: (task: TaskRow) => number | null) => [...new Set(tasks.map(pick).filter((id) => id !== null))];
  const [units, areas, groups, coordinating] = await Promise.all([
    listUnits(db),
    planRefs(db, 'plan_areas', distinct((task) => task.area_id)),
    planRefs(db, 'solution_groups', distinct((task) => task.solution_group_id)),
    coordinatingUnitsOf(db, tasks.map((task) => task.id)),
  ]);
  const children = new Map<number, TaskRow[]>();
  for (const task of tasks) {
    if (task.parent_id !== null) children.set(task.parent_id, [...(children.get(task.parent_id) ?? []), task]);
  }
  return { actor, today: vietnamDate(now), units: new Map(units.map((unit) => [unit.id, unit])), areas, groups, coordinating, children };
}

/** Every task the actor sees, presented, in due-date order. */
export async function visibleTasks(db: Db, actor: Actor, now: Date): Promise<{ tasks: Task[]; ctx: TaskContext }> {
  const rows = await tasksOfCities(db, actor.jurisdiction);
  const ctx = await loadTaskContext(db, actor, rows, now);
  return { tasks: rows.map((row) => presentTask(row, ctx)), ctx };
}

function matchesFilter(task: Task, filter: TaskFilter, today: string): boolean {
  if (filter.unitId !== undefined && task.leadUnit.id !== filter.unitId && !task.coordinatingUnits.some((unit) => unit.id === filter.unitId)) return false;
  if (filter.areaId !== undefined && task.area?.id !== filter.areaId) return false;
  if (filter.solutionGroupId !== undefined && task.solutionGroup?.id !== filter.solutionGroupId) return false;
  if (filter.status !== undefined && task.status !== filter.status) return false;
  if (filter.overdue !== undefined && task.timing.overdue !== filter.overdue) return false;
  if (filter.dueThisMonth && task.dueDate.slice(0, 7) !== today.slice(0, 7)) return false;
  const q = filter.q?.trim();
  const haystack = () => [task.code, task.title, task.description, task.solution, task.leadUnit.name].join(' ');
  return !q || matchesSearch(haystack(), q);
}

export async function listTasks(db: Db, actor: Actor, filter: TaskFilter, now: Date): Promise<Task[]> {
  const { tasks, ctx } = await visibleTasks(db, actor, now);
  return tasks.filter((task) => matchesFilter(task, filter, ctx.today));
}

export async function getTaskDetail(db: Db, actor: Actor, id: number, now: Date): Promise<TaskDetail> {
  const task = await getTask(db, id);
  taskPolicy.authorize(actor, 'read', taskResource(task));
  const rows = await tasksOfCities(db, [task.city_id]);
  const ctx = await loadTaskContext(db, actor, rows, now);
  const [reschedules, updates, directives] = await Promise.all([
    db.selectFrom('task_reschedules').selectAll().where('task_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('task_updates')
      .leftJoin('users', 'users.id', 'task_updates.author_id')
      .selectAll('task_updates')
      .select('users.full_name as author')
      .where('task_id', '=', id)
      .orderBy('reported_on', 'desc')
      .orderBy('task_updates.id', 'desc')
      .execute(),
    db
      .selectFrom('directive_tasks')
      .innerJoin('directives', 'directives.id', 'directive_tasks.directive_id')
      .select(['directives.id', 'directives.title', 'directives.meeting_id as meetingId', 'directives.status'])
      .where('directive_tasks.task_id', '=', id)
      .orderBy('directives.id')
      .execute(),
  ]);
  const files = await attachmentsOf(db, 'task_update', updates.map((update) => update.id));
  return {
    ...presentTask(task, ctx),
    children: (ctx.children.get(id) ?? []).map((child) => presentTask(child, ctx)),
    reschedules: reschedules.map(presentReschedule),
    updates: updates.map((update) =>
      presentTaskUpdate(update, unitRef(ctx.units, update.unit_id), update.author, files.filter((file) => file.entity_id === update.id)),
    ),
    directives,
  };
}

/** Gantt data: the filtered tasks grouped by lead unit, units in the tree's order. */
export async function taskTimeline(db: Db, actor: Actor, filter: TaskFilter, now: Date) {
  const { tasks, ctx } = await visibleTasks(db, actor, now);
  const byUnit = new Map<number, Task[]>();
  for (const task of tasks.filter((candidate) => matchesFilter(candidate, filter, ctx.today))) {
    byUnit.set(task.leadUnit.id, [...(byUnit.get(task.leadUnit.id) ?? []), task]);
  }
  const order = (id: number) => ctx.units.get(id)?.sort_order ?? 0;
  return {
    today: ctx.today,
    units: [...byUnit.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([unitId, unitTasks]) => ({ unit: unitRef(ctx.units, unitId), tasks: unitTasks })),
  };
}
