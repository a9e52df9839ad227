// Tasks and directives together: the leader's board of what is late or due soon, and "việc của tôi".
import type { Directive, Task, WorkItem } from '../../../common/tasks.js';
import type { Db } from '../../db/index.js';
import type { Actor } from '../../lib/policy.js';
import { unitRef } from '../tasks/presenter.js';
import { visibleTasks } from '../tasks/views.js';
import { visibleDirectives } from './service.js';

const fromTask = (task: Task): WorkItem => ({
  kind: 'task',
  id: task.id,
  title: task.title,
  ownerUnit: task.leadUnit,
  dueDate: task.dueDate,
  status: task.status,
  timing: task.timing,
});

const fromDirective = (directive: Directive): WorkItem => ({
  kind: 'directive',
  id: directive.id,
  title: directive.title,
  ownerUnit: directive.ownerUnit,
  dueDate: directive.dueDate,
  status: directive.status,
  timing: directive.timing,
});

const dueWithin = (item: WorkItem, days: number) => item.timing.daysLeft !== null && item.timing.daysLeft >= 0 && item.timing.daysLeft <= days;

/** What is overdue or due within `withinDays`, grouped by owner unit, the most overdue units first. */
export async function leaderBoard(db: Db, actor: Actor, now: Date, withinDays: number) {
  const [{ tasks, ctx }, directives] = await Promise.all([visibleTasks(db, actor, now), visibleDirectives(db, actor, now)]);
  const items = [...tasks.map(fromTask), ...directives.map(fromDirective)]
    .filter((item) => item.timing.overdue || dueWithin(item, withinDays))
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id);
  const byUnit = new Map<number, WorkItem[]>();
  for (const item of items) byUnit.set(item.ownerUnit.id, [...(byUnit.get(item.ownerUnit.id) ?? []), item]);
  const order = (id: number) => ctx.units.get(id)?.sort_order ?? 0;
  const units = [...byUnit.entries()]
    .map(([unitId, unitItems]) => ({
      unit: unitRef(ctx.units, unitId),
      overdue: unitItems.filter((item) => item.timing.overdue).length,
      dueSoon: unitItems.filter((item) => !item.timing.overdue).length,
      items: unitItems,
    }))
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || order(a.unit.id) - order(b.unit.id));
  return {
    today: ctx.today,
    withinDays,
    totals: { overdue: units.reduce((sum, unit) => sum + unit.overdue, 0), dueSoon: units.reduce((sum, unit) => sum + unit.dueSoon, 0) },
    units,
  };
}

/** The actor's unit's tasks (as lead or coordinating unit) and directives. */
export async function myWork(db: Db, actor: Actor, now: Date) {
  const [{ tasks, ctx }, directives] = await Promise.all([visibleTasks(db, actor, now), visibleDirectives(db, actor, now)]);
  return {
    unit: unitRef(ctx.units, actor.unitId),
    tasks: tasks.flatMap((task): (Task & { role: 'lead' | 'coordinating' })[] => {
      if (task.leadUnit.id === actor.unitId) return [{ ...task, role: 'lead' }];
      return task.coordinatingUnits.some((unit) => unit.id === actor.unitId) ? [{ ...task, role: 'coordinating' }] : [];
    }),
    directives: directives.filter((directive) => directive.ownerUnit.id === actor.unitId),
  };
}
