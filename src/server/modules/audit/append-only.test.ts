// The database itself keeps the audit trail append-only, on SQLite and PostgreSQL: a direct UPDATE,
// DELETE (or TRUNCATE) through Kysely fails and leaves the entry as it was; an INSERT works.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/index.js';
import { migrateToLatest } from '../../db/migrate.js';
import * as appendOnly from '../../db/migrations/20241204000000_audit_append_only.js';
import { recordAudit } from '../../lib/audit.js';
import { createTestDatabase, testDialects } from '../../test/harness.js';

describe.each(testDialects)('append-only audit_log on %s', (dialect) => {
  let database: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
  });
  afterAll(() => database.drop());

  const entry = { at: new Date('2024-05-12T02:00:00Z'), actorId: null, unitId: null, entity: 'login', entityId: 'ai.do', action: 'login_failed', reason: 'unknown_user' };
  const stored = () => database.db.selectFrom('audit_log').select(['id', 'reason']).orderBy('id').execute();

  it('takes new entries and refuses to change or remove them', async () => {
    const db = database.db;
    await recordAudit(db, entry);
    await recordAudit(db, { ...entry, entityId: 'ai.khac' });
    const before = await stored();
    expect(before).toHaveLength(2);

    await expect(db.updateTable('audit_log').set({ reason: 'wrong_password' }).execute()).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
    await expect(db.updateTable('audit_log').set({ reason: null }).where('id', '=', before[0]?.id ?? 0).execute()).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
    await expect(db.deleteFrom('audit_log').where('entity', '=', 'login').execute()).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
    // A change refused inside a transaction takes the transaction's other writes with it.
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAudit(trx, { ...entry, entityId: 'trong.giao.dich' });
        await trx.deleteFrom('audit_log').where('entity_id', '=', 'ai.do').execute();
      }),
    ).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
    if (dialect === 'postgres') await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
    expect(await stored()).toEqual(before);

    await recordAudit(db, { ...entry, entityId: 'ai.nua' });
    expect(await stored()).toHaveLength(3);
  });

  it('comes off and back on with its migration', async () => {
    const db = database.db;
    await appendOnly.down(db);
    await db.updateTable('audit_log').set({ reason: 'locked' }).where('entity_id', '=', 'ai.nua').execute();
    await appendOnly.up(db);
    await expect(db.updateTable('audit_log').set({ reason: null }).execute()).rejects.toThrow(appendOnly.APPEND_ONLY_MESSAGE);
  });
});
