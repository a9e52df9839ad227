// Property-based fuzzing of every route, on SQLite and PostgreSQL: parameters, query strings and bodies
// drawn from each route's own zod schemas, laced with control characters, U+FFFD, lone surrogates and
// values of the wrong type, sent by a visitor and by signed-in users. Nothing may answer with a 5xx,
// and no text with a control character may end up stored anywhere.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { textProblem } from '../../common/text-rule.js';
import type { DialectName } from '../db/dialect.js';
import { multipartBody, type Session, signIn, testDialects, type TestApp } from './harness.js';
import { type AppRoute, appWithRoutes, routeKey } from './routes.js';
import { arbitraryFor } from './zod-arbitrary.js';

const RUNS_PER_ROUTE = 12;
// The live stream never ends by design; it is not a request to fuzz.
const skipped = new Set(['GET /api/oc/events']);

/** Every string in every table, with where it is, that breaks the text rule. */
async function storedControlCharacters(t: TestApp, dialect: DialectName): Promise<string[]> {
  const db = t.database.db;
  const tables =
    dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db)).rows.map((row) => row.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(db)).rows.map((row) => row.name);
  const found: string[] = [];
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        // Stored files' bytes are not text.
        if (typeof value === 'string' && textProblem(value) === 'control') found.push(`${table}.${column}: ${JSON.stringify(value).slice(0, 80)}`);
      }
    }
  }
  return found;
}

/** A path segment, even of text that is not well-formed (then sent with an invalid UTF-8 byte, as a hostile client would). */
const segment = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}%FF`;
  }
};

const pathOf = (route: AppRoute, params: unknown) =>
  route.url.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
    const value = params !== null && typeof params === 'object' ? (params as Record<string, unknown>)[name] : undefined;
    return segment(value === undefined ? '1' : typeof value === 'string' ? value : JSON.stringify(value));
  });

const queryOf = (query: unknown) => {
  if (query === null || typeof query !== 'object') return '';
  const pairs = Object.entries(query).filter(([, value]) => value !== undefined).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
  return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
};

describe.each(testDialects)('fuzzing every route on %s', (dialect) => {
  let t: TestApp;
  let routes: AppRoute[];
  let callers: (Session | null)[];
  beforeAll(async () => {
    ({ t, routes } = await appWithRoutes(dialect, { demo: 'full' }));
    callers = [null, await signIn(t.app, 'vhtt'), await signIn(t.app, 'admin'), await signIn(t.app, 'canbo.p7')];
  }, 120_000);
  afterAll(() => t.close());

  it('answers drawn and hostile input with no 5xx and stores no control character', async () => {
    const failures: string[] = [];
    let calls = 0;
    const fuzzed = routes.filter((route) => !skipped.has(routeKey(route)));
    for (const [index, route] of fuzzed.entries()) {
      const hostile = { hostile: true };
      const request = fc.record({
        params: route.params ? arbitraryFor(route.params, hostile) : fc.constant(undefined),
        query: route.querystring ? arbitraryFor(route.querystring, hostile) : fc.constant(undefined),
        body: route.body ? arbitraryFor(route.body, hostile) : fc.constant(undefined),
        form: fc.dictionary(fc.constantFrom('description', 'text', 'answer', 'note', 'categoryId', 'fields'), arbitraryFor(z.string(), hostile) as fc.Arbitrary<string>, { maxKeys: 3 }),
        caller: fc.nat({ max: callers.length - 1 }),
      });
      for (const drawn of fc.sample(request, { numRuns: RUNS_PER_ROUTE, seed: 4242 + index })) {
        const session = callers[drawn.caller] ?? null;
        const body = route.multipart ? multipartBody(drawn.form, []) : route.method === 'GET' ? {} : { payload: (drawn.body ?? {}) };
        const options = { method: route.method as 'GET', url: `${pathOf(route, drawn.params)}${queryOf(drawn.query)}`, ...body };
        const response = session ? await session.request(options) : await t.app.inject(options);
        calls += 1;
        if (response.statusCode >= 500) failures.push(`${routeKey(route)} → ${response.statusCode} ${response.body.slice(0, 200)} for ${JSON.stringify(drawn).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await storedControlCharacters(t, dialect)).toEqual([]);
    console.info(`fuzz on ${dialect}: ${fuzzed.length} routes × ${RUNS_PER_ROUTE} draws = ${calls} requests, 0 answered 5xx, no control character stored`);
  }, 600_000);
});
