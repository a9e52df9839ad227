import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/index.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type Session, type TestApp, testDialects } from '../../test/harness.js';

const codeAt = (secret: string, iso: string) => generate({ secret, epoch: Math.floor(Date.parse(iso) / 1000) });

/** Answers the second step of a sign-in with this code; the challenge comes from the password step. */
async function passwordStep(app: FastifyInstance, username: string, password = DEMO_PASSWORD) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

describe.each(testDialects)('the second factor on %s', (dialect) => {
  const clock = manualClock('2024-05-13T01:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
  });
  afterAll(() => t.close());

  /** Enrols at the clock's time `at` (set before the session was opened). */
  async function enrol(session: Session, at: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    expect(clock.now().toISOString()).toBe(new Date(at).toISOString());
    const setup = await session.post('/api/auth/second-factor/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, uri, qrSvg } = setup.json<{ secret: string; uri: string; qrSvg: string }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\/H%E1%BA%A3i%20%C4%90%C4%83ng:/);
    expect(qrSvg).toMatch(/^<svg/);
    expect((await session.post('/api/auth/second-factor/confirm', { code: '000000' })).statusCode).toBe(400);
    const confirmed = await session.post('/api/auth/second-factor/confirm', { code: await codeAt(secret, at) });
    expect(confirmed.statusCode).toBe(200);
    return { secret, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes };
  }

  it('enrols with a QR code, then asks every sign-in for a code, which works once', async () => {
    clock.set('2024-05-13T01:00:00Z');
    const session = await signIn(t.app, 'lanhdao');
    const { secret, recoveryCodes } = await enrol(session, '2024-05-13T01:00:00Z');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // The recovery codes are kept hashed only.
    const stored = await t.database.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(stored.some((row) => recoveryCodes.includes(row.code_hash))).toBe(false);

    clock.set('2024-05-13T02:00:00Z');
    const step = await passwordStep(t.app, 'lanhdao');
    expect(step.statusCode).toBe(202);
    expect(step.cookies.find((cookie) => cookie.name === 'hd_session')).toBeUndefined();
    const { challenge } = step.json<{ challenge: string }>();
    const code = await codeAt(secret, '2024-05-13T02:00:00Z');
    const signedIn = await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge, code } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ user: { username: 'lanhdao' }, restriction: null, secondFactor: { enabled: true } });
    // The same code again, even with a new challenge, is refused.
    const again = (await passwordStep(t.app, 'lanhdao')).json<{ challenge: string }>();
    const replay = await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge: again.challenge, code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toBe('Mã xác thực không đúng hoặc đã dùng.');
    // A recovery code works once.
    const recovery = await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge: again.challenge, code: recoveryCodes[0] } });
    expect(recovery.statusCode).toBe(200);
    const third = (await passwordStep(t.app, 'lanhdao')).json<{ challenge: string }>();
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge: third.challenge, code: recoveryCodes[0] } })).statusCode).toBe(401);
  });

  it('throttles guessed codes: a challenge takes five tries, and the account locks like a wrong password does', async () => {
    clock.set('2024-05-14T01:00:00Z');
    const session = await signIn(t.app, 'tckh');
    await enrol(session, '2024-05-14T01:00:00Z');
    clock.set('2024-05-14T02:00:00Z');
    const { challenge } = (await passwordStep(t.app, 'tckh')).json<{ challenge: string }>();
    const statuses = [];
    for (const guess of ['111111', '222222', '333333', '444444', '555555', '666666']) {
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge, code: guess } })).statusCode);
    }
    // The fifth wrong code locks the account and spends the challenge; the password alone never opens it.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 401]);
    expect((await passwordStep(t.app, 'tckh')).statusCode).toBe(429);
    const trail = await t.database.db.selectFrom('audit_log').select(['action', 'reason']).where('entity', '=', 'login').where('entity_id', '=', 'tckh').execute();
    expect(trail.filter((entry) => entry.action === 'login_failed' && entry.reason === 'wrong_code')).toHaveLength(5);
    expect(trail.filter((entry) => entry.action === 'login_locked')).toHaveLength(1);
  });

  it('an expired challenge asks for the password again', async () => {
    clock.set('2024-05-15T01:00:00Z');
    const session = await signIn(t.app, 'tnmt');
    const { secret } = await enrol(session, '2024-05-15T01:00:00Z');
    clock.set('2024-05-15T02:00:00Z');
    const { challenge } = (await passwordStep(t.app, 'tnmt')).json<{ challenge: string }>();
    clock.set('2024-05-15T02:06:00Z');
    const late = await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge, code: await codeAt(secret, '2024-05-15T02:06:00Z') } });
    expect(late.statusCode).toBe(401);
    expect(late.json().error.message).toBe('Phiên đăng nhập đã hết hạn: hãy nhập lại mật khẩu.');
  });

  it('lets a user turn it off with password and code; the administrator resets it for a lost phone', async () => {
    clock.set('2024-05-16T01:00:00Z');
    const p7 = await signIn(t.app, 'canbo.p7');
    const { secret } = await enrol(p7, '2024-05-16T01:00:00Z');
    clock.set('2024-05-16T01:01:00Z');
    const p7Again = await t.app.inject({ method: 'POST', url: '/api/auth/login/second-factor', payload: { challenge: (await passwordStep(t.app, 'canbo.p7')).json<{ challenge: string }>().challenge, code: await codeAt(secret, '2024-05-16T01:01:00Z') } });
    expect(p7Again.statusCode).toBe(200);
    const cookie = p7Again.cookies.find((candidate) => candidate.name === 'hd_session')?.value ?? '';
    const csrf = p7Again.json<{ csrfToken: string }>().csrfToken;
    clock.set('2024-05-16T01:02:00Z');
    const off = await t.app.inject({ method: 'POST', url: '/api/auth/second-factor/disable', cookies: { hd_session: cookie }, headers: { 'x-csrf-token': csrf }, payload: { password: DEMO_PASSWORD, code: await codeAt(secret, '2024-05-16T01:02:00Z') } });
    expect(off.statusCode).toBe(204);
    expect((await passwordStep(t.app, 'canbo.p7')).statusCode).toBe(200);

    clock.set('2024-05-16T02:00:00Z');
    const p8 = await signIn(t.app, 'canbo.p8');
    await enrol(p8, '2024-05-16T02:00:00Z');
    const admin = await signIn(t.app, 'admin');
    const id = (await admin.get('/api/users?q=canbo.p8')).json<{ id: number; username: string }[]>().find((user) => user.username === 'canbo.p8')?.id;
    expect((await admin.post(`/api/users/${id}/reset-second-factor`)).statusCode).toBe(204);
    expect((await passwordStep(t.app, 'canbo.p8')).statusCode).toBe(200);
    const officer = await signIn(t.app, 'canbo.p7');
    expect((await officer.post(`/api/users/${id}/reset-second-factor`)).statusCode).toBe(403);
  });
});

describe('REQUIRE_2FA=1', () => {
  const clock = manualClock('2024-06-03T01:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { clock, env: { REQUIRE_2FA: '1' } });
  });
  afterAll(() => t.close());

  it('lets a leader without a second factor do nothing but enrol, then everything', async () => {
    const leader = await signIn(t.app, 'lanhdao');
    expect((await leader.get('/api/auth/me')).json()).toMatchObject({ restriction: 'enrol_totp', secondFactor: { enabled: false, required: true } });
    const blocked = await leader.get('/api/notifications');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    const { secret } = (await leader.post('/api/auth/second-factor/setup')).json<{ secret: string }>();
    const confirmed = await leader.post('/api/auth/second-factor/confirm', { code: await codeAt(secret, '2024-06-03T01:00:00Z') });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await leader.get('/api/notifications')).statusCode).toBe(200);
    // It cannot be turned off for this role.
    clock.set('2024-06-03T01:01:00Z');
    const off = await leader.post('/api/auth/second-factor/disable', { password: DEMO_PASSWORD, code: await codeAt(secret, '2024-06-03T01:01:00Z') });
    expect(off.statusCode).toBe(403);
  });

  it('does not ask it of a ward officer', async () => {
    const officer = await signIn(t.app, 'canbo.p7');
    expect((await officer.get('/api/auth/me')).json()).toMatchObject({ restriction: null, secondFactor: { required: false } });
    expect((await officer.get('/api/notifications')).statusCode).not.toBe(403);
  });
});

describe('a password reset by the administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('makes the user choose a new password before anything else', async () => {
    const admin = await signIn(t.app, 'admin');
    const id = (await admin.get('/api/users?q=canbo.p9')).json<{ id: number; username: string }[]>().find((user) => user.username === 'canbo.p9')?.id;
    const { temporaryPassword } = (await admin.post(`/api/users/${id}/reset-password`, {})).json<{ temporaryPassword: string }>();
    const user = await signIn(t.app, 'canbo.p9', temporaryPassword);
    expect((await user.get('/api/auth/me')).json().restriction).toBe('change_password');
    const blocked = await user.get('/api/notifications');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.message).toBe('Bạn cần đặt mật khẩu mới trước khi tiếp tục.');
    const same = await user.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: temporaryPassword });
    expect(same.json().error.fields.newPassword).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
    const changed = await user.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'cay-bang-truoc-ngo' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().restriction).toBeNull();
    const cookie = changed.cookies.find((candidate) => candidate.name === 'hd_session')?.value ?? '';
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications', cookies: { hd_session: cookie } })).statusCode).toBe(200);
  });
});
