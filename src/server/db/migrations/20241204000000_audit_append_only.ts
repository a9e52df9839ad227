// The audit trail is append-only in the database itself: triggers refuse every UPDATE and DELETE (and, on
// PostgreSQL, TRUNCATE) of audit_log, so no route, script or mistaken query can rewrite the past.
// Also an index for reading the trail by who did it.
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/** The message every refused change carries, on both databases. */
export const APPEND_ONLY_MESSAGE = 'audit_log is append-only';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '${sql.raw(APPEND_ONLY_MESSAGE)}' USING ERRCODE = 'insufficient_privilege';
      END
      $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  } else {
    for (const [name, event] of [
      ['audit_log_no_update', 'UPDATE'],
      ['audit_log_no_delete', 'DELETE'],
    ] as const) {
      await sql`CREATE TRIGGER ${sql.raw(name)} BEFORE ${sql.raw(event)} ON audit_log BEGIN SELECT RAISE(ABORT, '${sql.raw(APPEND_ONLY_MESSAGE)}'); END`.execute(db);
    }
  }
  await db.schema.createIndex('audit_actor_idx').on('audit_log').columns(['actor_id', 'at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_actor_idx').execute();
  if (dialectOf(db) === 'postgres') {
    await sql`DROP TRIGGER audit_log_no_truncate ON audit_log`.execute(db);
    await sql`DROP TRIGGER audit_log_no_change ON audit_log`.execute(db);
    await sql`DROP FUNCTION audit_log_refuse_change()`.execute(db);
  } else {
    await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
    await sql`DROP TRIGGER audit_log_no_update`.execute(db);
  }
}
