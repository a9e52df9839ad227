// Domain events across instances: two apps over one PostgreSQL database hear each other's events
// (LISTEN/NOTIFY), each exactly once; on SQLite the bus stays in the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DomainEvent } from '../../common/dashboard.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createTestDatabase, testDialects } from '../test/harness.js';
import { prepareDatabase } from '../setup.js';
import { EVENT_CHANNEL } from './events.js';

const heard = (app: FastifyInstance) => {
  const events: DomainEvent[] = [];
  app.events.subscribe((event) => events.push(event));
  return events;
};

const until = async (check: () => boolean, ms = 1_000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe.runIf(testDialects.includes('postgres'))('the event bus over PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await prepareDatabase(database, { demo: 'none', now: new Date() });
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    [a, b] = await Promise.all([buildApp({ config, database, logger: false }), buildApp({ config, database, logger: false })]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    await database.drop();
  });

  it('brings an event published on one instance to the other within a second, and to each only once', async () => {
    const onA = heard(a);
    const onB = heard(b);
    a.events.publish('figures.approved', { year: 2024, month: 5 });
    expect(onA).toHaveLength(1);
    await until(() => onB.length > 0);
    expect(onB).toEqual([onA[0]]);
    b.events.publish('fieldReport.filed');
    await until(() => onA.length > 1);
    // Each instance's own event once, the other's once: no echo.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onA.map((event) => event.type)).toEqual(['figures.approved', 'fieldReport.filed']);
    expect(onB.map((event) => event.type)).toEqual(['figures.approved', 'fieldReport.filed']);
  });

  it('ignores anything on the channel that is not an event of ours', async () => {
    const onB = heard(b);
    await sql`SELECT pg_notify(${EVENT_CHANNEL}, ${'{"event":{"type":"drop.tables"}}'})`.execute(database.db);
    a.events.publish('task.changed');
    await until(() => onB.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onB.map((event) => event.type)).toEqual(['task.changed']);
  });
});
