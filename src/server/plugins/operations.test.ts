// What an IT office watches: readiness for the load balancer, and Prometheus metrics behind a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, signIn, type TestApp, testDialects } from '../test/harness.js';

const TOKEN = 'metrics-token-for-the-test-0123456789';

describe.each(testDialects)('operations on %s', (dialect) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp(dialect, { env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => test.close());

  it('is ready when the database answers and has run every migration, and says what is missing otherwise', async () => {
    const ready = await test.app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: dialect });

    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1`.execute(test.database.db);
    const last = rows[0];
    if (!last) throw new Error('no migration recorded');
    await sql`DELETE FROM kysely_migration WHERE name = ${last.name}`.execute(test.database.db);
    try {
      const behind = await test.app.inject({ method: 'GET', url: '/api/ready' });
      expect(behind.statusCode).toBe(503);
      expect(behind.json()).toMatchObject({ status: 'migrations_pending', pending: [last.name] });
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${last.name}, ${new Date().toISOString()})`.execute(test.database.db);
    }
  });

  it('serves the metrics to the token only, with requests by route pattern and database time', async () => {
    const officer = await signIn(test.app, 'canbo.p7');
    expect((await officer.get('/api/tasks/999')).statusCode).toBe(404);

    expect((await test.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await test.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode).toBe(401);
    const metrics = await test.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    const text = metrics.body;
    // The pattern, not the id: one series per route.
    expect(text).toMatch(/haidang_http_request_duration_seconds_count\{method="GET",route="\/api\/tasks\/:id",status="404"\} \d+/);
    expect(text).not.toContain('/api/tasks/999');
    expect(text).toMatch(/haidang_db_query_duration_seconds_count\{kind="select"\} [1-9]/);
    for (const name of ['haidang_event_bus_lag_seconds', 'haidang_oc_event_streams_open', 'haidang_group_commit_batch_size', 'haidang_process_resident_memory_bytes']) {
      expect(text).toContain(name);
    }
  });
});

describe('metrics without a token', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp('sqlite');
  });
  afterAll(() => test.close());

  it('are not served at all', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });
});
