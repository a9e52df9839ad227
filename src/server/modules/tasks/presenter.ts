// Task rows → API shapes, with the figures computed on the way out: delay, derived progress, actions.
import type { Attachment, Task, TaskUpdate, UnitRef } from '../../../common/tasks.js';
import type { IsoDate } from '../../../common/vietnam-time.js';
import type { UnitRow } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { timingOf } from './delay.js';
import { taskPolicy, taskResource } from './policy.js';
import type { AttachmentRow, TaskRescheduleRow, TaskRow, TaskUpdateRow } from './schema.js';

export interface PlanRef {
  id: number;
  code: string;
  name: string;
}

/** What presenting a set of tasks needs, loaded once per request. */
export interface TaskContext {
  actor: Actor;
  today: IsoDate;
  units: Map<number, UnitRow>;
  areas: Map<number, PlanRef>;
  groups: Map<number, PlanRef>;
  coordinating: Map<number, number[]>;
  children: Map<number, TaskRow[]>;
}

const presentUnitRef = (unit: Pick<UnitRow, 'id' | 'code' | 'name'>): UnitRef => ({ id: unit.id, code: unit.code, name: unit.name });

export function unitRef(units: Map<number, UnitRow>, id: number): UnitRef {
  const unit = units.get(id);
  return unit ? presentUnitRef(unit) : { id, code: '', name: '' };
}

/** A parent's progress is the mean of its live sub-tasks' (recursively); a leaf's is its own. */
function progressOf(task: TaskRow, children: Map<number, TaskRow[]>): { progress: number; derived: boolean } {
  const live = (children.get(task.id) ?? []).filter((child) => child.status !== 'cancelled');
  if (live.length === 0) return { progress: task.status === 'done' || task.status === 'done_late' ? 100 : task.progress, derived: false };
  const sum = live.reduce((total, child) => total + progressOf(child, children).progress, 0);
  return { progress: Math.round((sum / live.length) * 10) / 10, derived: true };
}

export function presentTask(task: TaskRow, ctx: TaskContext): Task {
  const { progress, derived } = progressOf(task, ctx.children);
  const ref = (map: Map<number, PlanRef>, id: number | null) => (id === null ? null : (map.get(id) ?? null));
  return {
    id: task.id,
    code: task.code,
    title: task.title,
    description: task.description,
    solution: task.solution,
    area: ref(ctx.areas, task.area_id),
    solutionGroup: ref(ctx.groups, task.solution_group_id),
    parentId: task.parent_id,
    leadUnit: unitRef(ctx.units, task.lead_unit_id),
    coordinatingUnits: (ctx.coordinating.get(task.id) ?? []).map((id) => unitRef(ctx.units, id)),
    plannedStartDate: task.planned_start_date,
    dueDate: task.due_date,
    baselineDueDate: task.baseline_due_date,
    completedOn: task.completed_on,
    status: task.status,
    progress,
    progressDerived: derived,
    timing: timingOf(
      { status: task.status, dueDate: task.due_date, baselineDueDate: task.baseline_due_date, completedOn: task.completed_on },
      ctx.today,
    ),
    source: task.source,
    note: task.note,
    demo: task.demo === 1,
    actions: taskPolicy.actions(ctx.actor, taskResource(task)),
  };
}

export const presentReschedule = (row: TaskRescheduleRow) => ({
  id: row.id,
  fromDueDate: row.from_due_date,
  toDueDate: row.to_due_date,
  decidedOn: row.decided_on,
  decidedBy: row.decided_by,
  reason: row.reason,
  createdAt: row.created_at,
});

export const presentAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  fileName: row.file_name,
  mediaType: row.media_type,
  size: row.size,
  url: `/api/attachments/${row.id}`,
});

/** The part every progress or follow-up report shares. */
export const presentReport = (
  row: Pick<TaskUpdateRow, 'id' | 'reported_on' | 'text' | 'completed_on' | 'demo' | 'created_at'>,
  unit: UnitRef,
  author: string | null,
  files: AttachmentRow[],
) => ({
  id: row.id,
  unit,
  author,
  reportedOn: row.reported_on,
  text: row.text,
  completedOn: row.completed_on,
  files: files.map(presentAttachment),
  demo: row.demo === 1,
  createdAt: row.created_at,
});

export const presentTaskUpdate = (row: TaskUpdateRow, unit: UnitRef, author: string | null, files: AttachmentRow[]): TaskUpdate => ({
  ...presentReport(row, unit, author, files),
  progress: row.progress,
  figure: row.figure,
  figureUnit: row.figure_unit,
});
