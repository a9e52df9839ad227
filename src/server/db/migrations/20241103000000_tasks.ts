// Tasks and their deadlines, steering-committee meetings and directives, attachments, notifications.
import type { Kysely } from 'kysely';
import { DOUBLE, dialectOf, refUnit, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const table = (name: string) => withId(db.schema.createTable(name), dialect);
  const refUser = (col: Parameters<typeof refUnit>[0]) => col.references('users.id');

  await table('tasks')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('code', 'text')
    .addColumn('plan_id', 'integer', (col) => col.references('plans.id'))
    .addColumn('area_id', 'integer', (col) => col.references('plan_areas.id'))
    .addColumn('solution_group_id', 'integer', (col) => col.references('solution_groups.id'))
    .addColumn('solution_item_id', 'integer', (col) => col.references('solution_items.id'))
    .addColumn('parent_id', 'integer', (col) => col.references('tasks.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('solution', 'text')
    .addColumn('lead_unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('progress', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('planned_start_date', 'text')
    .addColumn('due_date', 'text', (col) => col.notNull())
    .addColumn('baseline_due_date', 'text', (col) => col.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('source', 'text')
    .addColumn('note', 'text')
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('tasks_code_uq', ['city_id', 'code'])
    .execute();
  await db.schema.createIndex('tasks_lead_idx').on('tasks').columns(['lead_unit_id', 'due_date']).execute();
  await db.schema.createIndex('tasks_parent_idx').on('tasks').column('parent_id').execute();

  await db.schema
    .createTable('task_units')
    .addColumn('task_id', 'integer', (col) => col.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addPrimaryKeyConstraint('task_units_pk', ['task_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('task_units_unit_idx').on('task_units').column('unit_id').execute();

  await table('task_reschedules')
    .addColumn('task_id', 'integer', (col) => col.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('from_due_date', 'text', (col) => col.notNull())
    .addColumn('to_due_date', 'text', (col) => col.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('decided_by', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('task_reschedules_task_idx').on('task_reschedules').column('task_id').execute();

  await table('task_updates')
    .addColumn('task_id', 'integer', (col) => col.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('reported_on', 'text', (col) => col.notNull())
    .addColumn('progress', 'integer')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('figure', DOUBLE)
    .addColumn('figure_unit', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('author_id', 'integer', refUser)
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('task_updates_task_idx').on('task_updates').columns(['task_id', 'reported_on']).execute();

  // Files kept under <dataDir>/files/<sha256>; one row per use, so the same file can be cited twice.
  await table('attachments')
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'integer', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('uploaded_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('attachments_entity_idx').on('attachments').columns(['entity', 'entity_id']).execute();

  await table('meetings')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('code', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('held_on', 'text', (col) => col.notNull())
    .addColumn('place', 'text')
    .addColumn('chair', 'text')
    .addColumn('attendees', 'text', (col) => col.notNull())
    .addColumn('minutes', 'text')
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('meetings_code_uq', ['city_id', 'code'])
    .execute();

  await table('conclusions')
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('heading', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('conclusions_meeting_idx').on('conclusions').column('meeting_id').execute();

  await table('directives')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('conclusion_id', 'integer', (col) => col.notNull().references('conclusions.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('content', 'text')
    .addColumn('owner_unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('due_date', 'text')
    .addColumn('standing', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('result', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('note', 'text')
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('directives_meeting_idx').on('directives').column('meeting_id').execute();
  await db.schema.createIndex('directives_owner_idx').on('directives').columns(['owner_unit_id', 'due_date']).execute();

  await db.schema
    .createTable('directive_tasks')
    .addColumn('directive_id', 'integer', (col) => col.notNull().references('directives.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (col) => col.notNull().references('tasks.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('directive_tasks_pk', ['directive_id', 'task_id'])
    .execute();
  await db.schema.createIndex('directive_tasks_task_idx').on('directive_tasks').column('task_id').execute();

  await table('directive_updates')
    .addColumn('directive_id', 'integer', (col) => col.notNull().references('directives.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('reported_on', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('author_id', 'integer', refUser)
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('directive_updates_directive_idx').on('directive_updates').column('directive_id').execute();

  await table('notifications')
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text')
    .addColumn('link', 'text')
    .addColumn('entity', 'text')
    .addColumn('entity_id', 'text')
    // NULL for one-off messages; a reminder's key makes a second run a no-op.
    .addColumn('dedupe_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'read_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'notifications',
    'directive_updates',
    'directive_tasks',
    'directives',
    'conclusions',
    'meetings',
    'attachments',
    'task_updates',
    'task_reschedules',
    'task_units',
    'tasks',
  ]) {
    await db.schema.dropTable(name).execute();
  }
}
