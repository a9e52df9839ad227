// Single sign-on against a real OpenID provider (oidc-provider) started by the test on a local port:
// the browser's trip is followed by hand (its redirects, cookies and the provider's sign-in form).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';

const PUBLIC_URL = 'http://haidang.test';

/** The identity service: any login signs in, as `sub` = the login, with a staff e-mail. */
async function startProvider() {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'haidang',
        client_secret: 'bi-mat-cua-ung-dung',
        redirect_uris: [`${PUBLIC_URL}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${PUBLIC_URL}/dang-nhap`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx: KoaContextWithOIDC, sub: string) => ({ accountId: sub, claims: () => ({ sub, email: `${sub}@vungtau.gov.vn` }) }),
    // A first-party client: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A browser's cookies for the provider, and its trip through redirects. */
function browser(issuer: string) {
  const cookies = new Map<string, string>();
  const visit = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, issuer), { ...init, redirect: 'manual', headers: { ...init.headers, cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      cookies.set(name.trim(), value);
    }
    return response;
  };
  /** From the provider's authorization URL to where it sends the browser back, signing in as `login`. */
  const signInAt = async (authorizationUrl: string, login: string): Promise<URL> => {
    let response = await visit(authorizationUrl);
    for (let hop = 0; hop < 10; hop += 1) {
      const location = response.headers.get('location');
      if (location?.startsWith(PUBLIC_URL)) return new URL(location);
      if (location) {
        response = await visit(location);
        continue;
      }
      const form = /<form[^>]*action="([^"]+)"/.exec(await response.text());
      if (!form?.[1]) throw new Error(`no sign-in form at hop ${hop}`);
      response = await visit(form[1], { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ prompt: 'login', login, password: 'x' }).toString() });
    }
    throw new Error('the provider never sent the browser back');
  };
  return { signInAt };
}

describe.each(testDialects)('single sign-on on %s', (dialect) => {
  const clock = manualClock(new Date().toISOString());
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let t: TestApp;
  beforeAll(async () => {
    provider = await startProvider();
    t = await createTestApp(dialect, {
      clock,
      env: { PUBLIC_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'haidang', OIDC_CLIENT_SECRET: 'bi-mat-cua-ung-dung', OIDC_LABEL: 'Đăng nhập bằng VNeID' },
    });
    // The administrator maps one staff e-mail to the leader's account.
    const admin = await signIn(t.app, 'admin');
    const users = (await admin.get('/api/users?q=lanhdao')).json<{ id: number; username: string }[]>();
    const leader = users.find((user) => user.username === 'lanhdao')?.id;
    expect((await admin.post(`/api/users/${leader}/identities`, { claim: 'email', value: 'Nguyen.Lanh.Dao@vungtau.gov.vn' })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  const start = async (returnTo = '/oc') => {
    const response = await t.app.inject({ method: 'GET', url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}` });
    expect(response.statusCode).toBe(302);
    const location = response.headers.location as string;
    expect(location.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
    return location;
  };
  const callback = (url: URL) => t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });

  it('offers the button and signs a mapped identity in, back to where it was going', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/options' })).json()).toEqual({ singleSignOn: { label: 'Đăng nhập bằng VNeID', startUrl: '/api/auth/oidc/start' } });
    const back = await browser(provider.issuer).signInAt(await start('/oc'), 'nguyen.lanh.dao');
    const done = await callback(back);
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/oc');
    const cookie = done.cookies.find((candidate) => candidate.name === 'hd_session')?.value ?? '';
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { hd_session: cookie } });
    expect(me.json()).toMatchObject({ user: { username: 'lanhdao' } });
    const login = await t.database.db.selectFrom('audit_log').select('changes').where('action', '=', 'login').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(login.changes ?? '{}')).toEqual({ method: [null, 'oidc'] });

    // Signing out here also offers signing out at the provider.
    const { csrfToken } = me.json<{ csrfToken: string }>();
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { hd_session: cookie }, headers: { 'x-csrf-token': csrfToken } });
    const signOutUrl = new URL(out.json<{ providerSignOutUrl: string }>().providerSignOutUrl);
    expect(signOutUrl.origin).toBe(provider.issuer);
    expect(signOutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/dang-nhap`);
    expect(signOutUrl.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { hd_session: cookie } })).statusCode).toBe(401);
  });

  it('refuses an identity nobody mapped, never creating an account, and audits it', async () => {
    const users = await t.database.db.selectFrom('users').select('id').execute();
    const back = await browser(provider.issuer).signInAt(await start(), 'nguoi.la');
    const refused = await callback(back);
    expect(refused.statusCode).toBe(302);
    expect(refused.headers.location).toBe('/dang-nhap?loi=unknown_identity');
    expect(refused.cookies.find((candidate) => candidate.name === 'hd_session')).toBeUndefined();
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(users.length);
    const entry = await t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'login').where('entity_id', '=', 'nguoi.la@vungtau.gov.vn').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'login_failed', reason: 'unknown_identity' });
  });

  it('refuses a state that expired, or a redirect played again', async () => {
    const back = await browser(provider.issuer).signInAt(await start(), 'nguyen.lanh.dao');
    clock.set(new Date(clock.now().getTime() + 11 * 60_000).toISOString());
    expect((await callback(back)).headers.location).toBe('/dang-nhap?loi=expired');

    const fresh = await browser(provider.issuer).signInAt(await start(), 'nguyen.lanh.dao');
    expect((await callback(fresh)).headers.location).toBe('/oc');
    expect((await callback(fresh)).headers.location).toBe('/dang-nhap?loi=expired');
    // A state nobody issued.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc&state=gia-mao' })).headers.location).toBe('/dang-nhap?loi=expired');
  });

  it('goes back only to a page of this site', async () => {
    const back = await browser(provider.issuer).signInAt(await start('https://evil.example/'), 'nguyen.lanh.dao');
    expect((await callback(back)).headers.location).toBe('/');
  });
});
