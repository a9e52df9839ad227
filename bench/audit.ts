// The audit log at a size a city reaches in a few years (plus a guessing attack's noise), read through
// the API as the administrator and a coordinator: the first page, each filter, a search that finds
// nothing (it reads its limit), and a CSV of one month. `npm run bench -- --only-audit [--entries N --skip-pg]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { createDb, type DbHandle } from '../src/server/db/index.js';
import { DEMO_PASSWORD } from '../src/server/db/seed/index.js';
import type { AuditLogTable } from '../src/server/db/schema.js';
import { prepareDatabase } from '../src/server/setup.js';
import { freshPostgresDatabase } from './postgres.js';
import { flag, has, ms, percentiles, timeIt } from './stats.js';

const ENTRIES = flag('entries', 200_000);
const YEARS = 3;
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function openBenchDb(dialect: 'sqlite' | 'postgres'): Promise<{ handle: DbHandle; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haidang-audit-'));
  const handle = dialect === 'sqlite' ? createDb({ sqliteFile: path.join(dataDir, 'haidang.sqlite') }) : createDb({ databaseUrl: await freshPostgresDatabase('haidang_bench_audit') });
  return { handle, dataDir };
}

/** ENTRIES entries over YEARS years: figures, sign-ins, failures (a tenth under made-up names), tasks. */
async function load(handle: DbHandle): Promise<number> {
  const { db } = handle;
  await prepareDatabase(handle, { demo: 'accounts', now: new Date() });
  const users = await db.selectFrom('users').select(['id', 'username', 'unit_id']).execute();
  const start = Date.parse('2024-01-01T00:00:00Z');
  const span = YEARS * 365 * 86_400_000;
  const row = (index: number): Omit<AuditLogTable, 'id'> => {
    const user = users[index % users.length] ?? { id: 1, username: 'admin', unit_id: 1 };
    const at = new Date(start + Math.floor((index / ENTRIES) * span)).toISOString();
    const origin = { address: `10.${index % 200}.${index % 13}.${index % 97}`, user_agent: CHROME };
    switch (index % 10) {
      case 0:
      case 1:
        return { at, actor_id: user.id, unit_id: user.unit_id, entity: 'user', entity_id: String(user.id), action: 'login', changes: null, reason: null, ...origin };
      case 2:
        return index % 20 === 2
          ? { at, actor_id: null, unit_id: null, entity: 'login', entity_id: `khach${index % 500}`, action: 'login_failed', changes: null, reason: 'unknown_user', ...origin }
          : { at, actor_id: null, unit_id: user.unit_id, entity: 'login', entity_id: user.username, action: 'login_failed', changes: null, reason: 'wrong_password', ...origin };
      case 3:
        return { at, actor_id: user.id, unit_id: user.unit_id, entity: 'task', entity_id: String(1 + (index % 50)), action: 'report', changes: JSON.stringify({ progress: [index % 100, (index % 100) + 1] }), reason: null, ...origin };
      default:
        return { at, actor_id: user.id, unit_id: user.unit_id, entity: 'report_value', entity_id: String(index), action: 'update', changes: JSON.stringify({ numerator: [index % 90, (index % 90) + 1] }), reason: null, ...origin };
    }
  };
  return timeIt(async () => {
    for (let first = 0; first < ENTRIES; first += 500) {
      await db.insertInto('audit_log').values(Array.from({ length: Math.min(500, ENTRIES - first) }, (_, offset) => row(first + offset))).execute();
    }
  });
}

export async function benchAudit(): Promise<string[]> {
  const lines = [`## Audit log: ${ENTRIES.toLocaleString('en')} entries over ${YEARS} years, through the API (\`npm run bench -- --only-audit\`)`, ''];
  lines.push('| database | load | first page (admin) | by user | by unit | failed sign-ins, one month | coordinator, first page | search, no match (reads 5,000) | CSV, one month |', '|---|---|---|---|---|---|---|---|---|');
  for (const dialect of has('skip-pg') ? (['sqlite'] as const) : (['sqlite', 'postgres'] as const)) {
    const { handle, dataDir } = await openBenchDb(dialect);
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', HAIDANG_DATA_DIR: dataDir, LOGIN_ATTEMPTS_PER_MINUTE: '10000' }), database: handle, logger: false });
    try {
      const loadMs = await load(handle);
      const session = async (username: string) => {
        const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
        return { hd_session: login.cookies.find((cookie) => cookie.name === 'hd_session')?.value ?? '' };
      };
      const admin = await session('admin');
      const coordinator = await session('vhtt');
      const ward = (await handle.db.selectFrom('units').select('id').where('code', '=', 'VT-P07').executeTakeFirstOrThrow()).id;
      const get = (cookies: Record<string, string>, url: string) => async () => {
        const response = await app.inject({ method: 'GET', url, cookies });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      };
      const cells = [];
      for (const [cookies, url, runs] of [
        [admin, '/api/audit', 20],
        [admin, '/api/audit?user=canbo.p7', 20],
        [admin, `/api/audit?unitId=${ward}`, 20],
        [admin, '/api/audit?action=login_failed&from=01/06/2025&to=30/06/2025', 20],
        [coordinator, '/api/audit', 20],
        [admin, '/api/audit?q=khong+co+dau+nay', 5],
        [admin, '/api/audit.csv?from=01/06/2025&to=30/06/2025', 3],
      ] as const) {
        const timing = await percentiles(get(cookies, url), runs, 2);
        cells.push(`${ms(timing.p50)} / ${ms(timing.p95)}`);
      }
      lines.push(`| ${dialect} | ${ms(loadMs)} | ${cells.join(' | ')} |`);
      console.log(lines.at(-1));
    } finally {
      await app.close();
      await handle.db.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  lines.push('', 'p50 / p95 of each request (in-process inject: session, query, presentation and response schema).');
  return lines;
}
