import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';

// The headers @fastify/helmet sent with our options before helmet's headers were built once at start-up.
const expected = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data: blob: https://*.tile.example.org;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  'permissions-policy': 'camera=(), microphone=(self), geolocation=(self), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()',
};

describe('security headers', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp('sqlite', { env: { MAP_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' } });
  });
  afterAll(() => test.close());

  it.each([
    ['an API answer', 'GET', '/api/health', 200],
    ['an API 404', 'GET', '/api/no-such-thing', 404],
    ['a refused write', 'POST', '/api/field-reports', 400],
    ['Open311', 'GET', '/open311/v2/services.json', 200],
  ] as const)('are the same on %s', async (_what, method, url, status) => {
    const response = await test.app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(expected);
    // Plain HTTP on a closed network: no HSTS, which would lock browsers out of it.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps API answers out of caches, unless the route says otherwise', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/api/plan' })).headers['cache-control']).toBe('no-store');
    expect((await test.app.inject({ method: 'GET', url: '/api/no-such-thing' })).headers['cache-control']).toBe('no-store');
  });
});

describe('HSTS', () => {
  it('is sent when the platform is served over HTTPS: COOKIE_SECURE=1, or a trusted proxy saying https', async () => {
    const secure = await createTestApp('sqlite', { env: { COOKIE_SECURE: '1' } });
    const proxied = await createTestApp('sqlite', { env: { TRUST_PROXY: '127.0.0.1' } });
    try {
      expect((await secure.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const viaProxy = (proto: string) => proxied.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': proto } });
      expect((await viaProxy('https')).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect((await viaProxy('http')).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await secure.close();
      await proxied.close();
    }
  });

  it('ignores an X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    const direct = await createTestApp('sqlite');
    try {
      expect((await direct.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await direct.close();
    }
  });
});
