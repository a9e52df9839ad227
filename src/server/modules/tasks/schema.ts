// Task tables (see migrations/20241103000000_tasks.ts), added to the Database type.
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ItemStatus } from '../../../common/tasks.js';

type CreatedAt = ColumnType<string, string, never>;

export interface TaskTable {
  id: Generated<number>;
  /** The city (or province) whose task it is: scopes every query. */
  city_id: number;
  /** A stable code for tasks written by the seed, e.g. KH2024-II5-1; null for others. */
  code: string | null;
  plan_id: number | null;
  area_id: number | null;
  solution_group_id: number | null;
  solution_item_id: number | null;
  parent_id: number | null;
  title: string;
  description: string | null;
  solution: string | null;
  lead_unit_id: number;
  status: ItemStatus;
  /** The lead unit's latest figure, 0–100; a parent's shown progress comes from its children. */
  progress: number;
  planned_start_date: string | null;
  due_date: string;
  baseline_due_date: string;
  completed_on: string | null;
  /** Where the task comes from, e.g. "Kế hoạch CĐS 2024, Phần II, mục III.1". */
  source: string | null;
  /** Our reading where the source is silent. */
  note: string | null;
  demo: number;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: string;
}

export interface TaskUnitTable {
  task_id: number;
  unit_id: number;
}

export interface TaskRescheduleTable {
  id: Generated<number>;
  task_id: number;
  from_due_date: string;
  to_due_date: string;
  decided_on: string | null;
  decided_by: string;
  reason: string;
  recorded_by: number | null;
  created_at: CreatedAt;
}

export interface TaskUpdateTable {
  id: Generated<number>;
  task_id: number;
  unit_id: number;
  reported_on: string;
  progress: number | null;
  text: string;
  figure: number | null;
  figure_unit: string | null;
  completed_on: string | null;
  author_id: number | null;
  demo: number;
  created_at: CreatedAt;
}

export interface AttachmentTable {
  id: Generated<number>;
  entity: 'task_update' | 'meeting' | 'directive_update';
  entity_id: number;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: number | null;
  created_at: CreatedAt;
}

declare module '../../db/schema.js' {
  interface Database {
    tasks: TaskTable;
    task_units: TaskUnitTable;
    task_reschedules: TaskRescheduleTable;
    task_updates: TaskUpdateTable;
    attachments: AttachmentTable;
  }
}

/** The bookkeeping columns of an authored row (task, meeting, directive): who, when, demo or not. */
export const authored = (actorId: number | null, now: Date, demo = false) => ({
  demo: Number(demo),
  created_by: actorId,
  created_at: now.toISOString(),
  updated_at: now.toISOString(),
});

export type TaskRow = Selectable<TaskTable>;
export type TaskRescheduleRow = Selectable<TaskRescheduleTable>;
export type TaskUpdateRow = Selectable<TaskUpdateTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
