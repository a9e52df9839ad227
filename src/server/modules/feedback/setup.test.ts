import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldReportCategory, RoutingRule, TrackedFieldReport } from '../../../common/feedback.js';
import type { CalendarChange } from '../../../common/holidays.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, places } from './testing.js';

describe.each(testDialects)('field-report setup and calendar on %s', (dialect) => {
  // 10:00 on Tuesday 06/02/2024, two days before Tết.
  const clock = manualClock('2024-02-06T03:00:00Z');
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock, { FIELD_REPORTS_PER_HOUR: '3' });
  });
  afterAll(() => t.close());

  it('sets deadlines in working days over Tết 2024', async () => {
    // Tuesday 06/02 + 3 working days: 07/02, then Tết 08/02–14/02, then 15/02 and 16/02.
    const litter = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác ùn ứ ngày giáp Tết ở chợ', ...places.p7 });
    expect(litter.json()).toMatchObject({ dueDate: '2024-02-16' });
    const holidays = await t.app.inject({ method: 'GET', url: '/api/holidays?year=2024' });
    const days = holidays.json<{ date: string; name: string }[]>();
    expect(days.filter((day) => day.name.startsWith('Tết Nguyên đán')).map((day) => day.date)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
  });

  it('moves a deadline already given when the administrator adds a day off, and tells the citizen', async () => {
    const admin = await signIn(t.app, 'admin');
    const before = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác ở chợ Xóm Lưới', ...places.p7 });
    expect(before.json()).toMatchObject({ dueDate: '2024-02-16' });
    const added = await admin.post('/api/holiday-years/2024/adjustments', { kind: 'off', date: '2024-02-16', name: 'Nghỉ thêm (thử)' });
    expect(added.statusCode, added.body).toBe(201);
    // Both reports filed today move from 16/02 to 19/02, each with an entry in its history.
    expect(added.json()).toMatchObject({ fieldReportsRescheduled: 2 });
    const tracked = (await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${before.json<{ code: string }>().code}` })).json<TrackedFieldReport>();
    expect(tracked).toMatchObject({ timing: { dueDate: '2024-02-19' } });
    expect(tracked.history.at(-1)).toMatchObject({ action: 'rescheduled', note: expect.stringContaining('sang hết ngày 19/02/2024') });
    const after = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác ở bãi tắm Thùy Vân', ...places.thangTam });
    expect(after.json()).toMatchObject({ dueDate: '2024-02-19' });
    const vhtt = await signIn(t.app, 'vhtt');
    expect((await vhtt.post('/api/holiday-years/2024/adjustments', { kind: 'off', date: '2024-02-19', name: 'Tự nghỉ' })).statusCode).toBe(403);
    const badDate = await admin.post('/api/holiday-years/2024/adjustments', { kind: 'off', date: '2024-02-30', name: 'Ngày không có' });
    expect(badDate.statusCode).toBe(400);
    expect(Object.keys(badDate.json().error.fields)).toEqual(['date']);
    const badKind = await admin.post('/api/holiday-years/2024/adjustments', { kind: 'nghỉ', date: '2024-03-01', name: 'Sai loại' });
    expect(Object.keys(badKind.json().error.fields)).toEqual(['kind']);
    const id = added.json<CalendarChange>().year.adjustments.at(-1)?.id;
    expect((await admin.request({ method: 'DELETE', url: `/api/holiday-years/2024/adjustments/${id}` })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/holidays?year=2024' })).body).not.toContain('2024-02-16');
  });

  it('lets the coordinator add a category with its deadline and a routing rule by category and ward', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const created = await vhtt.post('/api/field-reports/categories', {
      code: 'VIAHE-BIEN',
      name: 'Vệ sinh bãi biển',
      slaDays: 2,
      duplicateRadiusM: 300,
      attributes: [{ code: 'beach', datatype: 'singlevaluelist', required: true, description: 'Bãi tắm', order: 1, values: [{ key: 'sau', name: 'Bãi Sau' }, { key: 'truoc', name: 'Bãi Trước' }] }],
    });
    expect(created.statusCode).toBe(201);
    const category = created.json<FieldReportCategory>();
    expect(category).toMatchObject({ code: 'VIAHE-BIEN', slaDays: 2, duplicateDays: 30, active: true });
    const rules = await vhtt.post('/api/field-reports/routing-rules', { categoryId: category.id, wardId: t.unit('VT-TTAM'), unitId: t.unit('VT-TNMT'), note: 'Bãi Sau do Phòng TN&MT' });
    expect(rules.statusCode).toBe(201);
    expect(rules.json<RoutingRule[]>().find((rule) => rule.category?.code === 'VIAHE-BIEN')).toMatchObject({ ward: { code: 'VT-TTAM' }, unit: { code: 'VT-TNMT' } });
    const filed = await t.file({ categoryId: category.id, description: 'Rác nhựa dạt vào Bãi Sau', ...places.thangTam, attributes: { beach: 'sau' } });
    expect(filed.json()).toMatchObject({ unit: { code: 'VT-TNMT' } });
    // Elsewhere no rule matches: the coordinator decides.
    const elsewhere = await t.file({ categoryId: category.id, description: 'Rác nhựa ở Bãi Trước', ...places.p7, attributes: { beach: 'truoc' } });
    expect(elsewhere.json()).toMatchObject({ status: 'received', unit: null });
    const again = await vhtt.post('/api/field-reports/routing-rules', { categoryId: category.id, wardId: t.unit('VT-TTAM'), unitId: t.unit('VT-P07') });
    expect(again.statusCode).toBe(400);
    const officer = await signIn(t.app, 'canbo.p7');
    expect((await officer.post('/api/field-reports/categories', { code: 'X', name: 'Tự đặt', slaDays: 1 })).statusCode).toBe(403);
    const taken = await vhtt.post('/api/field-reports/categories', { code: 'MT-RAC', name: 'Trùng mã', slaDays: 1 });
    expect(Object.keys(taken.json().error.fields)).toEqual(['code']);
    const off = await vhtt.patch(`/api/field-reports/categories/${category.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    expect((await t.file({ categoryId: category.id, description: 'Thử gửi vào lĩnh vực đã tắt', ...places.p7, attributes: { beach: 'sau' } })).statusCode).toBe(400);
  });

  it('limits anonymous filing per address, not signed-in officers', async () => {
    const body = { categoryId: t.category('MT-RAC'), description: 'Rác ở chân cầu Cửa Lấp', ...places.p7 };
    const from = (address: string) => t.app.inject({ method: 'POST', url: '/api/field-reports', remoteAddress: address, payload: body });
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push((await from('203.0.113.9')).statusCode);
    expect(codes).toEqual([201, 201, 201]);
    const limited = await from('203.0.113.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect((await from('203.0.113.10')).statusCode).toBe(201);
    const vhtt = await signIn(t.app, 'vhtt');
    for (let i = 0; i < 4; i += 1) expect((await vhtt.request({ method: 'POST', url: '/api/field-reports', remoteAddress: '203.0.113.9', payload: body })).statusCode).toBe(201);
  });
});
