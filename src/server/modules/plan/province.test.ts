// The province's plan above the cities': the province leader issues it, a city links an indicator
// to it (by an amendment, once the city's plan is issued), and the leader sees each city's contribution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IndicatorInput, type PlanContent, type PlanDetail, type ProvinceRollup, planContent } from '../../../common/plan.js';
import type { CityRollup } from '../../../common/reporting.js';
import { fixedClock } from '../../lib/clock.js';
import { type TestApp, createTestApp, signIn, testDialects } from '../../test/harness.js';
import { amend, decision, issue } from './testing.js';

const provincial = (code: string, fields: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  text: '55% hồ sơ thủ tục hành chính được thực hiện trực tuyến từ xa trên địa bàn tỉnh.',
  kind: 'ratio',
  direction: 'reach',
  target: { text: '55%', value: 55, comparator: 'gte', dueDate: null },
  measureUnit: '%',
  measureType: 'flow',
  reportingScope: 'city',
  reportingUnitCode: null,
  numeratorLabel: 'Số hồ sơ thực hiện trực tuyến từ xa',
  denominatorLabel: 'Tổng số hồ sơ',
  baseline: null,
  note: null,
  continuesCode: null,
  provinceIndicatorCode: null,
  dtiCriterion: 'DTI-6',
  ...fields,
});

describe.each(testDialects)('the province’s plan on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: 'full', clock: fixedClock('2024-11-20T09:00:00+07:00') });
  });
  afterAll(() => t.close());

  it('lets the province leader write and issue the province’s plan, which opens no reporting periods', async () => {
    const tinh = await signIn(t.app, 'tinh');
    const content: PlanContent = {
      title: 'Kế hoạch chuyển đổi số năm 2024 của tỉnh',
      areas: [{ code: 'T-CQS', name: 'Chính quyền số', indicators: [provincial('T-CQS-01'), provincial('T-CQS-02', { reportingScope: 'wards' })] }],
      objectives: [],
      solutionGroups: [],
      priorResults: [],
    };
    const bad = await tinh.post('/api/plans', { unit: 'BRVT', year: 2024, from: 'blank', content });
    expect(bad.json().error.fields['areas.0.indicators.1.reportingScope']).toBe('Chỉ tiêu của tỉnh do các thành phố thực hiện: chọn "Thành phố".');
    const created = await tinh.post('/api/plans', { unit: 'BRVT', year: 2024, from: 'blank', content: { ...content, areas: [{ ...content.areas[0], indicators: [provincial('T-CQS-01')] }] } });
    expect(created.statusCode).toBe(201);
    const plan = created.json<PlanDetail>();
    expect((await issue(tinh, plan.id, { ...decision, decisionDate: '2024-03-01' })).json<PlanDetail>().status).toBe('issued');
    const province = await t.database.db.selectFrom('units').select('id').where('code', '=', 'BRVT').executeTakeFirstOrThrow();
    expect(await t.database.db.selectFrom('reporting_periods').select('id').where('unit_id', '=', province.id).execute()).toEqual([]);
  });

  it('lets a city link an indicator to the province’s, and shows the leader each city’s contribution', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const city = (await vhtt.get('/api/plan?year=2024')).json<PlanDetail>();
    const content = planContent(city);
    const linkTo = (code: string | null) => ({
      ...content,
      areas: content.areas.map((area) => ({ ...area, indicators: area.indicators.map((indicator) => (indicator.code === 'CQS-08' ? { ...indicator, provinceIndicatorCode: code } : indicator)) })),
    });
    const unknown = await amend(vhtt, city.id, linkTo('T-XXX'), { effectiveMonth: '11', decisionDate: '2024-11-15' });
    expect(unknown.json().error.fields['areas.0.indicators.7.provinceIndicatorCode']).toBe('Kế hoạch của tỉnh năm 2024 không có chỉ tiêu T-XXX.');
    const linked = await amend(vhtt, city.id, linkTo('T-CQS-01'), { effectiveMonth: '11', decisionDate: '2024-11-15' });
    expect(linked.statusCode).toBe(200);
    expect(linked.json<PlanDetail>().versions.at(-1)?.changes).toEqual([{ code: 'CQS-08', field: 'provinceIndicatorCode', before: null, after: 'T-CQS-01' }]);

    const rollup = (await (await signIn(t.app, 'tinh')).get('/api/plans/province-rollup?year=2024&month=10')).json<ProvinceRollup>();
    const october = (await vhtt.get('/api/reporting/rollup?year=2024&month=10')).json<CityRollup>();
    const cityFigure = october.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === 'CQS-08')?.approved;
    expect(rollup).toMatchObject({ province: { code: 'BRVT' }, plan: { status: 'issued' }, citiesWithoutPlan: [] });
    expect(rollup.indicators).toMatchObject([
      { code: 'T-CQS-01', dtiCriterion: 'DTI-6', contributions: [{ city: { code: 'VT' }, code: 'CQS-08', target: { text: '55%' }, approved: { value: cityFigure?.value, status: cityFigure?.status } }] },
    ]);
    expect(rollup.indicators[0]?.contributions[0]?.approved.text).toMatch(/^\d+(,\d+)?% \(/);
    expect((await vhtt.get('/api/plans/province-rollup?year=2024&month=10')).statusCode).toBe(403);
  });
});
