// Sign-in security: where each session and audited action came from, and failed sign-ins counted in the
// database (per account and per address), so throttling and lockouts hold across restarts and instances.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['address', 'user_agent', 'last_seen_at']) {
    await db.schema.alterTable('sessions').addColumn(column, 'text').execute();
  }
  for (const column of ['address', 'user_agent']) {
    await db.schema.alterTable('audit_log').addColumn(column, 'text').execute();
  }
  await db.schema.createIndex('audit_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('login_throttle')
    // "account:<username>" or "address:<ip>"
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('first_failure_at', 'text', (col) => col.notNull())
    .addColumn('last_failure_at', 'text', (col) => col.notNull())
    .addColumn('locked_until', 'text')
    /** Lockouts in a row: each one lasts twice as long as the one before. */
    .addColumn('lockouts', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema.dropIndex('audit_at_idx').execute();
  for (const column of ['address', 'user_agent']) await db.schema.alterTable('audit_log').dropColumn(column).execute();
  for (const column of ['address', 'user_agent', 'last_seen_at']) await db.schema.alterTable('sessions').dropColumn(column).execute();
}
