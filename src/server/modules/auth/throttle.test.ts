import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/index.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, type TestApp, testDialects } from '../../test/harness.js';

const wrong = 'doan-mo-mat-khau';

describe.each(testDialects)('sign-in throttling on %s', (dialect) => {
  const clock = manualClock('2024-05-13T02:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers, remoteAddress });
  const auditOf = (username: string) =>
    t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'login').where('entity_id', '=', username).orderBy('id').execute();

  it('ignores a forged X-Forwarded-For: rotating it does not escape the lockout, and the real address is audited', async () => {
    clock.set('2024-05-13T02:00:00Z');
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await login('tckh', wrong, { 'x-forwarded-for': `203.0.113.${i + 1}` })).statusCode);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    // The fifth failure locks the account; every later guess is refused without looking at the password.
    expect(statuses.slice(4)).toEqual(Array(26).fill(429));
    const trail = await auditOf('tckh');
    expect(trail.every((entry) => entry.address === '127.0.0.1')).toBe(true);
    expect(trail.filter((entry) => entry.action === 'login_failed')).toHaveLength(5);
    expect(trail.filter((entry) => entry.action === 'login_locked')).toHaveLength(1);
    expect(trail.filter((entry) => entry.action === 'login_refused')).toHaveLength(25);
    expect(trail[0]).toMatchObject({ reason: 'wrong_password', at: '2024-05-13T02:00:00.000Z', actor_id: null });
  });

  it('refuses even the right password while locked, says until when, and lets it in after; the next lockout lasts twice as long', async () => {
    clock.set('2024-05-14T02:00:00Z');
    for (let i = 0; i < 5; i += 1) await login('tnmt', wrong);
    const locked = await login('tnmt', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(429);
    // 02:15 UTC is 09:15 in Vietnam.
    expect(locked.json().error.message).toBe('Đăng nhập sai nhiều lần liên tiếp: tài khoản tạm khóa đăng nhập đến 09:15 14/05/2024. Nếu không phải bạn, hãy báo quản trị viên.');
    clock.set('2024-05-14T02:15:01Z');
    for (let i = 0; i < 5; i += 1) await login('tnmt', wrong);
    clock.set('2024-05-14T02:40:00Z');
    expect((await login('tnmt', DEMO_PASSWORD)).statusCode).toBe(429);
    clock.set('2024-05-14T02:45:02Z');
    expect((await login('tnmt', DEMO_PASSWORD)).statusCode).toBe(200);
    // A success forgets the account's failures: four more wrong ones do not lock it.
    for (let i = 0; i < 4; i += 1) expect((await login('tnmt', wrong)).statusCode).toBe(401);
    expect((await login('tnmt', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('tells the account holder and the administrator of a lockout', async () => {
    clock.set('2024-05-15T02:00:00Z');
    for (let i = 0; i < 5; i += 1) await login('lanhdao', wrong);
    const notices = await t.database.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'notifications.title', 'notifications.body'])
      .where('notifications.kind', '=', 'login.locked')
      .where('notifications.body', 'like', '%lanhdao%')
      .execute();
    expect(notices.map((notice) => notice.username).sort()).toEqual(['admin', 'lanhdao']);
    expect(notices.find((notice) => notice.username === 'admin')?.title).toBe('Tài khoản lanhdao bị tạm khóa đăng nhập');
  });

  it('locks an unknown username exactly like a real one, so a lockout tells nothing about who exists', async () => {
    clock.set('2024-05-16T02:00:00Z');
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await login('khong.ton.tai', wrong)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    expect((await auditOf('khong.ton.tai')).map((entry) => entry.reason)).toEqual(['unknown_user', 'unknown_user', 'unknown_user', 'unknown_user', 'unknown_user', 'unknown_user', 'locked']);
  });

  it('locks an address that fails on many accounts, not the others', async () => {
    clock.set('2024-05-17T02:00:00Z');
    const statuses = [];
    for (let i = 0; i < 32; i += 1) statuses.push((await login(`nguoi.${i}`, wrong, {}, '198.51.100.7')).statusCode);
    // Thirty failures on thirty different accounts lock the address.
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await login('vhtt', DEMO_PASSWORD, {}, '198.51.100.7')).statusCode).toBe(429);
    const elsewhere = await login('vhtt', DEMO_PASSWORD, {}, '198.51.100.8');
    expect(elsewhere.statusCode).toBe(200);
  });

  it('records a disabled account trying to sign in', async () => {
    clock.set('2024-05-18T02:00:00Z');
    await t.database.db.updateTable('users').set({ disabled: 1 }).where('username', '=', 'canbo.p1').execute();
    expect((await login('canbo.p1', DEMO_PASSWORD)).statusCode).toBe(403);
    expect((await auditOf('canbo.p1')).map((entry) => [entry.action, entry.reason])).toEqual([['login_failed', 'disabled']]);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { env: { TRUST_PROXY: '1' } });
  });
  afterAll(() => t.close());

  it('takes the address the proxy forwards, and still locks an account guessed from many addresses', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'vhtt', password: wrong }, headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429]);
    const addresses = await t.database.db.selectFrom('audit_log').select('address').where('entity', '=', 'login').where('entity_id', '=', 'vhtt').orderBy('id').execute();
    expect(addresses[0]?.address).toBe('203.0.113.1');
    expect(addresses.at(-1)?.address).toBe('203.0.113.8');
  });
});
