// What the setup screens do beyond adding: deleting a routing rule and correcting a ward's centre.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutingRule } from '../../../common/feedback.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, places } from './testing.js';

type Ward = { unit: { code: string }; lat: number; lng: number; approximate: boolean; source: string | null };

describe.each(testDialects)('field-report setup screens on %s', (dialect) => {
  const clock = manualClock('2024-09-20T03:00:00Z');
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
  });
  afterAll(() => t.close());
  const tree = () => ({ categoryId: t.category('CAYXANH'), description: 'Cây dầu nghiêng sắp đổ ra đường', ...places.longSon });

  it('deletes a routing rule for the coordinator only; later reports follow the remaining rules', async () => {
    expect((await t.file(tree())).json()).toMatchObject({ unit: { code: 'VT-LSON' } });
    const vhtt = await signIn(t.app, 'vhtt');
    const rules = (await vhtt.get('/api/field-reports/routing-rules')).json<RoutingRule[]>();
    const island = rules.find((rule) => rule.category?.code === 'CAYXANH' && rule.ward?.code === 'VT-LSON');
    if (!island) throw new Error('the seeded Long Sơn rule is missing');
    const leader = await signIn(t.app, 'lanhdao');
    expect((await leader.get('/api/field-reports/routing-rules')).json<RoutingRule[]>()).toHaveLength(rules.length);
    for (const username of ['lanhdao', 'canbo.longson']) {
      const refused = await (await signIn(t.app, username)).request({ method: 'DELETE', url: `/api/field-reports/routing-rules/${island.id}` });
      expect(refused.statusCode, username).toBe(403);
    }
    expect((await vhtt.request({ method: 'DELETE', url: `/api/field-reports/routing-rules/${island.id}` })).statusCode).toBe(204);
    expect((await vhtt.request({ method: 'DELETE', url: `/api/field-reports/routing-rules/${island.id}` })).statusCode).toBe(404);
    expect((await vhtt.get('/api/field-reports/routing-rules')).json<RoutingRule[]>()).toHaveLength(rules.length - 1);
    // Trees anywhere now go to the city's urban-management office.
    expect((await t.file(tree())).json()).toMatchObject({ unit: { code: 'VT-QLDT' } });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity', '=', 'field_report_rule').where('entity_id', '=', String(island.id)).execute();
    expect(audit.map((row) => row.action)).toEqual(['delete']);
  });

  it('sets a ward centre, which is then no longer approximate; refuses a bad point or another role', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const url = `/api/field-reports/wards/${t.unit('VT-TTAM')}/centre`;
    const saved = await vhtt.request({ method: 'PUT', url, payload: { lat: 10.3401, lng: 107.0912 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<Ward[]>().find((ward) => ward.unit.code === 'VT-TTAM')).toMatchObject({ lat: 10.3401, lng: 107.0912, approximate: false, source: 'vhtt' });
    const config = (await t.app.inject({ method: 'GET', url: '/api/field-reports/config' })).json<{ wards: Ward[] }>();
    expect(config.wards.find((ward) => ward.unit.code === 'VT-TTAM')).toMatchObject({ approximate: false });
    expect(config.wards.find((ward) => ward.unit.code === 'VT-P07')).toMatchObject({ approximate: true });

    const bad = await vhtt.request({ method: 'PUT', url, payload: { lat: 91, lng: 'đông' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<{ error: { fields: object } }>().error.fields).sort()).toEqual(['lat', 'lng']);
    const notAWard = await vhtt.request({ method: 'PUT', url: `/api/field-reports/wards/${t.unit('VT-TNMT')}/centre`, payload: { lat: 10.35, lng: 107.08 } });
    expect(notAWard.statusCode).toBe(404);
    const officer = await signIn(t.app, 'canbo.thangtam');
    expect((await officer.request({ method: 'PUT', url, payload: { lat: 10.3, lng: 107.1 } })).statusCode).toBe(403);
  });
});
