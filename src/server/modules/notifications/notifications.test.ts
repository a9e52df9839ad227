import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../../common/tasks.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { notify } from './service.js';

const NOW = '2024-09-20T03:00:00Z';

describe.each(testDialects)('notifications on %s', (dialect) => {
  let t: TestApp;
  let tnmt: number;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock(NOW) });
    tnmt = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'tnmt').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('skips a notification whose dedupe key was used, within a batch and across calls', async () => {
    const message = { userId: tnmt, kind: 'due_soon', title: 'Sắp đến hạn', dedupeKey: 'test:1' };
    const first = await notify(t.database.db, [message, { ...message, title: 'Lặp trong cùng lô' }], new Date(NOW));
    expect(first.map((row) => row.title)).toEqual(['Sắp đến hạn']);
    expect(await notify(t.database.db, [message], new Date(NOW))).toEqual([]);
    const oneOff = await notify(t.database.db, [{ userId: tnmt, kind: 'info', title: 'Không khóa' }, { userId: tnmt, kind: 'info', title: 'Không khóa' }], new Date(NOW));
    expect(oneOff).toHaveLength(2);
  });

  it('lists my notifications with the unread count, and marks them read', async () => {
    const session = await signIn(t.app, 'tnmt');
    const list = (await session.get('/api/notifications')).json<{ unread: number; items: Notification[] }>();
    expect(list.unread).toBe(3);
    const [latest] = list.items;
    const read = await session.post(`/api/notifications/${latest?.id}/read`);
    expect(read.json<Notification>().readAt).toBe('2024-09-20T03:00:00.000Z');
    expect((await session.get('/api/notifications?unread=true')).json<{ unread: number; items: Notification[] }>()).toMatchObject({ unread: 2 });
    expect((await session.post('/api/notifications/read-all')).statusCode).toBe(204);
    expect((await session.get('/api/notifications')).json<{ unread: number }>().unread).toBe(0);
  });

  it('keeps notifications to their recipient', async () => {
    const [row] = await notify(t.database.db, [{ userId: tnmt, kind: 'info', title: 'Riêng' }], new Date(NOW));
    const other = await signIn(t.app, 'tckh');
    expect((await other.post(`/api/notifications/${row?.id}/read`)).statusCode).toBe(404);
    expect((await other.get('/api/notifications')).json<{ items: Notification[] }>().items.some((item) => item.id === row?.id)).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});
