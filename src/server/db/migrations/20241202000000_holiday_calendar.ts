// The working calendar that keeps itself: each year's status (proposed or confirmed) and computed
// proposal, the administrator's adjustments to the Government's announcement, a field report's
// extension in working days, and the reporting calendar's rule for a due day that is not a working
// day. The days themselves stay in holidays.
import type { Kysely } from 'kysely';
import { dialectOf, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('holiday_years')
    .addColumn('year', 'integer', (col) => col.primaryKey())
    .addColumn('status', 'text', (col) => col.notNull())
    // JSON: the computed days (Holiday[]) the adjustments apply to; never recomputed once confirmed.
    .addColumn('proposal', 'text', (col) => col.notNull())
    .addColumn('reference', 'text')
    .addColumn('proposed_at', 'text', (col) => col.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'integer', (col) => col.references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await withId(db.schema.createTable('holiday_adjustments'), dialectOf(db))
    .addColumn('year', 'integer', (col) => col.references('holiday_years.year').notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('from_date', 'text')
    .addColumn('name', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('holiday_adjustments_year_idx').on('holiday_adjustments').column('year').execute();

  // keep: the 12th is the 12th; next_working_day: a due day off moves to the next working day.
  await db.schema
    .alterTable('reporting_calendars')
    .addColumn('due_on_day_off', 'text', (col) => col.notNull().defaultTo('keep'))
    .execute();

  // An extension's working days, so a change of the calendar counts it again from the new baseline
  // (null for extensions granted before: their days are counted between the two dates).
  await db.schema.alterTable('field_reports').addColumn('extension_days', 'integer').execute();

  // The years an administrator typed in by hand become confirmed years as they stand, so no
  // deadline changes: their days are their own base, with no adjustment.
  const now = new Date().toISOString();
  const rows = await db.selectFrom('holidays').select(['date', 'name', 'kind', 'note']).orderBy('date').execute();
  const byYear = new Map<number, unknown[]>();
  for (const row of rows as { date: string; name: string; kind: string; note: string | null }[]) {
    const year = Number(row.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), { date: row.date, name: row.name, kind: row.kind, note: row.note }]);
  }
  for (const [year, days] of byYear) {
    await db
      .insertInto('holiday_years')
      .values({
        year,
        status: 'confirmed',
        proposal: JSON.stringify(days),
        reference: 'Lịch đã nhập trước khi có lịch tự tính',
        proposed_at: now,
        confirmed_at: now,
        confirmed_by: null,
        updated_at: now,
      })
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('field_reports').dropColumn('extension_days').execute();
  await db.schema.alterTable('reporting_calendars').dropColumn('due_on_day_off').execute();
  await db.schema.dropTable('holiday_adjustments').execute();
  await db.schema.dropTable('holiday_years').execute();
  // The days stay in holidays: before this migration that table was the whole calendar.
}
