import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityRollup, IndicatorPage, ReportForm } from '../../../common/reporting.js';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, type Session, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { fullFigures, openForm, periodId } from './testing.js';

describe.each(testDialects)('rollups on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Session;
  const unit = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock('2024-05-11T09:00:00+07:00') });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
    coordinator = await signIn(t.app, 'vhtt');
  });
  afterAll(() => t.close());

  async function report(username: string, unitCode: string, month: number, ratio: [number, number], approve = true): Promise<ReportForm> {
    const session = await signIn(t.app, username);
    let form = await openForm(session, await periodId(session, 2024, month), unit.get(unitCode) ?? -1);
    const figures = fullFigures(form, ratio).map((figure) => ({ ...figure, comment: 'Số liệu kiểm thử' }));
    form = (await session.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures } })).json<ReportForm>();
    form = (await session.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json<ReportForm>();
    if (!approve) return form;
    return (await coordinator.post(`/api/reporting/submissions/${form.submission.id}/approve`, { version: form.submission.version })).json<ReportForm>();
  }
  const page = async (code: string, month: number) =>
    (await coordinator.get(`/api/reporting/indicators/${code}?year=2024&month=${month}`)).json<IndicatorPage>();

  it('shows an approval in the city value at once, as the ratio of the sums', async () => {
    expect((await page('CQS-08', 1)).rollup.approved.value).toBeNull();
    await report('canbo.thangtam', 'VT-TTAM', 1, [9, 10]);
    expect((await page('CQS-08', 1)).rollup.approved).toMatchObject({ value: 90, numerator: 9, denominator: 10, unitsReported: 1 });
    await report('canbo.p7', 'VT-P07', 1, [10, 100]);
    const city = (await page('CQS-08', 1)).rollup.approved;
    // 19/110, not (90% + 10%) / 2.
    expect(city.numerator).toBe(19);
    expect(city.denominator).toBe(110);
    expect(city.value).toBeCloseTo(17.27, 2);
  });

  it('keeps submitted figures out of the approved value but in the provisional one', async () => {
    await report('canbo.p1', 'VT-P01', 1, [90, 90], false);
    const { rollup, breakdown } = await page('CQS-08', 1);
    expect(rollup.approved.denominator).toBe(110);
    expect(rollup.provisional).toMatchObject({ numerator: 109, denominator: 200 });
    expect(breakdown.find((row) => row.unit.code === 'VT-P01')?.status).toBe('submitted');
    expect(breakdown.find((row) => row.unit.code === 'VT-P02')?.status).toBe('missing');
    expect(breakdown).toHaveLength(17);
  });

  it('counts the wards meeting a "17/17" indicator', async () => {
    const { rollup } = await page('CQS-12', 1);
    expect(rollup.approved).toMatchObject({ unitsMet: 2, unitsReported: 2 });
    expect(rollup.expectedUnits).toBe(17);
    expect(rollup.approved.value).toBeCloseTo((2 / 17) * 100, 5);
  });

  it('accumulates a flow indicator over the year and takes the latest month of a stock one', async () => {
    await report('canbo.thangtam', 'VT-TTAM', 2, [1, 10]);
    const flow = (await page('CQS-08', 2)).rollup;
    expect(flow.measureType).toBe('flow');
    expect(flow.approved).toMatchObject({ numerator: 20, denominator: 120 });
    const stockCode = (await coordinator.get('/api/reporting/rollup?year=2024&month=2')).json<CityRollup>()
      .areas.flatMap((area) => area.indicators).find((indicator) => indicator.kind === 'ratio' && indicator.measureType === 'stock' && indicator.code.startsWith('XHS'))?.code;
    const stock = (await page(stockCode ?? '', 2)).rollup.approved;
    expect(stock).toMatchObject({ numerator: 1, denominator: 10, value: 10 });
  });

  it('drops a reopened report from the rollup until it is approved again', async () => {
    const form = await report('canbo.p5', 'VT-P05', 3, [5, 10]);
    expect((await page('CQS-08', 3)).rollup.approved.denominator).toBe(130);
    await coordinator.post(`/api/reporting/submissions/${form.submission.id}/reopen`, { version: form.submission.version, reason: 'Kiểm tra lại' });
    expect((await page('CQS-08', 3)).rollup.approved.denominator).toBe(120);
  });

  it('exports the breakdown as CSV (Excel-readable UTF-8) and XLSX', async () => {
    const csv = await coordinator.get('/api/reporting/indicators/CQS-08/breakdown.csv?year=2024&month=1');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFMã đơn vị,Đơn vị,Trạng thái')).toBe(true);
    expect(csv.body).toContain('VT-TTAM,Phường Thắng Tam,Đã duyệt,9,10,90');
    const xlsx = await coordinator.get('/api/reporting/indicators/CQS-08/breakdown.xlsx?year=2024&month=1');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await coordinator.get('/api/reporting/indicators/KHONG-CO?year=2024&month=1')).statusCode).toBe(404);
  });
});
