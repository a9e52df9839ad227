import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicOverview } from '../../../common/public.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, personal, places } from '../feedback/testing.js';
import { ensurePeriods } from '../reporting/periods.js';
import { fullFigures, openForm, periodId } from '../reporting/testing.js';
import { publishedMonth } from './service.js';

describe.each(testDialects)('the public view on %s', (dialect) => {
  let t: FeedbackTestApp;
  // 11/05/2024: April's reports are due and in; reports filed today fall in June's data window (11/05 → 10/06).
  const clock = manualClock('2024-05-11T09:00:00+07:00');
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
  });
  afterAll(() => t.close());

  const overview = async (query: string) => {
    const reply = await t.app.inject({ method: 'GET', url: `/api/public/overview?${query}` });
    expect(reply.statusCode).toBe(200);
    return { reply, body: reply.json<PublicOverview>() };
  };
  const indicator = (body: PublicOverview, code: string) => body.areas.flatMap((area) => area.indicators).find((item) => item.code === code);

  it('shows a figure only once it is approved, and never the provisional stage', async () => {
    const officer = await signIn(t.app, 'canbo.thangtam');
    let form = await openForm(officer, await periodId(officer, 2024, 4), t.unit('VT-TTAM'));
    const figures = fullFigures(form, [37, 41]).map((figure) => ({ ...figure, comment: 'Số liệu kiểm thử' }));
    form = (await officer.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures } })).json();
    form = (await officer.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json();

    const submitted = await overview('year=2024&month=4');
    expect(indicator(submitted.body, 'CQS-08')?.approved).toMatchObject({ value: null, numerator: null, unitsReported: 0, status: 'no_data' });
    expect(submitted.reply.body).not.toContain('provisional');
    expect(submitted.reply.body).not.toContain('"numerator":37');
    expect(submitted.body.areas.every((area) => area.indicators.length > 0)).toBe(true);

    await (await signIn(t.app, 'vhtt')).post(`/api/reporting/submissions/${form.submission.id}/approve`, { version: form.submission.version });
    const approved = await overview('year=2024&month=4');
    expect(indicator(approved.body, 'CQS-08')?.approved).toMatchObject({ numerator: 37, denominator: 41, unitsReported: 1 });
    const area = approved.body.areas.find((candidate) => candidate.indicators.some((item) => item.code === 'CQS-08'));
    expect(Object.values(area?.counts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(area?.indicators.length);
  });

  it('counts field reports by unit and category with no reporter in the reply, without signing in', async () => {
    const named = (await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác tồn đọng ở góc chợ nhiều ngày', ...places.p7, name: personal.name, phone: personal.phone, email: personal.email })).json();
    await t.file({ categoryId: t.category('MT-RAC'), description: 'Xà bần đổ trộm ven đường Thùy Vân', ...places.p7, anonymous: true, name: 'Người Ẩn Danh', phone: '0988 777 666' });
    const id = (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', named.code).executeTakeFirstOrThrow()).id;
    clock.set('2024-05-11T10:00:00+07:00');
    const ward = await signIn(t.app, 'canbo.p7');
    await ward.post(`/api/field-reports/${id}/accept`, {});
    await ward.post(`/api/field-reports/${id}/resolve`, { answer: 'Đã thu gom rác, vệ sinh khu vực.' });
    clock.set('2024-05-11T11:00:00+07:00');

    const { reply, body } = await overview('year=2024&month=6');
    expect(reply.headers['cache-control']).toBe('public, max-age=60');
    for (const value of [personal.name, personal.phone, personal.email, 'Người Ẩn Danh', '0988 777 666', named.code]) expect(reply.body).not.toContain(value);
    expect(body.fieldReports.month).toMatchObject({ from: '2024-05-11', to: '2024-06-10', received: 2, closed: 1, closedOnTime: 1, openOverdue: 0, onTimeRate: 100 });
    expect(body.fieldReports.month.byUnit).toEqual([{ unit: expect.objectContaining({ code: 'VT-P07' }), received: 2, closed: 1, closedOnTime: 1, openOverdue: 0, onTimeRate: 100 }]);
    expect(body.fieldReports.month.byCategory).toEqual([{ category: expect.objectContaining({ code: 'MT-RAC' }), received: 2, closed: 1, closedOnTime: 1, openOverdue: 0, onTimeRate: 100 }]);
    expect(body.fieldReports.yearToDate).toMatchObject({ from: '2023-12-11', to: '2024-06-10', received: 2 });
    // April's window closed before these were filed.
    expect((await overview('year=2024&month=4')).body.fieldReports.month.received).toBe(0);
  });

  it('opens on the last consolidated month and refuses a month that does not exist', async () => {
    const { body } = await overview('');
    expect(body).toMatchObject({ year: 2024, city: { code: 'VT' }, period: { month: 4, dataFrom: '2024-03-11', dataTo: '2024-04-10' } });
    expect(body.months).toHaveLength(12);
    const bad = await t.app.inject({ method: 'GET', url: '/api/public/overview?year=2024&month=13' });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/overview?year=2031' })).statusCode).toBe(404);
  });

  it('publishes a month once its consolidation day is over (Vietnam time)', async () => {
    const cityId = t.unit('VT');
    const periods = await ensurePeriods(t.database.db, cityId, 2024);
    expect(publishedMonth(periods, new Date('2024-05-25T16:59:59Z'))).toBe(4);
    expect(publishedMonth(periods, new Date('2024-05-25T17:00:00Z'))).toBe(5);
    expect(publishedMonth(periods, new Date('2024-01-02T00:00:00Z'))).toBe(1);
  });
});
