// Monthly reporting: the calendar, periods, submissions and their values, evidence, and the
// rollup aggregates kept in step with approvals.
import type { Kysely } from 'kysely';
import { DOUBLE, dialectOf, refUnit, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const table = (name: string) => withId(db.schema.createTable(name), dialect);

  await db.schema
    .createTable('reporting_calendars')
    .addColumn('unit_id', 'integer', (col) => refUnit(col).primaryKey())
    .addColumn('cutoff_day', 'integer', (col) => col.notNull())
    .addColumn('unit_due_day', 'integer', (col) => col.notNull())
    .addColumn('consolidation_day', 'integer', (col) => col.notNull())
    .addColumn('change_warning_percent', DOUBLE, (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await table('reporting_periods')
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('month', 'integer', (col) => col.notNull())
    .addColumn('data_from', 'text', (col) => col.notNull())
    .addColumn('data_to', 'text', (col) => col.notNull())
    .addColumn('due_date', 'text', (col) => col.notNull())
    .addColumn('consolidation_due_date', 'text', (col) => col.notNull())
    .addUniqueConstraint('reporting_periods_uq', ['unit_id', 'year', 'month'])
    .execute();

  await table('report_submissions')
    .addColumn('period_id', 'integer', (col) => col.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (col) => refUnit(col).notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('first_submitted_at', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'integer', (col) => col.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'integer', (col) => col.references('users.id'))
    .addColumn('return_reason', 'text')
    .addColumn('demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('report_submissions_uq', ['period_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('report_submissions_unit_idx').on('report_submissions').columns(['unit_id', 'period_id']).execute();

  await table('report_values')
    .addColumn('submission_id', 'integer', (col) => col.notNull().references('report_submissions.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (col) => col.notNull().references('indicators.id'))
    .addColumn('numerator', DOUBLE)
    .addColumn('denominator', DOUBLE)
    .addColumn('value', DOUBLE)
    .addColumn('met', 'integer')
    .addColumn('done_date', 'text')
    .addColumn('comment', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'integer', (col) => col.references('users.id'))
    .addUniqueConstraint('report_values_uq', ['submission_id', 'indicator_id'])
    .execute();
  await db.schema.createIndex('report_values_indicator_idx').on('report_values').columns(['indicator_id', 'submission_id']).execute();

  await table('report_evidence')
    .addColumn('submission_id', 'integer', (col) => col.notNull().references('report_submissions.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (col) => col.references('indicators.id'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('uploaded_by', 'integer', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  // Σ of approved (and of submitted-or-approved) figures per indicator and period, changed in the
  // same transaction as the approval that changes them: rollups read a few rows, never scan values.
  await db.schema
    .createTable('rollup_cells')
    .addColumn('indicator_id', 'integer', (col) => col.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('period_id', 'integer', (col) => col.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('units', 'integer', (col) => col.notNull())
    .addColumn('numerator', DOUBLE, (col) => col.notNull())
    .addColumn('denominator', DOUBLE, (col) => col.notNull())
    .addColumn('value_sum', DOUBLE, (col) => col.notNull())
    .addColumn('met', 'integer', (col) => col.notNull())
    .addColumn('done', 'integer', (col) => col.notNull())
    .addColumn('latest_done_date', 'text')
    .addPrimaryKeyConstraint('rollup_cells_pk', ['indicator_id', 'period_id', 'stage'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['rollup_cells', 'report_evidence', 'report_values', 'report_submissions', 'reporting_periods', 'reporting_calendars']) {
    await db.schema.dropTable(name).execute();
  }
}
