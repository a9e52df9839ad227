// The digital-transformation index: a city's pillars (points out of 1000) and each pillar's
// components (an indicator the wards report, or a figure the system measures), edited by the coordinator.
import type { Kysely } from 'kysely';
import { DOUBLE, dialectOf, refUnit, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);

  await withId(db.schema.createTable('dx_pillars'), dialect)
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('weight', 'integer', (col) => col.notNull())
    .addColumn('sort_order', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'integer', (col) => col.references('users.id'))
    .addUniqueConstraint('dx_pillars_code_uq', ['city_id', 'code'])
    .execute();

  await withId(db.schema.createTable('dx_components'), dialect)
    .addColumn('pillar_id', 'integer', (col) => col.references('dx_pillars.id').onDelete('cascade').notNull())
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    // By code, not id: a city has one plan a year and the codes carry over.
    .addColumn('indicator_code', 'text')
    .addColumn('weight', DOUBLE, (col) => col.notNull())
    .addColumn('sort_order', 'integer', (col) => col.notNull())
    // Each indicator at most once in a city's index (NULLs, the measured figures, are distinct).
    .addUniqueConstraint('dx_components_indicator_uq', ['city_id', 'indicator_code'])
    .execute();
  await db.schema.createIndex('dx_components_pillar_idx').on('dx_components').column('pillar_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dx_components').execute();
  await db.schema.dropTable('dx_pillars').execute();
}
