// The role × unit × action matrix: every mutating route of the app (captured as buildApp adds them),
// called by every kind of actor, on SQLite and PostgreSQL. An actor the matrix does not allow gets
// 401 (a visitor), or 403/404 on a record of Vũng Tàu's (never a success, never a 400 or 409 that
// would tell the record's state) — and the database is left exactly as it was. Nobody gets a 5xx.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../db/dialect.js';
import { DEMO_PASSWORD } from '../db/seed/index.js';
import { hashPassword } from '../lib/passwords.js';
import { type Access, type ActorName, access, actors } from './access-matrix.js';
import { type Session, signIn, testDialects, type TestApp, multipartBody } from './harness.js';
import { type AppRoute, appWithRoutes, mutating, routeKey } from './routes.js';
import { acceptedSample } from './zod-arbitrary.js';

const usernames: Record<Exclude<ActorName, 'visitor'>, string> = {
  admin: 'admin',
  leader: 'lanhdao',
  coordinator: 'vhtt',
  officerP7: 'canbo.p7',
  officerP8: 'canbo.p8',
  viewer: 'xem',
  province: 'tinh',
  otherCity: 'vhtt.baria',
};

/** Row counts of every table: a refused request must not change any. */
async function fingerprint(t: TestApp, dialect: DialectName): Promise<string> {
  const db = t.database.db;
  const tables =
    dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db)).rows.map((row) => row.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(db)).rows.map((row) => row.name);
  const counts = await sql<{ name: string; count: number }>`${sql.join(tables.map((table) => sql`select ${table} as name, cast(count(*) as integer) as count from ${sql.table(table)}`), sql` union all `)}`.execute(db);
  return counts.rows
    .map((row) => `${row.name}=${row.count}`)
    .sort()
    .join(',');
}

interface Fixtures {
  byPath: (route: AppRoute) => Record<string, string>;
}

/** Vũng Tàu's records the matrix acts on: a task, meeting, directive and field report of Phường 7, its report for 5/2024, and more. */
async function createFixtures(t: TestApp, sessions: Record<string, Session>): Promise<Fixtures> {
  const db = t.database.db;
  const unit = async (code: string) => (await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const p7 = await unit('VT-P07');
  const { coordinator, admin, officerP7 } = sessions as Record<'coordinator' | 'admin' | 'officerP7', Session>;
  const ok = async <T>(response: Promise<{ statusCode: number; body: string; json: () => unknown }>, what: string): Promise<T> => {
    const answer = await response;
    if (answer.statusCode >= 300) throw new Error(`fixture ${what}: ${answer.statusCode} ${answer.body}`);
    return answer.json() as T;
  };
  const task = await ok<{ id: number }>(coordinator.post('/api/tasks', { title: 'Rà soát hạ tầng mạng phường 7', leadUnitId: p7, dueDate: '2030-12-31' }), 'task');
  const meeting = await ok<{ id: number }>(coordinator.post('/api/meetings', { title: 'Họp Ban Chỉ đạo', heldOn: '2024-03-26' }), 'meeting');
  const withConclusion = await ok<{ conclusions: { directives: { id: number }[] }[] }>(
    coordinator.post(`/api/meetings/${meeting.id}/conclusions`, { number: '9', text: 'Giao Phường 7 rà soát', directives: [{ title: 'Rà soát danh mục TTHC', ownerUnitId: p7, dueDate: '2030-12-31' }] }),
    'conclusion',
  );
  const category = await db.selectFrom('field_report_categories').select(['id', 'code']).orderBy('id').executeTakeFirstOrThrow();
  const filed = await ok<{ code: string }>(
    t.app.inject({ method: 'POST', url: '/api/field-reports', remoteAddress: '10.9.9.9', payload: { categoryId: category.id, description: 'Đèn đường hỏng ở hẻm 45', lat: 10.3575, lng: 107.0874 } }),
    'field report',
  );
  const report = await db.selectFrom('field_reports').select('id').where('code', '=', filed.code).executeTakeFirstOrThrow();
  await ok(coordinator.post(`/api/field-reports/${report.id}/assign`, { unitId: p7 }), 'assign');
  const periods = await ok<{ id: number; month: number }[]>(officerP7.get('/api/reporting/periods?year=2024'), 'periods');
  const may = periods.find((period) => period.month === 5)?.id ?? -1;
  const submission = await ok<{ submission: { id: number } }>(officerP7.post('/api/reporting/submissions', { periodId: may, unitId: p7 }), 'submission');
  const rule = await ok<{ id: number }[]>(coordinator.post('/api/field-reports/routing-rules', { categoryId: category.id, wardId: p7, unitId: p7 }), 'routing rule');
  const key = await ok<{ id: number }>(admin.post('/api/open311/keys', { name: 'Ứng dụng thử' }), 'API key');
  const adjustment = await ok<{ year: { adjustments: { id: number }[] } }>(admin.post('/api/holiday-years/2027/adjustments', { kind: 'off', date: '2027-09-13', name: 'Nghỉ thử' }), 'adjustment');
  const plan = await db.selectFrom('plans').select('id').where('year', '=', 2024).executeTakeFirstOrThrow();
  const target = await ok<{ id: number }>(admin.post('/api/users', { username: 'doituong.p7', fullName: 'Đối tượng thử', unitId: p7, role: 'officer', password: 'Den-Bien-Xanh-2024' }), 'user');
  await sql`insert into notifications (user_id, kind, title, created_at) values (${(await db.selectFrom('users').select('id').where('username', '=', 'canbo.p7').executeTakeFirstOrThrow()).id}, 'test', 'Thông báo thử', ${new Date().toISOString()})`.execute(db);
  const notification = await db.selectFrom('notifications').select('id').where('title', '=', 'Thông báo thử').executeTakeFirstOrThrow();

  const ids: Record<string, number> = {
    '/api/notifications': notification.id,
    '/api/users': target.id,
    '/api/plans': plan.id,
    '/api/tasks': task.id,
    '/api/meetings': meeting.id,
    '/api/directives': withConclusion.conclusions[0]?.directives[0]?.id ?? -1,
    '/api/reporting/submissions': submission.submission.id,
    '/api/field-reports/categories': category.id,
    '/api/field-reports/routing-rules': rule.at(-1)?.id ?? -1,
    '/api/field-reports/wards': p7,
    '/api/field-reports': report.id,
    '/api/open311/keys': key.id,
  };
  return {
    byPath: (route) => {
      const prefix = route.url.split('/:')[0] ?? '';
      const values: Record<string, string> = { handle: '0'.repeat(20), code: filed.code, format: 'json', year: '2027', identityId: '1' };
      if (route.url.includes('/:id')) values.id = String(route.url.startsWith('/api/holiday-years') ? (adjustment.year.adjustments[0]?.id ?? -1) : (ids[prefix] ?? -1));
      return values;
    },
  };
}

const pathOf = (route: AppRoute, values: Record<string, string>) => route.url.replace(/:([A-Za-z_]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? '1'));

describe.each(testDialects)('the access matrix on %s', (dialect) => {
  let t: TestApp;
  let routes: AppRoute[];
  const sessions: Partial<Record<ActorName, Session>> = {};
  let fixtures: Fixtures;
  const counts = { routes: 0, calls: 0, refusals: 0 };

  beforeAll(async () => {
    ({ t, routes } = await appWithRoutes(dialect));
    const db = t.database.db;
    // Another city of the province, with its own coordinator.
    const province = await db.selectFrom('units').select('id').where('code', '=', 'BRVT').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const city = await db.insertInto('units').values({ code: 'BR', name: 'UBND thành phố Bà Rịa', kind: 'city', parent_id: province.id, sort_order: 100, source: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
    const office = await db.insertInto('units').values({ code: 'BR-VHTT', name: 'Phòng Văn hóa và Thông tin Bà Rịa', kind: 'department', parent_id: city.id, sort_order: 101, source: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('users').values({ username: 'vhtt.baria', password_hash: await hashPassword(DEMO_PASSWORD), full_name: 'Điều phối Bà Rịa', email: null, unit_id: office.id, role: 'coordinator', disabled: 0, created_at: now, updated_at: now }).execute();
    for (const [actor, username] of Object.entries(usernames)) sessions[actor as ActorName] = await signIn(t.app, username);
    fixtures = await createFixtures(t, sessions);
  }, 120_000);
  afterAll(() => t.close());

  /** The actor's session, signed in again when a call ended it (sign-out, a password change). */
  async function sessionOf(actor: Exclude<ActorName, 'visitor'>): Promise<Session> {
    const current = sessions[actor];
    if (current && (await current.get('/api/auth/me')).statusCode === 200) return current;
    const fresh = await signIn(t.app, usernames[actor]);
    sessions[actor] = fresh;
    return fresh;
  }

  async function call(route: AppRoute, actor: ActorName, seed: number) {
    const values = fixtures.byPath(route);
    const query = route.querystring ? acceptedSample(route.querystring, seed) : undefined;
    const url = `${pathOf(route, values)}${query && typeof query === 'object' ? `?${new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)])).toString()}` : ''}`;
    const body = route.multipart ? multipartBody({ note: 'Tệp thử' }, []) : { payload: (route.body ? acceptedSample(route.body, seed) : undefined) ?? {} };
    const options = { method: route.method as 'POST', url, ...body };
    if (actor === 'visitor') return t.app.inject(options);
    return (await sessionOf(actor)).request(options);
  }

  it('lists every mutating route, and only those', () => {
    const keys = mutating(routes).map(routeKey).sort();
    expect(keys.filter((key) => !(key in access)), 'routes missing from src/server/test/access-matrix.ts').toEqual([]);
    expect(Object.keys(access).filter((key) => !keys.includes(key)), 'entries of no route').toEqual([]);
  });

  it('refuses every actor the matrix does not allow, changing nothing, and never fails with a 5xx', async () => {
    const problems: string[] = [];
    const judged = mutating(routes).flatMap((route, index) => {
      const allowed = access[routeKey(route)];
      return allowed === undefined ? [] : [{ route, index, allowed }];
    });
    const permitted = (allowed: Access, actor: ActorName) => allowed === 'public' || allowed.includes(actor);
    // Every refusal first, on records no allowed call has touched yet (a deletion, a reassignment).
    for (const { route, index, allowed } of judged) {
      counts.routes += 1;
      const onRecord = route.url.includes('/:') && !route.url.startsWith('/api/auth/');
      for (const actor of actors.filter((candidate) => !permitted(allowed, candidate))) {
        if (actor !== 'visitor') await sessionOf(actor);
        const before = await fingerprint(t, dialect);
        const response = await call(route, actor, index);
        counts.calls += 1;
        counts.refusals += 1;
        const what = `${routeKey(route)} as ${actor}: ${response.statusCode} ${response.body.slice(0, 160)}`;
        // A multipart form is read and checked before the record's rules: its 400 names fields, never the record's state.
        const expected = actor === 'visitor' ? [401] : onRecord ? [403, 404, ...(route.multipart ? [400] : [])] : [400, 403, 404, 409];
        if (!expected.includes(response.statusCode)) problems.push(`not refused: ${what}`);
        if ((await fingerprint(t, dialect)) !== before) problems.push(`changed the database: ${what}`);
      }
    }
    // Then those it allows: whatever the outcome of a drawn request, never a 5xx.
    for (const { route, index, allowed } of judged) {
      for (const actor of actors.filter((candidate) => permitted(allowed, candidate))) {
        const response = await call(route, actor, index);
        counts.calls += 1;
        if (response.statusCode >= 500) problems.push(`5xx: ${routeKey(route)} as ${actor}: ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(problems).toEqual([]);
    console.info(`access matrix on ${dialect}: ${counts.routes} mutating routes × ${actors.length} actors = ${counts.calls} calls, ${counts.refusals} refused as expected`);
  }, 600_000);
});
