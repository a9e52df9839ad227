// Imported ward boundaries. The outline itself is ward_locations.boundary (GeoJSON text), which
// field-report routing and the citizen map already read; these tables keep each ward's bounding box
// and the import it came from. A new import replaces the city's outlines in one transaction.
import type { Kysely } from 'kysely';
import { DOUBLE, dialectOf, refUnit, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db.schema.createTable('ward_boundary_imports'), dialectOf(db))
    .addColumn('city_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('ward_count', 'integer', (col) => col.notNull())
    .addColumn('imported_by', 'integer', (col) => col.references('users.id'))
    .addColumn('imported_at', 'text', (col) => col.notNull())
    // Set when the outlines were removed (back to points) or replaced by a later import.
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('ward_boundary_imports_city_idx').on('ward_boundary_imports').column('city_id').execute();

  await db.schema
    .createTable('ward_boundaries')
    .addColumn('unit_id', 'integer', (col) => refUnit(col).primaryKey())
    .addColumn('import_id', 'integer', (col) => col.notNull().references('ward_boundary_imports.id'))
    .addColumn('min_lng', DOUBLE, (col) => col.notNull())
    .addColumn('min_lat', DOUBLE, (col) => col.notNull())
    .addColumn('max_lng', DOUBLE, (col) => col.notNull())
    .addColumn('max_lat', DOUBLE, (col) => col.notNull())
    .addColumn('matched_by', 'text', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ward_boundaries').execute();
  await db.schema.dropTable('ward_boundary_imports').execute();
}
