// Meeting and directive tables (see migrations/20241103000000_tasks.ts), added to the Database type.
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ItemStatus } from '../../../common/tasks.js';

type CreatedAt = ColumnType<string, string, never>;

export interface MeetingTable {
  id: Generated<number>;
  city_id: number;
  /** A stable code for meetings written by the seed, e.g. BCD-2024-03-26. */
  code: string | null;
  title: string;
  held_on: string;
  place: string | null;
  chair: string | null;
  /** JSON array of names, as the minutes list them. */
  attendees: string;
  minutes: string | null;
  demo: number;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: string;
}

export interface ConclusionTable {
  id: Generated<number>;
  meeting_id: number;
  /** Its place in the notice, e.g. "1.3". */
  number: string;
  heading: string | null;
  text: string;
}

export interface DirectiveTable {
  id: Generated<number>;
  city_id: number;
  meeting_id: number;
  conclusion_id: number;
  title: string;
  content: string | null;
  owner_unit_id: number;
  /** Null for a standing directive ("thường xuyên") or when the conclusion sets no date. */
  due_date: string | null;
  standing: number;
  status: ItemStatus;
  result: string | null;
  completed_on: string | null;
  note: string | null;
  demo: number;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: string;
}

export interface DirectiveTaskTable {
  directive_id: number;
  task_id: number;
}

export interface DirectiveUpdateTable {
  id: Generated<number>;
  directive_id: number;
  unit_id: number;
  reported_on: string;
  text: string;
  completed_on: string | null;
  author_id: number | null;
  demo: number;
  created_at: CreatedAt;
}

declare module '../../db/schema.js' {
  interface Database {
    meetings: MeetingTable;
    conclusions: ConclusionTable;
    directives: DirectiveTable;
    directive_tasks: DirectiveTaskTable;
    directive_updates: DirectiveUpdateTable;
  }
}

export type MeetingRow = Selectable<MeetingTable>;
export type ConclusionRow = Selectable<ConclusionTable>;
export type DirectiveRow = Selectable<DirectiveTable>;
