// A plan year after year: 2024 (seeded, issued, with the demo's approved figures) copied to 2025,
// edited, issued (which opens 2025's periods and starts the reminders), amended from a month on.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcOverview } from '../../../common/dashboard.js';
import { type IndicatorInput, type PlanContent, type PlanDetail, type PlanSummary, planContent } from '../../../common/plan.js';
import type { CityRollup, Period, ReportForm } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { type TestApp, createTestApp, signIn, testDialects } from '../../test/harness.js';
import { formatNumber } from '../reporting/figure-text.js';
import { sendDueReportReminders } from '../reporting/reminders.js';
import { fullFigures, openForm, periodId } from '../reporting/testing.js';
import { SIGNED_PDF, amend, issue, retarget } from './testing.js';

const indicatorOf = (plan: { areas: { indicators: IndicatorInput[] }[] } | PlanDetail, code: string) =>
  plan.areas.flatMap((area) => area.indicators as IndicatorInput[]).find((indicator) => indicator.code === code);

/** The content with one indicator replaced. */
const withIndicator = (content: PlanContent, code: string, change: (indicator: IndicatorInput) => IndicatorInput): PlanContent => ({
  ...content,
  areas: content.areas.map((area) => ({ ...area, indicators: area.indicators.map((indicator) => (indicator.code === code ? change(indicator) : indicator)) })),
});

describe.each(testDialects)('plans year after year on %s', (dialect) => {
  let t: TestApp;
  const clock = manualClock('2025-01-05T09:00:00+07:00');
  let planId: number;
  let plan2024Before: string;
  const unit = new Map<string, number>();
  // Signed in afresh each time: the tests move the clock past the session lifetime.
  const vhtt = () => signIn(t.app, 'vhtt');
  const put = async (content: PlanContent) => (await vhtt()).request({ method: 'PUT', url: `/api/plans/${planId}`, payload: { content } });
  const current = async () => (await (await vhtt()).get(`/api/plans/${planId}`)).json<PlanDetail>();
  const rollup = async (month: number) => (await (await vhtt()).get(`/api/reporting/rollup?year=2025&month=${month}`)).json<CityRollup>();
  const rolled = (data: CityRollup, code: string) => data.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code);

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock, demo: 'full' });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
    plan2024Before = (await (await vhtt()).get('/api/plan?year=2024')).body;
  });
  afterAll(() => t.close());

  it('copies 2024 into a 2025 draft, baselines from 2024’s approved results, each indicator continuing its predecessor', async () => {
    const session = await vhtt();
    const response = await session.post('/api/plans', { year: 2025, from: 'copy' });
    expect(response.statusCode).toBe(201);
    const plan = response.json<PlanDetail>();
    planId = plan.id;
    expect(plan).toMatchObject({ year: 2025, status: 'draft', source: { year: 2024 }, versions: [] });
    expect(plan.actions).toEqual(expect.arrayContaining(['edit', 'issue', 'delete']));
    expect(plan.title).toContain('năm 2025');
    expect(plan.areas.map((area) => [area.code, area.indicators.length])).toEqual([
      ['CQS', 12],
      ['KTS', 6],
      ['XHS', 15],
      ['ATTT', 7],
      ['DTTM', 2],
    ]);
    const december = (await session.get('/api/reporting/rollup?year=2024&month=12')).json<CityRollup>();
    const approved = rolled(december, 'CQS-08')?.approved;
    const cqs08 = plan.areas[0]?.indicators[7];
    expect(cqs08?.code).toBe('CQS-08');
    expect(approved?.value).not.toBeNull();
    expect(cqs08?.baseline).toEqual({
      year: 2024,
      text: `${formatNumber(approved?.value ?? 0)}% (${formatNumber(approved?.numerator ?? 0)}/${formatNumber(approved?.denominator ?? 0)})`,
      value: Math.round((approved?.value ?? 0) * 100) / 100,
      numerator: approved?.numerator,
      denominator: approved?.denominator,
    });
    expect(cqs08?.baseline?.text).toMatch(/^\d+(,\d+)?% \([\d.]+\/[\d.]+\)$/);
    expect(cqs08?.continues).toEqual({ year: 2024, code: 'CQS-08' });
    expect(indicatorOf(plan, 'CQS-12')?.baseline?.text).toMatch(/^\d+\/17 đơn vị$/);
    expect(indicatorOf(plan, 'DTTM-01')?.target).toMatchObject({ text: 'quý II/2025', dueDate: '2025-06-30' });
    expect(plan.solutionGroups).toHaveLength(8);
    const tasks = await t.database.db.selectFrom('tasks').select(['code', 'due_date', 'status']).where('plan_id', '=', planId).execute();
    const sourceTasks = await t.database.db.selectFrom('tasks').innerJoin('plans', 'plans.id', 'tasks.plan_id').select('tasks.id').where('plans.year', '=', 2024).where('tasks.demo', '=', 0).execute();
    expect(tasks).toHaveLength(sourceTasks.length);
    expect(tasks.find((task) => task.code === 'KH2025-II5-1')).toMatchObject({ status: 'not_started' });
    expect(tasks.every((task) => task.due_date.startsWith('2025-'))).toBe(true);
    // A draft opens no reporting period, and 2024 is as it was.
    expect((await session.get('/api/reporting/periods?year=2025')).json()).toEqual([]);
    expect((await session.get('/api/plan?year=2024')).body).toBe(plan2024Before);
    const listed = (await session.get('/api/plans')).json<PlanSummary[]>();
    expect(listed.filter((summary) => summary.unitCode === 'VT').map((summary) => [summary.year, summary.status, summary.current])).toEqual([
      [2025, 'draft', false],
      [2024, 'issued', true],
    ]);
  });

  it('refuses a second plan for a year that has one, issued or draft', async () => {
    const session = await vhtt();
    const again = await session.post('/api/plans', { year: 2025, from: 'blank' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Năm 2025 đã có một dự thảo kế hoạch; hãy sửa dự thảo đó.');
    const issued = await session.post('/api/plans', { year: 2024, from: 'blank' });
    expect(issued.statusCode).toBe(409);
    expect(issued.json().error.message).toContain('đã có kế hoạch được ban hành');
  });

  it('checks every edit with the one validation, names each problem at its place, and saves nothing on error', async () => {
    const content = planContent(await current());
    const abc = await put(withIndicator(content, 'CQS-08', (indicator) => ({ ...indicator, target: { ...indicator.target, text: 'abc' } })));
    expect(abc.statusCode).toBe(400);
    expect(abc.json().error.fields['areas.0.indicators.7.target.text']).toContain('không ghi con số');
    const unlabelled = await put(withIndicator(content, 'CQS-08', (indicator) => ({ ...indicator, numeratorLabel: null, denominatorLabel: '' })));
    expect(Object.keys(unlabelled.json().error.fields)).toEqual(['areas.0.indicators.7.numeratorLabel', 'areas.0.indicators.7.denominatorLabel']);
    const count = await put(withIndicator(content, 'CQS-12', (indicator) => ({ ...indicator, target: { ...indicator.target, text: '15/17 phường, xã', value: 100 } })));
    expect(count.json().error.fields['areas.0.indicators.11.target.value']).toBe('"15/17" là 88,24%, không phải 100%.');
    const wrongKind = await put(withIndicator(content, 'CQS-08', (indicator) => ({ ...indicator, target: { ...indicator.target, text: '17/17 phường, xã', value: 100 } })));
    expect(wrongKind.json().error.fields['areas.0.indicators.7.kind']).toContain('số đơn vị đạt');
    const range = await put(withIndicator(content, 'CQS-08', (indicator) => ({ ...indicator, target: { ...indicator.target, text: '155%', value: 155 } })));
    expect(range.json().error.fields['areas.0.indicators.7.target.value']).toBe('Mục tiêu là tỷ lệ phần trăm, từ 0 đến 100.');
    expect(indicatorOf(await current(), 'CQS-08')?.target.text).toBe('55%');

    // A coordinator's edits: a new target, KTS-06 renamed but still continuing last year's KTS-06, areas reordered.
    const edited = withIndicator(
      withIndicator(content, 'CQS-08', (indicator) => ({ ...indicator, target: { ...indicator.target, text: '60%', value: 60 } })),
      'KTS-06',
      (indicator) => ({ ...indicator, code: 'KTS-06B', continuesCode: 'KTS-06' }),
    );
    const reordered = { ...edited, areas: [edited.areas[1], edited.areas[0], ...edited.areas.slice(2)].flatMap((area) => (area ? [area] : [])) };
    expect((await put(reordered)).statusCode).toBe(200);
    expect((await current()).areas.map((area) => area.code).slice(0, 2)).toEqual(['KTS', 'CQS']);
    const saved = await put(edited);
    expect(saved.statusCode).toBe(200);
    const plan = saved.json<PlanDetail>();
    expect(plan.areas.map((area) => area.code).slice(0, 2)).toEqual(['CQS', 'KTS']);
    expect(indicatorOf(plan, 'CQS-08')?.target).toMatchObject({ text: '60%', value: 60 });
    expect(indicatorOf(plan, 'KTS-06B')).toMatchObject({ continues: { year: 2024, code: 'KTS-06' } });
  });

  it('issues the draft with its decision and signed PDF, which opens 2025’s periods and makes it the current plan', async () => {
    const session = await vhtt();
    const unsigned = await issue(session, planId, undefined, []);
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().error.fields.document).toBe('Cần đính kèm văn bản đã ký (PDF).');
    const png = await issue(session, planId, undefined, [{ name: 'anh.png', data: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'), field: 'document' }]);
    expect(png.json().error.fields.document).toBe('Văn bản đã ký phải là một tệp PDF.');
    const future = await issue(session, planId, { decisionNumber: '15/KH-UBND', decisionDate: '2025-02-01', signer: 'Nguyễn Văn A' });
    expect(future.json().error.fields.decisionDate).toBe('Ngày ban hành không thể sau hôm nay.');
    expect((await current()).status).toBe('draft');
    expect((await issue(await signIn(t.app, 'xem'), planId)).statusCode).toBe(403);

    const response = await issue(session, planId);
    expect(response.statusCode).toBe(200);
    const plan = response.json<PlanDetail>();
    expect(plan).toMatchObject({ status: 'issued', versions: [{ number: 1, kind: 'issue', decisionNumber: '15/KH-UBND', decisionDate: '2025-01-02', effectiveMonth: 1, document: { fileName: 'ke-hoach-da-ky.pdf' } }] });
    expect(plan.actions).toEqual(['read', 'amend']);
    const pdf = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/versions/1/document` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.equals(SIGNED_PDF)).toBe(true);

    const periods = (await session.get('/api/reporting/periods?year=2025')).json<Period[]>();
    expect(periods).toHaveLength(12);
    expect(periods[0]).toMatchObject({ month: 1, dataFrom: '2024-12-11', dataTo: '2025-01-10', dueDate: '2025-01-12', consolidationDueDate: '2025-01-25' });
    const listed = (await session.get('/api/plans')).json<PlanSummary[]>().filter((summary) => summary.unitCode === 'VT');
    expect(listed.map((summary) => [summary.year, summary.status, summary.version, summary.current])).toEqual([
      [2025, 'issued', 1, true],
      [2024, 'issued', 1, false],
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/plan' })).json<PlanDetail>().year).toBe(2025);
    // The public view opens on this year's plan and offers last year's.
    expect((await t.app.inject({ method: 'GET', url: '/api/public/overview?month=1' })).json()).toMatchObject({ year: 2025, years: [2025, 2024] });
    expect((await t.app.inject({ method: 'GET', url: '/api/public/overview?year=2024&month=5' })).json()).toMatchObject({ year: 2024, period: { month: 5 } });
    expect((await put(planContent(plan))).statusCode).toBe(409);
    expect((await session.get('/api/plan?year=2024')).body).toBe(plan2024Before);
  });

  it('starts the reminders of the new periods on its own, once, a couple of working days before they are due', async () => {
    clock.set('2025-01-08T08:00:00+07:00');
    const sent = await sendDueReportReminders(t.database.db, clock.now());
    expect(sent).toBeGreaterThanOrEqual(17);
    const titles = await t.database.db.selectFrom('notifications').select('title').where('kind', '=', 'report_reminder').distinct().execute();
    expect(titles.map((row) => row.title)).toEqual(['Sắp đến hạn gửi báo cáo tháng 1/2025']);
    expect(await sendDueReportReminders(t.database.db, clock.now())).toBe(0);
  });

  it('lets the OC open 2025 and compare each indicator with the 2024 one it continues', async () => {
    clock.set('2025-01-11T09:00:00+07:00');
    const overview = (await (await vhtt()).get('/api/oc/overview?year=2025&month=1')).json<OcOverview>();
    expect(overview.period).toMatchObject({ year: 2025, month: 1 });
    const indicators = overview.areas.flatMap((area) => area.indicators);
    expect(indicators.find((indicator) => indicator.code === 'KTS-06B')?.lastYear).not.toBeNull();
    expect(indicators.find((indicator) => indicator.code === 'CQS-08')?.target.text).toBe('60%');
  });

  async function approveMonth(month: number): Promise<void> {
    const ward = await signIn(t.app, 'canbo.thangtam');
    let form = await openForm(ward, await periodId(ward, 2025, month), unit.get('VT-TTAM') ?? -1);
    const figures = fullFigures(form, [7, 10]).map((figure) => ({ ...figure, comment: 'Số liệu kiểm thử' }));
    form = (await ward.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures } })).json<ReportForm>();
    form = (await ward.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json<ReportForm>();
    const approved = await (await vhtt()).post(`/api/reporting/submissions/${form.submission.id}/approve`, { version: form.submission.version });
    expect(approved.json<ReportForm>().submission.status).toBe('approved');
  }

  it('amends from a given month: approved months keep their target, the rollup and the monthly report name the version', async () => {
    await approveMonth(1);
    clock.set('2025-02-11T09:00:00+07:00');
    await approveMonth(2);
    clock.set('2025-03-12T09:00:00+07:00');
    const issued = await current();

    // Reaching back into approved months without saying so is refused, as is dropping an indicator.
    const tooEarly = await amend(await vhtt(), planId, retarget(issued, 'CQS-08', { text: '70%', value: 70 }), { effectiveMonth: '2' });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().error.fields.effectiveMonth).toContain('Chỉ tiêu CQS-08 đã có số liệu được duyệt tháng 2/2025');
    const content = planContent(issued);
    const dropped = { ...content, areas: content.areas.map((area) => ({ ...area, indicators: area.indicators.filter((indicator) => indicator.code !== 'XHS-01') })) };
    expect((await amend(await vhtt(), planId, dropped, { effectiveMonth: '3' })).json().error.message).toContain('không bỏ được chỉ tiêu XHS-01');
    expect((await current()).versions).toHaveLength(1);

    // Said on purpose, an amendment may reach back; CQS-03 from February.
    const retro = await amend(await vhtt(), planId, retarget(issued, 'CQS-03', { text: '90%', value: 90 }), { effectiveMonth: '2', retroactive: 'true', reason: 'Tỉnh giao lại chỉ tiêu từ tháng 2' });
    expect(retro.statusCode).toBe(200);
    const afterRetro = retro.json<PlanDetail>();
    const amended = await amend(await vhtt(), planId, retarget(afterRetro, 'CQS-08', { text: '70%', value: 70 }), { effectiveMonth: '3' });
    expect(amended.statusCode).toBe(200);
    expect(amended.json<PlanDetail>().versions.map((version) => [version.number, version.kind, version.effectiveMonth, version.retroactive])).toEqual([
      [1, 'issue', 1, false],
      [2, 'amendment', 2, true],
      [3, 'amendment', 3, false],
    ]);
    expect(amended.json<PlanDetail>().versions[2]?.changes).toEqual([{ code: 'CQS-08', field: 'target', before: '60%', after: '70%' }]);
    expect((await amend(await vhtt(), planId, retarget(amended.json<PlanDetail>(), 'CQS-08', { text: '75%', value: 75 }), { effectiveMonth: '2' })).json().error.fields.effectiveMonth).toContain('Lần điều chỉnh trước áp dụng từ tháng 3/2025');

    const [january, february, march] = [await rollup(1), await rollup(2), await rollup(3)];
    expect([january, february, march].map((month) => rolled(month, 'CQS-08')?.target.text)).toEqual(['60%', '60%', '70%']);
    expect([january, february, march].map((month) => rolled(month, 'CQS-03')?.target.text)).toEqual(['85%', '90%', '90%']);
    expect([january, february, march].map((month) => month.planVersion?.number)).toEqual([1, 2, 3]);
    expect(rolled(january, 'CQS-08')?.approved.value).toBe(70);

    const sheet = async (month: number) => {
      const reply = await (await vhtt()).get(`/api/reports/monthly?year=2025&month=${month}&format=xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
      const rows = (name: string) => {
        const found: string[][] = [];
        workbook.getWorksheet(name)?.eachRow((row) => found.push((row.values as unknown[]).slice(1).map(String)));
        return found;
      };
      const target = rows('I. Kết quả thực hiện').flatMap((row) => (row[1] === 'CQS-08' ? [row[3] ?? ''] : []));
      return { version: rows('Thông tin').find((row) => row[0] === 'Mục tiêu theo')?.[1], target };
    };
    expect(await sheet(1)).toEqual({ version: 'Mục tiêu theo Kế hoạch số 15/KH-UBND ngày 02/01/2025 (bản ban hành).', target: ['60%'] });
    expect(await sheet(3)).toEqual({ version: 'Mục tiêu theo Kế hoạch điều chỉnh số 40/KH-UBND ngày 02/01/2025 (điều chỉnh lần 2, áp dụng từ tháng 3/2025).', target: ['70%'] });
    expect((await (await vhtt()).get('/api/plan?year=2024')).body).toBe(plan2024Before);
  });
});
