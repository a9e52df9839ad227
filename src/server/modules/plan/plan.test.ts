import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../common/plan.js';
import { vungTau2024Plan } from '../../db/seed/plan-vungtau-2024.js';
import { createTestApp, type TestApp, testDialects } from '../../test/harness.js';
import { seedPlan } from './service.js';

describe.each(testDialects)('plan API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('serves the 2024 plan publicly, as the seed writes it', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/plan' });
    expect(response.statusCode).toBe(200);
    const plan = response.json<Plan>();
    expect(plan.year).toBe(2024);
    expect(plan.unit).toEqual({ code: 'VT', name: 'UBND thành phố Vũng Tàu', kind: 'city' });
    expect(plan.status).toBe('issued');
    expect(plan.versions).toMatchObject([{ number: 1, kind: 'issue', effectiveMonth: 1, decisionNumber: null, signer: 'KT. Chủ tịch – Phó Chủ tịch Vũ Hồng Thuấn', document: null }]);
    expect(plan.areas.map((area) => [area.code, area.indicators.length])).toEqual([
      ['CQS', 12],
      ['KTS', 6],
      ['XHS', 15],
      ['ATTT', 7],
      ['DTTM', 2],
    ]);
    const { unitCode: _unitCode, issued: _issued, ...seedWithoutUnit } = vungTau2024Plan;
    expect(plan).toMatchObject(seedWithoutUnit);
    expect(plan.objectives).toHaveLength(4);
    expect(plan.solutionGroups).toHaveLength(8);
  });

  it('keeps the 2023 online-dossier rate as the baseline of its indicator', async () => {
    const plan = (await t.app.inject({ method: 'GET', url: '/api/plan?unit=VT&year=2024' })).json<Plan>();
    const indicator = plan.areas.flatMap((area) => area.indicators).find((candidate) => candidate.code === 'CQS-08');
    expect(indicator?.target).toMatchObject({ text: '55%', value: 55 });
    expect(indicator?.baseline).toMatchObject({ year: 2023, value: 98.27, numerator: 23391, denominator: 23802 });
  });

  it('answers an unknown plan with a 404 and a bad year with a 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/plan?year=2031' })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/plan?year=hai-nghin' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['year']);
  });

  it('seeds idempotently: a second start adds nothing', async () => {
    const count = async () => (await t.database.db.selectFrom('indicators').select('id').execute()).length;
    const before = await count();
    await seedPlan(t.database.db, vungTau2024Plan, new Date());
    expect(await count()).toBe(before);
  });

  it('publishes its OpenAPI document and UI', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(Object.keys(json.json().paths)).toEqual(expect.arrayContaining(['/api/plan', '/api/auth/login', '/api/units', '/api/users']));
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});

describe('plan units', () => {
  it('names the units the plan refers to, for visitors', async () => {
    const t = await createTestApp('sqlite');
    try {
      const plan = (await t.app.inject({ method: 'GET', url: '/api/plan' })).json<Plan>();
      const names = new Map(plan.units.map((unit) => [unit.code, unit.name]));
      for (const indicator of plan.areas.flatMap((area) => area.indicators)) {
        if (indicator.reportingUnitCode) expect(names.has(indicator.reportingUnitCode)).toBe(true);
      }
      expect(names.get('VT-TCKH')).toBe('Phòng Tài chính – Kế hoạch');
    } finally {
      await t.close();
    }
  });
});
