// Who writes plans: the city's coordinator and administrators; not a ward officer, not a viewer,
// not another city's coordinator, not the province's leader (who writes the province's own plan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlanDetail, type PlanSummary, planContent } from '../../../common/plan.js';
import { DEMO_PASSWORD } from '../../db/seed/index.js';
import { fixedClock } from '../../lib/clock.js';
import { hashPassword } from '../../lib/passwords.js';
import { type TestApp, createTestApp, signIn, testDialects } from '../../test/harness.js';
import { issue } from './testing.js';

describe.each(testDialects)('plan authorization on %s', (dialect) => {
  let t: TestApp;
  let draft: PlanDetail;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock('2025-01-05T09:00:00+07:00') });
    const db = t.database.db;
    const province = await db.selectFrom('units').select('id').where('code', '=', 'BRVT').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const city = await db.insertInto('units').values({ code: 'BR', name: 'UBND thành phố Bà Rịa', kind: 'city', parent_id: province.id, sort_order: 100, source: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
    const office = await db.insertInto('units').values({ code: 'BR-VHTT', name: 'Phòng Văn hóa và Thông tin Bà Rịa', kind: 'department', parent_id: city.id, sort_order: 101, source: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('users')
      .values({ username: 'vhtt.baria', password_hash: await hashPassword(DEMO_PASSWORD), full_name: 'Điều phối Bà Rịa', email: null, unit_id: office.id, role: 'coordinator', disabled: 0, created_at: now, updated_at: now })
      .execute();
    draft = (await (await signIn(t.app, 'vhtt')).post('/api/plans', { year: 2025, from: 'copy' })).json<PlanDetail>();
  });
  afterAll(() => t.close());

  it('lets neither a ward officer nor a viewer create or edit a plan', async () => {
    for (const username of ['canbo.thangtam', 'xem', 'lanhdao']) {
      const session = await signIn(t.app, username);
      expect((await session.post('/api/plans', { year: 2026, from: 'blank' })).statusCode, username).toBe(403);
      expect((await session.request({ method: 'PUT', url: `/api/plans/${draft.id}`, payload: { content: planContent(draft) } })).statusCode, username).toBe(403);
      expect((await issue(session, draft.id)).statusCode, username).toBe(403);
      expect((await session.request({ method: 'DELETE', url: `/api/plans/${draft.id}` })).statusCode, username).toBe(403);
      // They may read the draft of their own city, without the write actions.
      expect((await session.get(`/api/plans/${draft.id}`)).json<PlanDetail>().actions).toEqual(['read']);
    }
  });

  it('keeps a city’s coordinator to that city’s plans, and hides drafts from others', async () => {
    const other = await signIn(t.app, 'vhtt.baria');
    expect((await other.get(`/api/plans/${draft.id}`)).statusCode).toBe(404);
    expect((await other.request({ method: 'PUT', url: `/api/plans/${draft.id}`, payload: { content: planContent(draft) } })).statusCode).toBe(403);
    expect((await other.post('/api/plans', { unit: 'VT', year: 2026, from: 'blank' })).statusCode).toBe(403);
    expect((await other.get('/api/plans')).json<PlanSummary[]>().some((plan) => plan.status === 'draft')).toBe(false);
    // Their own city's plan they may write.
    expect((await other.post('/api/plans', { year: 2025, from: 'blank' })).statusCode).toBe(201);
    // A visitor sees issued plans only.
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${draft.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/plan?year=2025' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/plans' })).json<PlanSummary[]>().every((plan) => plan.status === 'issued')).toBe(true);
  });

  it('lets the province leader write the province’s plan, not a city’s', async () => {
    const tinh = await signIn(t.app, 'tinh');
    expect((await tinh.request({ method: 'PUT', url: `/api/plans/${draft.id}`, payload: { content: planContent(draft) } })).statusCode).toBe(403);
    const province = await tinh.post('/api/plans', { unit: 'BRVT', year: 2025, from: 'blank' });
    expect(province.statusCode).toBe(201);
    expect(province.json<PlanDetail>()).toMatchObject({ unit: { code: 'BRVT', kind: 'province' }, status: 'draft' });
    expect((await (await signIn(t.app, 'vhtt')).post('/api/plans', { unit: 'BRVT', year: 2026, from: 'blank' })).statusCode).toBe(403);
  });

  it('lets the coordinator delete a draft, and only a draft', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const blank = (await vhtt.post('/api/plans', { year: 2027, from: 'blank' })).json<PlanDetail>();
    expect((await vhtt.request({ method: 'DELETE', url: `/api/plans/${blank.id}` })).statusCode).toBe(204);
    expect((await vhtt.get(`/api/plans/${blank.id}`)).statusCode).toBe(404);
    const seeded = (await vhtt.get('/api/plan?year=2024')).json<PlanDetail>();
    expect((await vhtt.request({ method: 'DELETE', url: `/api/plans/${seeded.id}` })).statusCode).toBe(409);
  });
});
