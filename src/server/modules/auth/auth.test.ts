import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect((await session.post('/api/auth/logout')).statusCode).toBe(204);
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
    expect(changed.statusCode).toBe(204);
    await expect(signIn(t.app, 'canbo.p7', 'MatKhauMoi@2024')).resolves.toBeDefined();
  });
});

describe('sign-in rate limit', () => {
  it('slows down password guessing on one account after 10 attempts a minute', async () => {
    const t = await createTestApp('sqlite', { env: { LOGIN_ATTEMPTS_PER_MINUTE: '10' } });
    try {
      const attempt = (username: string) =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'doan-mo' } });
      for (let i = 0; i < 10; i += 1) expect((await attempt('lanhdao')).statusCode).toBe(401);
      const blocked = await attempt('lanhdao');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('RATE_LIMITED');
      expect((await attempt('vhtt')).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
