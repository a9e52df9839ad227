// Test support: a fresh, migrated and seeded database per app, on SQLite and on PostgreSQL.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { type AppOptions, buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DialectName } from '../db/dialect.js';
import { createDb, type DbHandle } from '../db/index.js';
import { DEMO_PASSWORD } from '../db/seed/index.js';
import { type Clock, systemClock } from '../lib/clock.js';
import { type DemoLevel, prepareDatabase } from '../setup.js';

// The local server trusts the OS user; pg needs the name spelled out when $USER is unset.
const PG_URL = process.env.HAIDANG_TEST_PG_URL ?? `postgres://${os.userInfo().username}@127.0.0.1:5432/test`;

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function findDialects(): Promise<DialectName[]> {
  if (await postgresReachable()) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${PG_URL}; CI must run the API tests on it.`);
  console.warn(`⚠ PostgreSQL không truy cập được tại ${PG_URL}: bỏ qua các test trên PostgreSQL (PostgreSQL run skipped).`);
  return ['sqlite'];
}

/** The databases every API test runs on. */
export const testDialects: DialectName[] = await findDialects();

/** A new empty database: in-memory SQLite (in a throw-away file with `onDisk`), or a throw-away PostgreSQL database. */
export async function createTestDatabase(dialect: DialectName, { onDisk = false } = {}): Promise<DbHandle & { drop(): Promise<void> }> {
  if (dialect === 'sqlite' && onDisk) {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'haidang-db-'));
    const handle = createDb({ sqliteFile: path.join(folder, 'test.sqlite') });
    return { ...handle, drop: async () => {
      await handle.db.destroy();
      await fs.rm(folder, { recursive: true, force: true });
    } };
  }
  if (dialect === 'sqlite') {
    const handle = createDb({});
    return { ...handle, drop: () => handle.db.destroy() };
  }
  const name = `haidang_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const handle = createDb({ databaseUrl: url.toString() });
  return {
    ...handle,
    drop: async () => {
      await handle.db.destroy();
      const cleanup = new pg.Client({ connectionString: PG_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: DbHandle;
  close(): Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  options: { clock?: Clock; demo?: DemoLevel; env?: NodeJS.ProcessEnv; onDisk?: boolean; onRoute?: AppOptions['onRoute'] } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect, { onDisk: options.onDisk ?? false });
  const clock = options.clock ?? systemClock;
  await prepareDatabase(database, { demo: options.demo ?? 'accounts', now: clock.now() });
  // Tests sign in far more often than people do; files go to a throw-away folder.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'haidang-test-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_ATTEMPTS_PER_MINUTE: '10000', HAIDANG_DATA_DIR: dataDir, ...options.env });
  const app = await buildApp({ config, database, clock, logger: false, ...(options.onRoute ? { onRoute: options.onRoute } : {}) });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in client: inject() with the session cookie and the CSRF header. */
export interface Session {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  cookie: string;
  csrfToken: string;
}

export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'hd_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = response.json<{ csrfToken: string }>();
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      cookies: { hd_session: cookie.value },
      headers: { 'x-csrf-token': csrfToken, ...options.headers },
    });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    cookie: cookie.value,
    csrfToken,
  };
}

/** A multipart/form-data body: text fields, then files (under "files" unless named). */
export function multipartBody(fields: Record<string, string>, files: { name: string; data: Buffer; type?: string; field?: string }[]) {
  const boundary = '----haidang-test';
  const parts = [
    ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
    ...files.flatMap((file) => [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'files'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`),
      file.data,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ];
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
