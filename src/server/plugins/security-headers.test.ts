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
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
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
  });
});
