// Units, people, sessions, the audit trail and the plan as data.
import type { Kysely } from 'kysely';
import { DOUBLE, dialectOf, refUnit, withId } from '../dialect.js';

// Migrations are frozen in time: they use Kysely<any>, not today's table types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const table = (name: string) => withId(db.schema.createTable(name), dialect);

  await table('units')
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('parent_id', 'integer', refUnit)
    .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();

  await table('users')
    .addColumn('username', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('full_name', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('users_unit_idx').on('users').column('unit_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await table('audit_log')
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'integer', (col) => col.references('users.id'))
    .addColumn('unit_id', 'integer', refUnit)
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('changes', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('audit_entity_idx').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_unit_idx').on('audit_log').columns(['unit_id', 'at']).execute();

  await table('plans')
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('plans_unit_year_uq', ['unit_id', 'year'])
    .execute();

  await table('plan_areas')
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addUniqueConstraint('plan_areas_code_uq', ['plan_id', 'code'])
    .execute();

  await table('indicators')
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('area_id', 'integer', (col) => col.notNull().references('plan_areas.id').onDelete('cascade'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('direction', 'text', (col) => col.notNull())
    .addColumn('target_text', 'text', (col) => col.notNull())
    .addColumn('target_value', DOUBLE)
    .addColumn('target_comparator', 'text', (col) => col.notNull())
    .addColumn('target_due_date', 'text')
    .addColumn('measure_unit', 'text', (col) => col.notNull())
    .addColumn('measure_type', 'text', (col) => col.notNull())
    .addColumn('reporting_scope', 'text', (col) => col.notNull())
    .addColumn('reporting_unit_id', 'integer', refUnit)
    .addColumn('numerator_label', 'text')
    .addColumn('denominator_label', 'text')
    .addColumn('baseline_year', 'integer')
    .addColumn('baseline_text', 'text')
    .addColumn('baseline_value', DOUBLE)
    .addColumn('baseline_numerator', DOUBLE)
    .addColumn('baseline_denominator', DOUBLE)
    .addColumn('note', 'text')
    .addUniqueConstraint('indicators_code_uq', ['plan_id', 'code'])
    .execute();
  await db.schema.createIndex('indicators_area_idx').on('indicators').column('area_id').execute();

  await table('plan_objectives')
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();

  await table('solution_groups')
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addUniqueConstraint('solution_groups_code_uq', ['plan_id', 'code'])
    .execute();

  await table('solution_items')
    .addColumn('group_id', 'integer', (col) => col.notNull().references('solution_groups.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('lead_unit_id', 'integer', refUnit)
    .execute();

  await table('prior_results')
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('section', 'text', (col) => col.notNull())
    .addColumn('heading', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('value', DOUBLE)
    .addColumn('value_text', 'text')
    .addColumn('indicator_code', 'text')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'prior_results',
    'solution_items',
    'solution_groups',
    'plan_objectives',
    'indicators',
    'plan_areas',
    'plans',
    'audit_log',
    'sessions',
    'users',
    'units',
  ]) {
    await db.schema.dropTable(name).execute();
  }
}
