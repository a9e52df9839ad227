// The Operations Center on the demo data (as `npm start` serves it, SQLite file in WAL): the
// overview and the alerts through the API (in-process inject, session and response schema
// included), after the events that empty the OC cache, and one event reaching 100 open streams.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { DEMO_PASSWORD } from '../src/server/db/seed/index.js';
import { openDatabase, prepareDatabase } from '../src/server/setup.js';
import { ms, percentiles, timeIt } from './stats.js';

const STREAMS = 100;

export async function benchOc(): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haidang-oc-'));
  const database = openDatabase({ databaseUrl: undefined, dataDir });
  const seedMs = await timeIt(() => prepareDatabase(database, { demo: 'full', now: new Date() }));
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', HAIDANG_DATA_DIR: dataDir }), database, logger: false });
  const lines = ['## Operations Center (SQLite, demo data, `npm run bench -- --only-oc`)', ''];
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lanhdao', password: DEMO_PASSWORD } });
    const cookies = { hd_session: login.cookies.find((cookie) => cookie.name === 'hd_session')?.value ?? '' };
    const get = async (url: string) => {
      const response = await app.inject({ method: 'GET', url, cookies });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response;
    };
    // December 2024: the month the page opens on today, with the whole year of demo figures.
    // After an approval of December's reports the OC cache recomputes December (November stays);
    // a field report clears every month (CQS-11); warm: the other screens refreshing on that event.
    const after = (type: 'figures.approved' | 'fieldReport.filed', url: string) => () => {
      app.events.publish(type, type === 'figures.approved' ? { year: 2024, month: 12 } : undefined);
      return get(url);
    };
    const december = '/api/oc/overview?year=2024&month=12';
    const afterApproval = await percentiles(after('figures.approved', december), 100, 10);
    const cold = await percentiles(after('fieldReport.filed', december), 100, 10);
    const warm = await percentiles(() => get(december), 100, 10);
    const alerts = await percentiles(after('fieldReport.filed', '/api/oc/alerts?year=2024&month=12'), 50, 5);
    const bytes = (await get(december)).body.length;

    // STREAMS screens listen; one publish (what an approval does after its commit) reaches them all.
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const abort = new AbortController();
    const readers = await Promise.all(
      Array.from({ length: STREAMS }, async () => {
        const response = await fetch(`${url}/api/oc/events`, { headers: { cookie: `hd_session=${cookies.hd_session}` }, signal: abort.signal });
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        await reader.read();
        return reader;
      }),
    );
    const fanOut = await timeIt(async () => {
      app.events.publish('figures.approved');
      await Promise.all(readers.map((reader) => reader.read()));
    });
    abort.abort();

    lines.push(
      `Demo data seeded in ${ms(seedMs)} (plan 2024, demo figures for every month, tasks, directives, field reports).`,
      '',
      '| | p50 | p95 |',
      '|---|---|---|',
      `| **GET /api/oc/overview**, December 2024 (${Math.round(bytes / 1024)} KB), after an approval of December | **${ms(afterApproval.p50)}** | ${ms(afterApproval.p95)} |`,
      `| GET /api/oc/overview, December 2024, nothing cached (after a field report) | ${ms(cold.p50)} | ${ms(cold.p95)} |`,
      `| GET /api/oc/overview, December 2024, cached (the other screens) | ${ms(warm.p50)} | ${ms(warm.p95)} |`,
      `| GET /api/oc/alerts, December 2024, nothing cached | ${ms(alerts.p50)} | ${ms(alerts.p95)} |`,
      '',
      `Target overview p50 ≤ 50 ms after an approval: ${afterApproval.p50 <= 50 ? 'met' : 'missed'}; with nothing cached: ${cold.p50 <= 50 ? 'met' : 'missed'}. One event to ${STREAMS} open streams: ${ms(fanOut)}.`,
    );
  } finally {
    await app.close();
    await database.db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}
