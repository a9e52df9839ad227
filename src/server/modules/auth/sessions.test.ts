import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnSession } from '../../../common/auth.js';
import { DEMO_PASSWORD } from '../../db/seed/index.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';

/** A sign-in from a given browser and address, as the session list will show it. */
async function signInFrom(app: FastifyInstance, username: string, userAgent: string, address: string, password = DEMO_PASSWORD) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, headers: { 'user-agent': userAgent }, payload: { username, password } });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((candidate) => candidate.name === 'hd_session')?.value ?? '';
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return {
    cookie,
    get: (url: string) => app.inject({ method: 'GET', url, cookies: { hd_session: cookie } }),
    send: (method: 'POST' | 'DELETE', url: string, payload?: object) =>
      app.inject({ method, url, cookies: { hd_session: cookie }, headers: { 'x-csrf-token': csrfToken }, ...(payload ? { payload } : {}) }),
  };
}

describe.each(testDialects)('one’s own sessions on %s', (dialect) => {
  const clock = manualClock('2024-05-13T01:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
  });
  afterAll(() => t.close());

  it('lists the sessions with device, address and last use, ends one, and signs out everywhere else', async () => {
    clock.set('2024-05-13T01:00:00Z');
    const office = await signInFrom(t.app, 'tckh', 'Mozilla/5.0 (Windows NT 10.0) Chrome/120', '10.0.0.5');
    clock.set('2024-05-13T02:00:00Z');
    const phone = await signInFrom(t.app, 'tckh', 'Mozilla/5.0 (iPhone) Safari/17', '113.161.1.2');
    const home = await signInFrom(t.app, 'tckh', 'Mozilla/5.0 (X11; Linux) Firefox/125', '14.161.3.4');
    clock.set('2024-05-13T03:00:00Z');
    await office.get('/api/auth/me');
    const list = (await phone.get('/api/auth/sessions')).json<OwnSession[]>();
    expect(list.map((session) => [session.address, session.current])).toEqual([
      ['10.0.0.5', false],
      ['113.161.1.2', true],
      ['14.161.3.4', false],
    ]);
    expect(list[0]).toMatchObject({ userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/120', lastSeenAt: '2024-05-13T03:00:00.000Z', createdAt: '2024-05-13T01:00:00.000Z' });
    // Nothing in the list opens a session.
    expect(JSON.stringify(list)).not.toContain(office.cookie);

    expect((await phone.send('DELETE', `/api/auth/sessions/${list[2]?.handle ?? ''}`)).statusCode).toBe(204);
    expect((await home.get('/api/auth/me')).statusCode).toBe(401);
    expect((await phone.send('POST', '/api/auth/sessions/end-others')).json()).toEqual({ ended: 1 });
    expect((await office.get('/api/auth/me')).statusCode).toBe(401);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('cannot end another user’s session', async () => {
    const mine = await signInFrom(t.app, 'tnmt', 'A', '10.0.0.6');
    const theirs = await signInFrom(t.app, 'lanhdao', 'B', '10.0.0.7');
    const [handle] = (await theirs.get('/api/auth/sessions')).json<OwnSession[]>().map((session) => session.handle);
    expect((await mine.send('DELETE', `/api/auth/sessions/${handle ?? ''}`)).statusCode).toBe(404);
    expect((await theirs.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends every session when the password is changed, and gives the one that changed it a new session', async () => {
    const other = await signInFrom(t.app, 'canbo.p7', 'A', '10.0.0.8');
    const changer = await signInFrom(t.app, 'canbo.p7', 'B', '10.0.0.9');
    const changed = await changer.send('POST', '/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Hai-Dang-Moi-2024' });
    expect(changed.statusCode).toBe(200);
    const rotated = changed.cookies.find((cookie) => cookie.name === 'hd_session')?.value;
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(changer.cookie);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect((await changer.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { hd_session: rotated ?? '' } })).statusCode).toBe(200);
  });

  it('ends every session of a user whose password an administrator resets, or who is disabled', async () => {
    const admin = await signIn(t.app, 'admin');
    const users = (await admin.get('/api/users?q=canbo.p8')).json<{ id: number; username: string }[]>();
    const p8 = users.find((user) => user.username === 'canbo.p8')?.id ?? -1;
    const first = await signInFrom(t.app, 'canbo.p8', 'A', '10.0.1.1');
    expect((await admin.post(`/api/users/${p8}/reset-password`, {})).statusCode).toBe(200);
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);

    const users9 = (await admin.get('/api/users?q=canbo.p9')).json<{ id: number; username: string }[]>();
    const p9 = users9.find((user) => user.username === 'canbo.p9')?.id ?? -1;
    const second = await signInFrom(t.app, 'canbo.p9', 'A', '10.0.1.2');
    expect((await admin.patch(`/api/users/${p9}`, { disabled: true })).statusCode).toBe(200);
    expect((await second.get('/api/auth/me')).statusCode).toBe(401);
  });
});
