// Open311 API keys: issued by the administrator to a named client (an app, a partner system), shown
// once, stored as a SHA-256 hash, revocable; a POST to /requests needs a live one.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, notFound } from '../../lib/errors.js';
import { type Actor, definePolicy, isRole, withinJurisdiction } from '../../lib/policy.js';
import type { ApiKeyRow } from './schema.js';

export const apiKeyPolicy = definePolicy({
  manage: (actor: Actor, cityId: number) => isRole(actor, 'admin') && withinJurisdiction(actor, cityId),
});

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

export const presentApiKey = (row: ApiKeyRow) => ({ id: row.id, name: row.name, prefix: row.key_prefix, createdAt: row.created_at, revokedAt: row.revoked_at, lastUsedAt: row.last_used_at });

export async function listApiKeys(db: Db, actor: Actor, cityId: number): Promise<ApiKeyRow[]> {
  apiKeyPolicy.authorize(actor, 'manage', cityId);
  return db.selectFrom('open311_api_keys').selectAll().where('city_id', '=', cityId).orderBy('id').execute();
}

/** A new key; the plain text is returned this once and never stored. */
export async function issueApiKey(db: Db, actor: Actor, cityId: number, name: string, now: Date): Promise<{ row: ApiKeyRow; key: string }> {
  apiKeyPolicy.authorize(actor, 'manage', cityId);
  const key = `hd311_${randomBytes(24).toString('base64url')}`;
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('open311_api_keys')
      .values({ city_id: cityId, name, key_hash: hash(key), key_prefix: key.slice(0, 10), created_by: actor.id, created_at: now.toISOString(), revoked_by: null, revoked_at: null, last_used_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: cityId, entity: 'open311_api_key', entityId: inserted.id, action: 'issue', changes: { name: [null, name] } });
    return inserted;
  });
  liveKeys.delete(db);
  return { row, key };
}

export async function revokeApiKey(db: Db, actor: Actor, id: number, now: Date): Promise<ApiKeyRow> {
  const row = await db.selectFrom('open311_api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound({ vi: 'khóa API', en: 'API key' });
  apiKeyPolicy.authorize(actor, 'manage', row.city_id);
  if (row.revoked_at !== null) throw new AppError('CONFLICT');
  const revoked = await db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('open311_api_keys').set({ revoked_at: now.toISOString(), revoked_by: actor.id }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: row.city_id, entity: 'open311_api_key', entityId: id, action: 'revoke', changes: { revoked_at: [null, updated.revoked_at] } });
    return updated;
  });
  // Refused from the next request on.
  liveKeys.delete(db);
  return revoked;
}

// The live keys, read once per database and dropped when a key is issued or revoked: a busy
// client costs no key query per request.
const liveKeys = new WeakMap<Db, Promise<Map<string, ApiKeyRow>>>();

function liveKeysOf(db: Db): Promise<Map<string, ApiKeyRow>> {
  let keys = liveKeys.get(db);
  if (!keys) {
    const loading = db
      .selectFrom('open311_api_keys')
      .selectAll()
      .where('revoked_at', 'is', null)
      .execute()
      .then((rows) => new Map(rows.map((row) => [row.key_hash, row])));
    loading.catch(() => liveKeys.get(db) === loading && liveKeys.delete(db));
    liveKeys.set(db, loading);
    keys = loading;
  }
  return keys;
}

// Last use is noted to the minute: a busy client costs no extra durable write per request.
const USE_NOTED_EVERY_MS = 60_000;

/** The live key of the city matching `key`, its use noted; null when unknown, revoked or another city's. */
export async function checkApiKey(db: Db, cityId: number, key: string | undefined, now: Date): Promise<ApiKeyRow | null> {
  if (!key || key.length > 200) return null;
  const row = (await liveKeysOf(db)).get(hash(key));
  if (!row || row.city_id !== cityId) return null;
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) >= USE_NOTED_EVERY_MS) {
    row.last_used_at = now.toISOString();
    await db.updateTable('open311_api_keys').set({ last_used_at: row.last_used_at }).where('id', '=', row.id).execute();
  }
  return row;
}
