// Internal notes on a field report: staff comments that the citizen, the public pages and Open311
// never see (a table of their own, so no public query can select them by mistake).
import type { Kysely } from 'kysely';
import { dialectOf, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db.schema.createTable('field_report_notes'), dialectOf(db))
    .addColumn('report_id', 'integer', (col) => col.notNull().references('field_reports.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (col) => col.notNull().references('users.id'))
    /** The author's unit when writing: officers move between units, the note stays where it was written. */
    .addColumn('author_unit_id', 'integer', (col) => col.notNull().references('units.id'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('field_report_notes_report_idx').on('field_report_notes').columns(['report_id', 'created_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('field_report_notes').execute();
}
