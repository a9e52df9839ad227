import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';

describe.each(testDialects)('auth on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('reports health with the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('signs in with an HTTP-only, SameSite=Lax cookie and says who the user is', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'vhtt', password: 'HaiDang@2024' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((candidate) => candidate.name === 'hd_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { hd_session: cookie?.value ?? '' } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { username: 'vhtt', role: 'coordinator', unit: { code: 'VT-VHTT', name: 'Phòng Văn hóa và Thông tin' } },
    });
  });

  it('refuses a wrong password with the same message as an unknown user, in Vietnamese or English', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'vhtt', password: 'sai-mat-khau' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'khongco', password: 'x' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json()).toEqual({ error: { code: 'BAD_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'vhtt', password: 'wrong-password' },
    });
    expect(english.json().error.message).toBe('Wrong username or password.');
  });

  it('signs out: the cookie no longer opens the session', async () => {
    const session = await signIn(t.app, 'lanhdao');
    const out = await session.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ providerSignOutUrl: null });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await signIn(t.app, 'lanhdao');
    const response = await session.request({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': 'forged' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF');
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('asks for a session on private routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập.' } });
  });

  it('names each missing or wrong field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields).sort()).toEqual(['password', 'username']);
    expect(error.fields.password).toBe('Bắt buộc nhập.');
  });

  it('answers malformed JSON and unknown routes with a 4xx in the same shape', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy.' } });
  });

  it('lets a user change their own password', async () => {
    const session = await signIn(t.app, 'canbo.p7');
    const refused = await session.post('/api/auth/password', { currentPassword: 'sai', newPassword: 'MatKhauMoi@2024' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.currentPassword).toBeDefined();
    const changed = await session.post('/api/auth/password', { currentPassword: 'HaiDang@2024', newPassword: 'MatKhauMoi@2024' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.username).toBe('canbo.p7');
    await expect(signIn(t.app, 'canbo.p7', 'MatKhauMoi@2024')).resolves.toBeDefined();
  });
});

describe.each(testDialects)('session lifetime on %s', (dialect) => {
  const clock = manualClock('2024-05-13T01:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, env: { SESSION_TTL_HOURS: '12' } });
  });
  afterAll(() => t.close());

  it('keeps a screen in use signed in for days and ends an idle one after the TTL', async () => {
    clock.set('2024-05-13T01:00:00Z');
    const wall = await signIn(t.app, 'lanhdao');
    const idle = await signIn(t.app, 'xem');
    // The wall asks every few hours, past the first 12 hours and on for two days.
    for (const at of ['2024-05-13T08:00:00Z', '2024-05-13T15:00:00Z', '2024-05-13T22:00:00Z', '2024-05-14T05:00:00Z', '2024-05-14T12:00:00Z', '2024-05-14T19:00:00Z', '2024-05-15T02:00:00Z']) {
      clock.set(at);
      const response = await wall.get('/api/auth/me');
      expect(response.statusCode, at).toBe(200);
    }
    // Renewed cookies carry the new expiry.
    clock.set('2024-05-15T08:00:00Z');
    const renewed = (await wall.get('/api/auth/me')).cookies.find((cookie) => cookie.name === 'hd_session');
    expect(renewed?.expires?.toISOString()).toBe('2024-05-15T20:00:00.000Z');
    // The idle session ended 12 hours after sign-in.
    expect((await idle.get('/api/auth/me')).statusCode).toBe(401);
  });
});
