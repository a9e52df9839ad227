// The notifications table (see migrations/20241103000000_tasks.ts), added to the Database type.
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  /** What it is about, e.g. due_soon, overdue; modules add their own kinds. */
  kind: string;
  title: string;
  body: string | null;
  /** Where the web app opens it, e.g. /tasks/12. */
  link: string | null;
  entity: string | null;
  entity_id: string | null;
  /** One notification per key: a reminder sent twice is skipped. Null for one-off messages. */
  dedupe_key: string | null;
  created_at: ColumnType<string, string, never>;
  read_at: string | null;
}

declare module '../../db/schema.js' {
  interface Database {
    notifications: NotificationTable;
  }
}

export type NotificationRow = Selectable<NotificationTable>;
