import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DxExplanation, DxRanking, DxWeights, DxWeightsInput, WardMeasures, WardOverview } from '../../../common/dx.js';
import type { ReportForm } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, type Session, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { fullFigures, openForm, periodId } from '../reporting/testing.js';
import { seedDxIndex, vungTauDxSeed } from './seed.js';

const tenths = (points: number) => Math.round(points * 10);
const sumTenths = (points: number[]) => points.reduce((sum, value) => sum + tenths(value), 0);

describe.each(testDialects)('digital-transformation index on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Session;
  const clock = manualClock('2024-05-11T09:00:00+07:00');
  const unit = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
    // Phường 7 reports May on time (by 12/05) at 50 %; Thắng Tam two days late at 90 %; both approved.
    await report('canbo.p7', 'VT-P07', [50, 100]);
    clock.set('2024-05-14T09:00:00+07:00');
    await report('canbo.thangtam', 'VT-TTAM', [90, 100]);
    clock.set('2024-05-20T10:00:00+07:00');
    coordinator = await signIn(t.app, 'vhtt');
  });
  afterAll(() => t.close());

  async function report(username: string, unitCode: string, ratio: [number, number]): Promise<void> {
    const session = await signIn(t.app, username);
    let form = await openForm(session, await periodId(session, 2024, 5), unit.get(unitCode) ?? -1);
    const figures = fullFigures(form, ratio).map((figure) => ({ ...figure, comment: 'Số liệu kiểm thử' }));
    form = (await session.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures } })).json<ReportForm>();
    form = (await session.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json<ReportForm>();
    // Signed in at each step: moving the clock by days ends the sessions.
    const approver = await signIn(t.app, 'vhtt');
    const approved = await approver.post(`/api/reporting/submissions/${form.submission.id}/approve`, { version: form.submission.version });
    expect(approved.statusCode).toBe(200);
  }
  const ranking = async (session = coordinator) => (await session.get('/api/dx/ranking?year=2024&month=5')).json<DxRanking>();
  const explain = async (code: string) => (await coordinator.get(`/api/dx/wards/${code}?year=2024&month=5`)).json<DxExplanation>();
  const row = (data: DxRanking, code: string) => data.wards.find((ward) => ward.unit.code === code);

  it("scores a ward from its known figures: capped achievement, late reports and missing data worth nothing", async () => {
    const tam = await explain('VT-TTAM');
    // 90 % everywhere, all "17/17" met, 0 of 5 due reports on time, no field report:
    // 100 + 0 + (54 + 40) + 100 + 100 + (50 + 36 + 30 + 20 + 0) + (56,8 + 50 + 40) + 150.
    expect(tam.total).toBe(826.8);
    const points = Object.fromEntries(tam.pillars.map((pillar) => [pillar.code, pillar.points]));
    expect(points).toEqual({ NTS: 100, TCS: 0, HTS: 94, NLS: 100, ATTT: 100, CQS: 136, KTS: 146.8, XHS: 150 });
    const cqs07 = tam.pillars.find((pillar) => pillar.code === 'CQS')?.components.find((component) => component.indicatorCode === 'CQS-07');
    expect(cqs07).toMatchObject({ value: 90, numerator: 90, denominator: 100, target: 100, achievement: 90, maxPoints: 40, points: 36, noData: false });
    const timeliness = tam.pillars.find((pillar) => pillar.code === 'TCS')?.components[0];
    expect(timeliness).toMatchObject({ kind: 'reporting_timeliness', numerator: 0, denominator: 5, points: 0, noData: false });
    const fieldReports = tam.pillars.find((pillar) => pillar.code === 'CQS')?.components.find((component) => component.kind === 'field_report_on_time');
    expect(fieldReports).toMatchObject({ value: null, points: 0, noData: true });
    expect((await explain('VT-P07')).total).toBe(682.6);
  });

  it('ranks the wards with ties sharing a rank, and shows the change since the previous month', async () => {
    const data = await ranking();
    expect(data.wards).toHaveLength(17);
    expect(data.wards.slice(0, 2).map((ward) => [ward.unit.code, ward.rank])).toEqual([['VT-TTAM', 1], ['VT-P07', 2]]);
    // The other 15 have no figure and no report on time: all third.
    expect(new Set(data.wards.slice(2).map((ward) => `${ward.rank}:${ward.total}`))).toEqual(new Set(['3:0']));
    expect(data.previous).toEqual({ year: 2024, month: 4 });
    expect(row(data, 'VT-TTAM')).toMatchObject({ previousTotal: 0, previousRank: 1 });
    expect(data.city.total).toBeGreaterThan(0);
  });

  it('explains every score with points that add up exactly, for a ward and for the city', async () => {
    for (const code of ['VT-TTAM', 'VT-P07', 'VT-P01', 'VT']) {
      const explanation = await explain(code);
      for (const pillar of explanation.pillars) expect(sumTenths(pillar.components.map((component) => component.points))).toBe(tenths(pillar.points));
      expect(sumTenths(explanation.pillars.map((pillar) => pillar.points))).toBe(tenths(explanation.total));
      expect(sumTenths(explanation.pillars.map((pillar) => pillar.weight))).toBe(10_000);
    }
    const city = await explain('VT');
    expect(city.rank).toBeNull();
    // The city's figure is the ratio of the wards' sums: (90 + 50) / (100 + 100).
    const cqs08 = city.pillars.flatMap((pillar) => pillar.components).find((component) => component.indicatorCode === 'CQS-08');
    expect(cqs08).toMatchObject({ numerator: 140, denominator: 200, value: 70 });
    expect(city.total).toBe((await ranking()).city.total);
  });

  it("gives the OC map each ward's score, rank, on-time reporting and field reports", async () => {
    const measures = (await coordinator.get('/api/dx/ward-measures?year=2024&month=5')).json<WardMeasures>();
    expect(measures.wards).toHaveLength(17);
    const p7 = measures.wards.find((ward) => ward.unitCode === 'VT-P07');
    expect(p7).toEqual({ unitCode: 'VT-P07', name: 'Phường 7', dxScore: 682.6, dxRank: 2, completeness: 0.2, onTimeRate: null, openFieldReports: 0 });
  });

  it("opens a ward's page: figures against targets, reports month by month, rank history", async () => {
    const leader = await signIn(t.app, 'tinh');
    const response = await leader.get('/api/wards/VT-P07/overview?year=2024&month=5');
    expect(response.statusCode).toBe(200);
    const page = response.json<WardOverview>();
    expect(page.dx).toEqual({ total: 682.6, rank: 2, wardCount: 17 });
    expect(page.indicators.find((indicator) => indicator.code === 'CQS-07')).toMatchObject({ value: 50, status: 'not_met' });
    expect(page.indicators.find((indicator) => indicator.code === 'XHS-05')).toMatchObject({ value: 50, status: 'met' });
    expect(page.reports.map((month) => [month.month, month.state, month.daysLate])).toEqual([
      [1, 'missing', 129],
      [2, 'missing', 98],
      [3, 'missing', 69],
      [4, 'missing', 38],
      [5, 'approved', 0],
    ]);
    expect(page.rankHistory.map((month) => [month.month, month.rank])).toEqual([[1, 1], [2, 1], [3, 1], [4, 1], [5, 2]]);
    expect((await coordinator.get('/api/wards/VT-VHTT/overview?year=2024&month=5')).statusCode).toBe(404);
    expect((await coordinator.get('/api/wards/KHONG-CO/overview?year=2024&month=5')).statusCode).toBe(404);
  });

  it("lets the coordinator's weights change the ranking, and nobody else change them", async () => {
    const weights = (await coordinator.get('/api/dx/weights?year=2024')).json<DxWeights>();
    expect(weights.canEdit).toBe(true);
    expect(weights.pillars.reduce((sum, pillar) => sum + pillar.weight, 0)).toBe(1000);
    const input = (change: (pillar: DxWeights['pillars'][number]) => number): DxWeightsInput => ({
      pillars: weights.pillars.map((pillar) => ({ code: pillar.code, weight: change(pillar), components: pillar.components.map(({ kind, indicatorCode, weight }) => ({ kind, indicatorCode, weight })) })),
    });
    // Only reporting on time counts: Phường 7 (1 of 5 on time) overtakes Thắng Tam (0 of 5).
    const onlyTimeliness = input((pillar) => (pillar.code === 'TCS' ? 1000 : 0));

    const leader = await signIn(t.app, 'lanhdao');
    expect((await leader.get('/api/dx/weights?year=2024')).json<DxWeights>().canEdit).toBe(false);
    expect((await leader.request({ method: 'PUT', url: '/api/dx/weights?year=2024', payload: onlyTimeliness })).statusCode).toBe(403);

    const saved = await coordinator.request({ method: 'PUT', url: '/api/dx/weights?year=2024', payload: onlyTimeliness });
    expect(saved.statusCode).toBe(200);
    const after = await ranking(await signIn(t.app, 'canbo.p1'));
    expect(row(after, 'VT-P07')).toMatchObject({ rank: 1, total: 200 });
    expect(row(after, 'VT-TTAM')).toMatchObject({ rank: 2, total: 0 });

    // A restart's seed leaves the coordinator's weights alone.
    await seedDxIndex(t.database.db, vungTauDxSeed, clock.now());
    expect(row(await ranking(), 'VT-P07')?.total).toBe(200);
  });

  it('refuses weights that break the rules, in Vietnamese, and writes nothing', async () => {
    const current = (await coordinator.get('/api/dx/weights?year=2024')).json<DxWeights>();
    const base = current.pillars.map((pillar) => ({ code: pillar.code, weight: pillar.weight, components: pillar.components.map(({ kind, indicatorCode, weight }) => ({ kind, indicatorCode, weight })) }));
    const put = (pillars: typeof base) => coordinator.request({ method: 'PUT', url: '/api/dx/weights?year=2024', payload: { pillars } });

    const notThousand = await put(base.map((pillar) => (pillar.code === 'TCS' ? { ...pillar, weight: 900 } : pillar)));
    expect(notThousand.statusCode).toBe(400);
    expect(notThousand.json<{ error: { message: string } }>().error.message).toContain('phải bằng 1000');

    const twice = base.map((pillar) => (pillar.code === 'NTS' ? { ...pillar, components: [...pillar.components, { kind: 'indicator' as const, indicatorCode: 'CQS-08', weight: 1 }] } : pillar));
    expect((await put(twice)).json<{ error: { message: string } }>().error.message).toContain('CQS-08 đã có');

    const department = base.map((pillar) => (pillar.code === 'NTS' ? { ...pillar, components: [{ kind: 'indicator' as const, indicatorCode: 'CQS-01', weight: 1 }] } : pillar));
    expect((await put(department)).statusCode).toBe(400);

    const negative = base.map((pillar) => (pillar.code === 'NTS' ? { ...pillar, components: [{ kind: 'indicator' as const, indicatorCode: 'XHS-03', weight: -1 }] } : pillar));
    expect((await put(negative)).statusCode).toBe(400);

    const empty = base.map((pillar) => (pillar.code === 'TCS' ? { ...pillar, components: [] } : pillar));
    expect((await put(empty)).statusCode).toBe(400);

    expect((await coordinator.get('/api/dx/weights?year=2024')).json<DxWeights>().pillars).toEqual(current.pillars);
  });
});
