// A plan's life: drafted, issued with its decision (number, date, signer, signed PDF), amended in
// versions that say from which month they apply; each indicator's target per version, and the links
// across years (the indicator a copy continues) and up (the province's indicator, a DTI criterion).
import { type Kysely, sql } from 'kysely';
import { DOUBLE, dialectOf, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);

  // Plans written before this migration came from the seed and are in force: issued.
  await db.schema.alterTable('plans').addColumn('status', 'text', (col) => col.notNull().defaultTo('issued')).execute();
  for (const column of ['decision_number', 'decision_date', 'signer', 'issued_at', 'updated_at']) {
    await db.schema.alterTable('plans').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('plans').addColumn('issued_by', 'integer', (col) => col.references('users.id')).execute();
  await db.schema.alterTable('plans').addColumn('source_plan_id', 'integer', (col) => col.references('plans.id').onDelete('set null')).execute();

  await db.schema.alterTable('indicators').addColumn('continues_indicator_id', 'integer', (col) => col.references('indicators.id').onDelete('set null')).execute();
  await db.schema.alterTable('indicators').addColumn('province_indicator_id', 'integer', (col) => col.references('indicators.id').onDelete('set null')).execute();
  await db.schema.alterTable('indicators').addColumn('dti_criterion', 'text').execute();
  await db.schema.createIndex('indicators_province_idx').on('indicators').column('province_indicator_id').execute();

  // Version 1 is the plan as issued; each amendment (Kế hoạch điều chỉnh) adds the next.
  await withId(db.schema.createTable('plan_versions'), dialect)
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('signer', 'text')
    // The first month (period) of the plan's year the version applies to.
    .addColumn('effective_month', 'integer', (col) => col.notNull())
    .addColumn('reason', 'text')
    // JSON: what the version changed, [{ code, field, before, after }].
    .addColumn('changes', 'text')
    // 1 when the amendment knowingly changes the target of months already approved.
    .addColumn('retroactive', 'integer', (col) => col.notNull().defaultTo(0))
    // The signed document (PDF), stored by lib/files.ts under its SHA-256.
    .addColumn('document_name', 'text')
    .addColumn('document_size', 'integer')
    .addColumn('document_sha256', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('plan_versions_number_uq', ['plan_id', 'number'])
    .execute();

  // The target each version sets, from its month on; a month reads the latest row at or before it.
  await db.schema
    .createTable('indicator_targets')
    .addColumn('indicator_id', 'integer', (col) => col.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('version_id', 'integer', (col) => col.notNull().references('plan_versions.id').onDelete('cascade'))
    .addColumn('from_month', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('value', DOUBLE)
    .addColumn('comparator', 'text', (col) => col.notNull())
    .addColumn('due_date', 'text')
    .addPrimaryKeyConstraint('indicator_targets_pk', ['indicator_id', 'version_id'])
    .execute();

  await sql`insert into plan_versions (plan_id, number, kind, effective_month, retroactive, created_at)
    select id, 1, 'issue', 1, 0, created_at from plans`.execute(db);
  await sql`insert into indicator_targets (indicator_id, version_id, from_month, text, value, comparator, due_date)
    select i.id, v.id, 1, i.target_text, i.target_value, i.target_comparator, i.target_due_date
    from indicators i inner join plan_versions v on v.plan_id = i.plan_id`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_targets').execute();
  await db.schema.dropTable('plan_versions').execute();
  await db.schema.dropIndex('indicators_province_idx').execute();
  for (const column of ['dti_criterion', 'province_indicator_id', 'continues_indicator_id']) {
    await db.schema.alterTable('indicators').dropColumn(column).execute();
  }
  for (const column of ['source_plan_id', 'issued_by', 'updated_at', 'issued_at', 'signer', 'decision_date', 'decision_number', 'status']) {
    await db.schema.alterTable('plans').dropColumn(column).execute();
  }
}
