import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportForm } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, type Session, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { fullFigures, openForm, periodId } from './testing.js';

describe.each(testDialects)('report workflow on %s', (dialect) => {
  let t: TestApp;
  const clock = manualClock('2024-05-11T09:00:00+07:00');
  let may: number;
  const unit = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
    may = await periodId(await signIn(t.app, 'vhtt'), 2024, 5);
  });
  afterAll(() => t.close());
  const id = (code: string) => unit.get(code) ?? -1;
  // Signed in afresh each time: the tests move the clock past the session lifetime.
  const ward = () => signIn(t.app, 'canbo.thangtam');
  const coordinator = () => signIn(t.app, 'vhtt');
  const save = (session: Session, form: ReportForm, figures: unknown[], version = form.submission.version) =>
    session.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version, figures } });
  const act = (session: Session, form: ReportForm, action: string, extra: object = {}) =>
    session.post(`/api/reporting/submissions/${form.submission.id}/${action}`, { version: form.submission.version, ...extra });

  it('gives a ward the form of the indicators it reports, grouped by area', async () => {
    const form = await openForm((await ward()), may, id('VT-TTAM'));
    expect(form.submission).toMatchObject({ status: 'draft', unit: { code: 'VT-TTAM' }, period: { month: 5, dataFrom: '2024-04-11', dataTo: '2024-05-10', dueDate: '2024-05-12' } });
    const codes = form.areas.flatMap((area) => area.indicators.map((indicator) => indicator.code));
    expect(codes).toContain('CQS-08');
    expect(codes).toContain('CQS-12');
    expect(codes).not.toContain('KTS-01');
    expect(form.submission.actions).toEqual(expect.arrayContaining(['edit', 'submit']));
  });

  it('refuses bad figures naming each field, and writes none of them', async () => {
    const form = await openForm((await ward()), may, id('VT-TTAM'));
    const response = await save((await ward()), form, [
      { indicatorCode: 'CQS-08', numerator: 120, denominator: 100 },
      { indicatorCode: 'CQS-03', numerator: -1, denominator: 10 },
      { indicatorCode: 'CQS-04', numerator: 2.5, denominator: 10 },
      { indicatorCode: 'CQS-07', numerator: 5, denominator: 10 },
    ]);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['figures.CQS-03.numerator', 'figures.CQS-04.numerator', 'figures.CQS-08.numerator']);
    expect(response.json().error.fields['figures.CQS-08.numerator']).toBe('Tử số không được lớn hơn mẫu số.');
    const after = (await (await ward()).get(`/api/reporting/submissions/${form.submission.id}`)).json<ReportForm>();
    expect(after.submission.version).toBe(form.submission.version);
    expect(after.areas.flatMap((area) => area.indicators).every((indicator) => indicator.figure === null)).toBe(true);
  });

  it('keeps a ward to its own unit', async () => {
    expect((await (await ward()).post('/api/reporting/submissions', { periodId: may, unitId: id('VT-P07') })).statusCode).toBe(403);
    const p7 = await openForm(await signIn(t.app, 'canbo.p7'), may, id('VT-P07'));
    expect((await save((await ward()), p7, fullFigures(p7))).statusCode).toBe(403);
    expect((await (await ward()).get(`/api/reporting/submissions/${p7.submission.id}`)).statusCode).toBe(403);
  });

  it('answers a stale save with 409 instead of overwriting', async () => {
    const form = await openForm((await ward()), may, id('VT-TTAM'));
    expect((await save((await ward()), form, [{ indicatorCode: 'CQS-08', numerator: 50, denominator: 100 }])).statusCode).toBe(200);
    const stale = await save((await ward()), form, [{ indicatorCode: 'CQS-08', numerator: 70, denominator: 100 }]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/người khác cập nhật/);
    const now = (await (await ward()).get(`/api/reporting/submissions/${form.submission.id}`)).json<ReportForm>();
    const figure = now.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === 'CQS-08')?.figure;
    expect(figure).toMatchObject({ numerator: 50, denominator: 100, percent: 50 });
  });

  it('will not submit a report with blanks', async () => {
    const form = (await (await ward()).get(`/api/reporting/submissions/${(await openForm((await ward()), may, id('VT-TTAM'))).submission.id}`)).json<ReportForm>();
    const response = await act((await ward()), form, 'submit');
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields)).toContain('figures.CQS-03');
  });

  it('submits at 23:59 on the 12th on time, and nobody approves their own submission', async () => {
    let form = await openForm((await ward()), may, id('VT-TTAM'));
    form = (await save((await ward()), form, fullFigures(form))).json<ReportForm>();
    clock.set('2024-05-12T23:59:00+07:00');
    const submitted = await act((await ward()), form, 'submit');
    expect(submitted.statusCode).toBe(200);
    form = submitted.json<ReportForm>();
    expect(form.submission).toMatchObject({ status: 'submitted', daysLate: 0 });
    expect(form.submission.actions).not.toContain('approve');
    expect((await act((await ward()), form, 'approve')).statusCode).toBe(403);
    expect((await save((await ward()), form, fullFigures(form))).statusCode).toBe(409);
    // One who may never write this report is told so, whatever its state.
    expect((await save(await signIn(t.app, 'xem'), form, fullFigures(form))).statusCode).toBe(403);

    const office = await openForm((await coordinator()), may, id('VT-VHTT'));
    const officeForm = (await save((await coordinator()), office, fullFigures(office))).json<ReportForm>();
    const officeSubmitted = (await act((await coordinator()), officeForm, 'submit')).json<ReportForm>();
    expect((await act((await coordinator()), officeSubmitted, 'approve')).statusCode).toBe(403);
    expect((await act(await signIn(t.app, 'lanhdao'), officeSubmitted, 'approve')).statusCode).toBe(200);
  });

  it('returns with a reason, takes the correction, approves and locks; the coordinator can reopen', async () => {
    let form = await openForm((await coordinator()), may, id('VT-TTAM'));
    expect((await act((await coordinator()), form, 'return', { reason: '' })).statusCode).toBe(400);
    form = (await act((await coordinator()), form, 'return', { reason: 'Số hồ sơ tháng 5 chưa khớp một cửa' })).json<ReportForm>();
    expect(form.submission).toMatchObject({ status: 'returned', returnReason: 'Số hồ sơ tháng 5 chưa khớp một cửa' });
    form = (await (await ward()).get(`/api/reporting/submissions/${form.submission.id}`)).json<ReportForm>();
    form = (await save((await ward()), form, [{ indicatorCode: 'CQS-08', numerator: 61, denominator: 100 }])).json<ReportForm>();
    clock.set('2024-05-14T08:00:00+07:00');
    form = (await act((await ward()), form, 'submit')).json<ReportForm>();
    expect(form.submission).toMatchObject({ status: 'submitted', daysLate: 0 });
    form = (await act((await coordinator()), form, 'approve')).json<ReportForm>();
    expect(form.submission.status).toBe('approved');
    const locked = await save((await ward()), form, [{ indicatorCode: 'CQS-08', numerator: 1, denominator: 100 }]);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toMatch(/đã khóa/);
    expect((await act((await ward()), form, 'reopen', { reason: 'Sửa' })).statusCode).toBe(403);
    form = (await act((await coordinator()), form, 'reopen', { reason: 'Phường đề nghị điều chỉnh số liệu' })).json<ReportForm>();
    expect(form.submission.status).toBe('returned');
  });

  it('counts a first submission at 00:01 on the 13th as one day late', async () => {
    const p7 = await signIn(t.app, 'canbo.p7');
    let form = await openForm(p7, may, id('VT-P07'));
    form = (await save(p7, form, fullFigures(form))).json<ReportForm>();
    clock.set('2024-05-13T00:01:00+07:00');
    form = (await act(p7, form, 'submit')).json<ReportForm>();
    expect(form.submission.daysLate).toBe(1);
  });

  it('asks for a comment when a figure moves more than the calendar allows from last month', async () => {
    const p1 = await signIn(t.app, 'canbo.p1');
    const april = await openForm(p1, await periodId(p1, 2024, 4), id('VT-P01'));
    expect((await save(p1, april, fullFigures(april, [40, 100]))).statusCode).toBe(200);
    let form = await openForm(p1, may, id('VT-P01'));
    form = (await save(p1, form, fullFigures(form, [90, 100]))).json<ReportForm>();
    const refused = await act(p1, form, 'submit');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields['figures.CQS-08.comment']).toMatch(/hơn 50%/);
    form = (await save(p1, form, [{ indicatorCode: 'CQS-08', numerator: 90, denominator: 100, comment: 'Triển khai tổ công nghệ số cộng đồng' }])).json<ReportForm>();
    const stillRefused = await act(p1, form, 'submit');
    expect(Object.keys(stillRefused.json().error.fields)).not.toContain('figures.CQS-08.comment');
  });

  it('keeps every change in an audit trail readable per figure and per unit', async () => {
    const form = await openForm((await ward()), may, id('VT-TTAM'));
    const trail = (await (await coordinator()).get(`/api/reporting/audit?unitId=${id('VT-TTAM')}`)).json<{ action: string; entity: string; indicatorCode: string | null; changes: Record<string, [unknown, unknown]> | null; reason: string | null; actor: { username: string } }[]>();
    expect(trail.map((entry) => entry.action)).toEqual(expect.arrayContaining(['create', 'update', 'submitted', 'returned', 'approved', 'reopened']));
    const correction = trail.find((entry) => entry.indicatorCode === 'CQS-08' && entry.action === 'update' && entry.changes?.numerator?.[1] === 61);
    expect(correction?.changes?.numerator).toEqual([60, 61]);
    expect(correction?.actor.username).toBe('canbo.thangtam');
    expect(trail.find((entry) => entry.action === 'returned')?.reason).toBe('Số hồ sơ tháng 5 chưa khớp một cửa');
    const figureId = (await t.database.db.selectFrom('report_values').innerJoin('indicators', 'indicators.id', 'report_values.indicator_id').select('report_values.id').where('submission_id', '=', form.submission.id).where('indicators.code', '=', 'CQS-08').executeTakeFirstOrThrow()).id;
    const perValue = (await (await ward()).get(`/api/reporting/audit?valueId=${figureId}`)).json<{ indicatorCode: string }[]>();
    expect(perValue.length).toBeGreaterThanOrEqual(3);
    expect(new Set(perValue.map((entry) => entry.indicatorCode))).toEqual(new Set(['CQS-08']));
    expect((await (await signIn(t.app, 'canbo.p7')).get(`/api/reporting/audit?unitId=${id('VT-TTAM')}`)).statusCode).toBe(403);
  });
});
