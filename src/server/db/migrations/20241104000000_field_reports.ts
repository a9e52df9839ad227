// Citizen field reports, their categories and routing rules, ward locations, the holiday calendar
// that deadlines in working days skip, and the Open311 API keys.
import type { Kysely } from 'kysely';
import { DOUBLE, dialectOf, refUnit, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const table = (name: string) => withId(db.schema.createTable(name), dialect);
  const refUser = (col: Parameters<typeof refUnit>[0]) => col.references('users.id');

  // One row per exception to "Monday to Friday": a weekday off, or a weekend day worked in exchange.
  await db.schema
    .createTable('holidays')
    .addColumn('date', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'integer', refUser)
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('ward_locations')
    .addColumn('unit_id', 'integer', (col) => refUnit(col).primaryKey())
    .addColumn('lat', DOUBLE, (col) => col.notNull())
    .addColumn('lng', DOUBLE, (col) => col.notNull())
    .addColumn('approximate', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('boundary', 'text')
    .addColumn('source', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await table('field_report_categories')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('group_name', 'text')
    .addColumn('keywords', 'text')
    .addColumn('sla_days', 'integer', (col) => col.notNull())
    .addColumn('duplicate_radius_m', 'integer', (col) => col.notNull().defaultTo(100))
    .addColumn('duplicate_days', 'integer', (col) => col.notNull().defaultTo(30))
    .addColumn('attributes', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(100))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('field_report_categories_code_uq', ['city_id', 'code'])
    .execute();

  await table('field_report_routing_rules')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('category_id', 'integer', (col) => col.references('field_report_categories.id').onDelete('cascade'))
    .addColumn('ward_id', 'integer', refUnit)
    .addColumn('unit_id', 'integer', refUnit)
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('field_report_routing_rules_city_idx').on('field_report_routing_rules').column('city_id').execute();

  await table('open311_api_keys')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('key_hash', 'text', (col) => col.notNull().unique())
    .addColumn('key_prefix', 'text', (col) => col.notNull())
    .addColumn('created_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_by', 'integer', refUser)
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();

  await table('field_reports')
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('token', 'text', (col) => col.notNull().unique())
    .addColumn('category_id', 'integer', (col) => col.notNull().references('field_report_categories.id'))
    .addColumn('description', 'text')
    .addColumn('address', 'text')
    .addColumn('address_id', 'text')
    .addColumn('lat', DOUBLE)
    .addColumn('lng', DOUBLE)
    .addColumn('ward_id', 'integer', refUnit)
    .addColumn('ward_source', 'text')
    .addColumn('unit_id', 'integer', refUnit)
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attributes', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('media_url', 'text')
    .addColumn('anonymous', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('reporter_email', 'text')
    .addColumn('device_id', 'text')
    .addColumn('account_id', 'text')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('api_key_id', 'integer', (col) => col.references('open311_api_keys.id'))
    .addColumn('sla_days', 'integer', (col) => col.notNull())
    .addColumn('due_date', 'text', (col) => col.notNull())
    .addColumn('baseline_due_date', 'text', (col) => col.notNull())
    .addColumn('extended_at', 'text')
    .addColumn('extended_by', 'integer', refUser)
    .addColumn('extension_reason', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'integer', refUser)
    .addColumn('accepted_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('answer', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('merged_into_id', 'integer', (col) => col.references('field_reports.id'))
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('field_reports_city_idx').on('field_reports').columns(['city_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('field_reports_unit_idx').on('field_reports').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('field_reports_nearby_idx').on('field_reports').columns(['category_id', 'lat']).execute();
  await db.schema.createIndex('field_reports_closed_idx').on('field_reports').columns(['city_id', 'closed_at']).execute();
  await db.schema.createIndex('field_reports_due_idx').on('field_reports').columns(['city_id', 'due_date']).execute();
  await db.schema.createIndex('field_reports_merged_idx').on('field_reports').column('merged_into_id').execute();

  await table('field_report_events')
    .addColumn('report_id', 'integer', (col) => col.notNull().references('field_reports.id').onDelete('cascade'))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'integer', refUnit)
    .addColumn('actor_id', 'integer', refUser)
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .execute();
  await db.schema.createIndex('field_report_events_report_idx').on('field_report_events').columns(['report_id', 'at']).execute();

  // Only the resized copy without metadata is kept (under <dataDir>/files/<sha256>).
  await table('field_report_photos')
    .addColumn('report_id', 'integer', (col) => col.notNull().references('field_reports.id').onDelete('cascade'))
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('width', 'integer', (col) => col.notNull())
    .addColumn('height', 'integer', (col) => col.notNull())
    .addColumn('uploaded_by', 'integer', refUser)
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('field_report_photos_report_idx').on('field_report_photos').column('report_id').execute();

  await table('field_report_supporters')
    .addColumn('report_id', 'integer', (col) => col.notNull().references('field_reports.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('field_report_supporters_report_idx').on('field_report_supporters').column('report_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'field_report_supporters',
    'field_report_photos',
    'field_report_events',
    'field_reports',
    'open311_api_keys',
    'field_report_routing_rules',
    'field_report_categories',
    'ward_locations',
    'holidays',
  ]) {
    await db.schema.dropTable(name).execute();
  }
}
