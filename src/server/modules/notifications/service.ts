// In-app notifications any module can send: notify() writes them, skipping any whose dedupe key
// was already used, so a reminder job can run as often as it likes without repeating itself.
import type { Db } from '../../db/index.js';
import { countAll } from '../../db/dialect.js';
import { insertRows } from '../../db/insert-rows.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { notificationPolicy } from './policy.js';
import type { NotificationRow } from './schema.js';

export interface NotificationInput {
  userId: number;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  entity?: string | null;
  entityId?: string | number | null;
  /** One notification per key, ever; null sends every time. */
  dedupeKey?: string | null;
}

// Ten columns a row: well under PostgreSQL's 65,535 parameters per statement.
const BATCH = 500;

const notificationRow = (input: NotificationInput, now: Date) => ({
  user_id: input.userId,
  kind: input.kind,
  title: input.title,
  body: input.body ?? null,
  link: input.link ?? null,
  entity: input.entity ?? null,
  entity_id: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
  dedupe_key: input.dedupeKey ?? null,
  created_at: now.toISOString(),
  read_at: null,
});

/** Writes the notifications not sent before; returns only the new ones (e.g. to e-mail them). */
export async function notify(db: Db, inputs: NotificationInput[], now: Date): Promise<NotificationRow[]> {
  const created: NotificationRow[] = [];
  for (let start = 0; start < inputs.length; start += BATCH) {
    const inserted = await db
      .insertInto('notifications')
      .values(inputs.slice(start, start + BATCH).map((input) => notificationRow(input, now)))
      .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
      .returningAll()
      .execute();
    created.push(...inserted);
  }
  return created;
}

/**
 * Writes notices of events that happen once (a report filed, assigned, answered): no dedupe key to
 * check and nothing read back, which keeps them cheap on the field-report intake's path.
 */
export async function sendNotices(db: Db, inputs: Omit<NotificationInput, 'dedupeKey'>[], now: Date): Promise<void> {
  await insertRows(
    db,
    'notifications',
    inputs.map((input) => notificationRow(input, now)),
  );
}

export async function listNotifications(db: Db, actor: Actor, options: { unreadOnly: boolean; limit: number }) {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', actor.id);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  const [items, unread] = await Promise.all([
    query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute(),
    db.selectFrom('notifications').select(countAll().as('count')).where('user_id', '=', actor.id).where('read_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return { items, unread: unread.count };
}

/** Marks one of the actor's notifications read; someone else's is "not found", not "forbidden". */
export async function markRead(db: Db, actor: Actor, id: number, now: Date): Promise<NotificationRow> {
  const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !notificationPolicy.allow(actor, 'read', { userId: row.user_id })) throw notFound({ vi: 'thông báo', en: 'Notification' });
  if (row.read_at !== null) return row;
  return db.updateTable('notifications').set({ read_at: now.toISOString() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function markAllRead(db: Db, actor: Actor, now: Date): Promise<void> {
  await db.updateTable('notifications').set({ read_at: now.toISOString() }).where('user_id', '=', actor.id).where('read_at', 'is', null).execute();
}
