import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PublicFieldReport, StaffFieldReport, TrackedFieldReport } from '../../../common/feedback.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, personal, places } from './testing.js';

// 10:00 on Friday 20/09/2024 in Vietnam.
const NOW = '2024-09-20T03:00:00Z';

describe.each(testDialects)('field reports on %s', (dialect) => {
  const clock = manualClock(NOW);
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set(NOW));
  const count = async (table: 'field_reports' | 'field_report_events' | 'field_report_photos') => (await t.database.db.selectFrom(table).select('id').execute()).length;
  const lighting = () => ({ categoryId: t.category('CHIEUSANG'), description: 'Đèn đường trước số 12 không sáng ba đêm nay', ...places.p7, attributes: { lamp_state: 'off' } });

  it('offers the categories, the wards (approximate centres) and no base map by default', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/field-reports/config' });
    expect(response.statusCode).toBe(200);
    const config = response.json<{ mapTileUrl: string | null; categories: { code: string }[]; wards: unknown[] }>();
    expect(config.mapTileUrl).toBeNull();
    expect(config.categories.map((category) => category.code)).toContain('CHIEUSANG');
    expect(config.wards).toHaveLength(17);
    expect(config.wards[0]).toMatchObject({ approximate: true, boundary: null });
  });

  it('files without an account, routes by the rules and gives a tracking code and a deadline in working days', async () => {
    const light = await t.file(lighting());
    expect(light.statusCode).toBe(201);
    // Friday + 3 working days: Wednesday 25/09.
    expect(light.json()).toMatchObject({ status: 'assigned', unit: { code: 'VT-QLDT' }, ward: { code: 'VT-P07' }, dueDate: '2024-09-25' });
    expect(light.json().code).toMatch(/^PA24-[0-9A-HJKMNP-TV-Z]{6}$/);
    const litter = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác tồn đọng ở góc chợ nhiều ngày', ...places.p7 });
    expect(litter.json()).toMatchObject({ status: 'assigned', unit: { code: 'VT-P07' } });
    const tree = await t.file({ categoryId: t.category('CAYXANH'), description: 'Cây dầu nghiêng sắp đổ ra đường', ...places.longSon });
    expect(tree.json()).toMatchObject({ unit: { code: 'VT-LSON' }, ward: { code: 'VT-LSON' } });
    const chosen = await t.file({ categoryId: t.category('MT-RAC'), description: 'Xà bần đổ trộm ven đường', wardId: t.unit('VT-TTAM'), address: 'Đường Thùy Vân' });
    expect(chosen.json()).toMatchObject({ unit: { code: 'VT-TTAM' }, ward: { code: 'VT-TTAM' } });
    const other = await t.file({ categoryId: t.category('KHAC'), description: 'Chưa biết gửi cơ quan nào cho đúng', ...places.thangTam });
    expect(other.json()).toMatchObject({ status: 'received', unit: null });
    // The coordinator is told something waits in the queue.
    const vhtt = await signIn(t.app, 'vhtt');
    const queue = (await vhtt.get('/api/field-reports?queue=triage')).json<StaffFieldReport[]>();
    expect(queue.map((report) => report.code)).toContain(other.json().code);
    const notices = (await vhtt.get('/api/notifications')).json<{ items: { title: string }[] }>();
    expect(notices.items.some((item) => item.title.includes(other.json().code))).toBe(true);
  });

  it('answers bad input with a 400 naming the field, and writes nothing', async () => {
    const before = [await count('field_reports'), await count('field_report_events')];
    const bad = await t.file({ categoryId: 'đèn', description: 'ngắn', lat: 200, email: 'không phải email' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['categoryId', 'description', 'email', 'lat']);
    const noPlace = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác ở đâu đó trong thành phố' });
    expect(noPlace.statusCode).toBe(400);
    expect(Object.keys(noPlace.json().error.fields)).toEqual(['lat']);
    const farAway = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác ở Quận 1 thành phố Hồ Chí Minh', lat: 10.7769, lng: 106.7009 });
    expect(Object.keys(farAway.json().error.fields)).toEqual(['lat']);
    const missingAttribute = await t.file({ ...lighting(), attributes: {} });
    expect(missingAttribute.statusCode).toBe(400);
    expect(Object.keys(missingAttribute.json().error.fields)).toEqual(['attributes.lamp_state']);
    const wrongValue = await t.file({ ...lighting(), attributes: { lamp_state: 'exploded' } });
    expect(Object.keys(wrongValue.json().error.fields)).toEqual(['attributes.lamp_state']);
    const unknownCategory = await t.file({ ...lighting(), categoryId: 99_999 });
    expect(Object.keys(unknownCategory.json().error.fields)).toEqual(['categoryId']);
    const tooLong = await t.file({ ...lighting(), description: 'x'.repeat(4001) });
    expect(Object.keys(tooLong.json().error.fields)).toEqual(['description']);
    expect([await count('field_reports'), await count('field_report_events')]).toEqual(before);
  });

  it('never shows the reporter publicly, and keeps nothing of an anonymous one', async () => {
    const named = (await t.file({ ...lighting(), description: 'Trụ đèn hở điện nguy hiểm cho trẻ em', attributes: { lamp_state: 'damaged' }, name: personal.name, phone: personal.phone, email: personal.email })).json();
    const anonymous = (await t.file({ ...lighting(), description: 'Đèn sáng cả ban ngày lãng phí điện', attributes: { lamp_state: 'day' }, anonymous: true, name: 'Người Ẩn Danh', phone: '0988 777 666' })).json();
    const stored = await t.database.db.selectFrom('field_reports').selectAll().where('code', 'in', [named.code, anonymous.code]).orderBy('id').execute();
    expect(stored.map((row) => [row.reporter_name, row.reporter_phone])).toEqual([
      [personal.name, personal.phone],
      [null, null],
    ]);
    const replies = [
      await t.app.inject({ method: 'GET', url: '/api/field-reports/public?limit=500' }),
      await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${named.code}` }),
      await t.app.inject({ method: 'GET', url: `/api/field-reports/nearby?categoryId=${t.category('CHIEUSANG')}&lat=${places.p7.lat}&lng=${places.p7.lng}` }),
    ];
    for (const reply of replies) {
      expect(reply.statusCode).toBe(200);
      for (const value of [personal.name, personal.phone, personal.email, 'Người Ẩn Danh', '0988 777 666']) expect(reply.body).not.toContain(value);
      expect(reply.body).not.toMatch(/reporter|phone|email|deviceId/);
    }
    expect(replies[0]?.json<PublicFieldReport[]>().map((report) => report.code)).toContain(named.code);
    // The coordinator sees the contact, for calling back; the administrator is not one who handles reports.
    const [coordinator, admin] = [await signIn(t.app, 'vhtt'), await signIn(t.app, 'admin')];
    expect((await coordinator.get(`/api/field-reports?q=${named.code}`)).json()).toMatchObject([{ reporter: { anonymous: false, name: personal.name, email: personal.email } }]);
    expect((await coordinator.get(`/api/field-reports?q=${anonymous.code}`)).json()).toMatchObject([{ reporter: { anonymous: true, name: null, phone: null } }]);
    const [ownRow] = await t.database.db.selectFrom('field_reports').select('id').where('code', '=', named.code).execute();
    expect((await admin.get(`/api/field-reports?q=${named.code}`)).statusCode).toBe(403);
    expect((await admin.get(`/api/field-reports/${ownRow?.id ?? -1}`)).statusCode).toBe(403);
  });

  it('shows a unit only its own reports, and another ward none of their private fields', async () => {
    const report = (await t.file({ categoryId: t.category('MT-RAC'), description: 'Bãi rác tự phát ở hẻm 45', ...places.p7, name: personal.name, phone: personal.phone })).json();
    const [row] = await t.database.db.selectFrom('field_reports').select('id').where('code', '=', report.code).execute();
    const id = row?.id ?? -1;
    const p7 = await signIn(t.app, 'canbo.p7');
    const own = await p7.get(`/api/field-reports/${id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ reporter: { name: personal.name, phone: personal.phone }, actions: ['read', 'accept', 'update', 'resolve', 'transferBack'] });
    const other = await signIn(t.app, 'canbo.thangtam');
    const refused = await other.get(`/api/field-reports/${id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain(personal.phone);
    const list = await other.get('/api/field-reports?limit=500');
    expect(list.json<StaffFieldReport[]>().map((item) => item.code)).not.toContain(report.code);
    expect(list.body).not.toContain(personal.phone);
    expect((await other.post(`/api/field-reports/${id}/accept`, {})).statusCode).toBe(403);
    const coordinator = await signIn(t.app, 'vhtt');
    expect((await coordinator.get(`/api/field-reports/${id}`)).json()).toMatchObject({ reporter: { phone: personal.phone } });
    expect((await t.app.inject({ method: 'GET', url: `/api/field-reports/${id}` })).statusCode).toBe(401);
  });

  it('works a report through: accept, update, resolve; the citizen reads the answer by code', async () => {
    const { code } = (await t.file({ categoryId: t.category('GT-OGA'), description: 'Ổ gà lớn giữa đường Lê Lợi', ...places.p7, attributes: { hazard: 'high' } })).json();
    const id = (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    // Routed to Phòng Quản lý đô thị, not to the ward.
    expect((await (await signIn(t.app, 'canbo.p7')).post(`/api/field-reports/${id}/accept`, {})).statusCode).toBe(403);
    const vhtt = await signIn(t.app, 'vhtt');
    // The coordinator reassigns it to Phường 7 with an instruction for the unit.
    const assigned = await vhtt.post(`/api/field-reports/${id}/assign`, { unitId: t.unit('VT-P07'), note: 'Phường kiểm tra, phối hợp QLĐT' });
    expect(assigned.json()).toMatchObject({ status: 'assigned', unit: { code: 'VT-P07' } });
    clock.set('2024-09-23T02:00:00Z');
    const qldt = await signIn(t.app, 'canbo.p7');
    expect((await qldt.post(`/api/field-reports/${id}/accept`, {})).json()).toMatchObject({ status: 'in_progress' });
    await qldt.post(`/api/field-reports/${id}/updates`, { publicNote: 'Đã khảo sát, chờ vật tư', internalNote: 'Nhà thầu hẹn thứ Ba' });
    const resolved = await qldt.post(`/api/field-reports/${id}/resolve`, { answer: 'Đã vá ổ gà, thông xe bình thường.' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', timing: { closedOnTime: true, overdue: false, workingDaysLeft: null } });
    const tracked = (await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${code}` })).json<TrackedFieldReport>();
    expect(tracked).toMatchObject({ status: 'resolved', answer: 'Đã vá ổ gà, thông xe bình thường.', unit: { code: 'VT-P07' } });
    expect(tracked.history.map((event) => event.action)).toEqual(['filed', 'routed', 'assigned', 'accepted', 'updated', 'resolved']);
    expect(JSON.stringify(tracked)).not.toContain('Nhà thầu hẹn');
    expect(tracked.history.find((event) => event.action === 'updated')?.note).toBe('Đã khảo sát, chờ vật tư');
    clock.set(NOW);
  });

  it('lets a unit send a report back, the coordinator reject one with a public reason, and merge a duplicate', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const idOf = async (code: string) => (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const first = (await t.file({ categoryId: t.category('TTDT'), description: 'Quán lấn chiếm hết vỉa hè', ...places.p7, attributes: { kinds: ['vendor', 'parking'] } })).json();
    const p7 = await signIn(t.app, 'canbo.p7');
    const back = await p7.post(`/api/field-reports/${await idOf(first.code)}/transfer-back`, { reason: 'Địa điểm thuộc Phường 9' });
    expect(back.json()).toMatchObject({ status: 'received', unit: null });
    const spam = (await t.file({ categoryId: t.category('KHAC'), description: 'Quảng cáo bán hàng không liên quan', ...places.p7 })).json();
    const rejected = await vhtt.post(`/api/field-reports/${await idOf(spam.code)}/reject`, { reason: 'Nội dung quảng cáo, không phải phản ánh.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'Nội dung quảng cáo, không phải phản ánh.' });
    expect((await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${spam.code}` })).json()).toMatchObject({ status: 'rejected', rejectionReason: 'Nội dung quảng cáo, không phải phản ánh.' });
    const main = (await t.file({ categoryId: t.category('NGAP'), description: 'Ngập sâu sau mưa ở ngã tư', ...places.thangTam, attributes: { depth: 'gt50' } })).json();
    const duplicate = (await t.file({ categoryId: t.category('NGAP'), description: 'Ngã tư ngập nặng chiều nay', ...places.thangTam, attributes: { depth: '20to50' } })).json();
    const merged = await vhtt.post(`/api/field-reports/${await idOf(duplicate.code)}/merge`, { intoCode: main.code });
    expect(merged.json()).toMatchObject({ status: 'merged', mergedInto: main.code });
    expect((await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${main.code}` })).json()).toMatchObject({ supporters: 1 });
    expect((await vhtt.post(`/api/field-reports/${await idOf(duplicate.code)}/reject`, { reason: 'Đã gộp rồi' })).statusCode).toBe(403);
  });

  it('hints at duplicates by category, distance and time, and takes a "+1"', async () => {
    const { code } = (await t.file({ categoryId: t.category('CHIEUSANG'), description: 'Cả dãy đèn đường Hạ Long tắt', lat: 10.336, lng: 107.0775, attributes: { lamp_state: 'off' } })).json();
    const near = (lat: number, lng: number, category = t.category('CHIEUSANG')) =>
      t.app.inject({ method: 'GET', url: `/api/field-reports/nearby?categoryId=${category}&lat=${lat}&lng=${lng}` }).then((reply) => reply.json<(PublicFieldReport & { distanceM: number })[]>());
    // About 44 m away: within the category's 60 m.
    const hit = await near(10.3364, 107.0775);
    expect(hit.map((report) => report.code)).toEqual([code]);
    expect(hit[0]?.distanceM).toBeGreaterThan(40);
    // About 89 m away: outside; another category: not a duplicate.
    expect(await near(10.3368, 107.0775)).toEqual([]);
    expect(await near(10.3364, 107.0775, t.category('MT-RAC'))).toEqual([]);
    // 31 days later it is too old to be the same lamp (the category's window is 30 days).
    clock.set('2024-10-21T03:00:00Z');
    expect(await near(10.3364, 107.0775)).toEqual([]);
    clock.set(NOW);
    const plusOne = await t.app.inject({ method: 'POST', url: `/api/field-reports/track/${code}/support`, payload: { phone: '0912 000 111' } });
    expect(plusOne.statusCode).toBe(200);
    expect(plusOne.json()).toMatchObject({ supporters: 1 });
    expect(plusOne.body).not.toContain('0912 000 111');
  });

  it('lets a leader extend a deadline once, with a public reason, before it passes', async () => {
    const { code } = (await t.file({ categoryId: t.category('XAYDUNG'), description: 'Công trình xây lấn hẻm không có giấy phép', ...places.p7 })).json();
    const id = (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const p7 = await signIn(t.app, 'canbo.p7');
    expect((await p7.post(`/api/field-reports/${id}/extend`, { workingDays: 5, reason: 'Cần thêm thời gian' })).statusCode).toBe(403);
    const lanhdao = await signIn(t.app, 'lanhdao');
    const noReason = await lanhdao.post(`/api/field-reports/${id}/extend`, { workingDays: 5 });
    expect(noReason.statusCode).toBe(400);
    expect(Object.keys(noReason.json().error.fields)).toEqual(['reason']);
    const extended = await lanhdao.post(`/api/field-reports/${id}/extend`, { workingDays: 5, reason: 'Chờ kết quả đo đạc của Phòng Quản lý đô thị' });
    // 27/09 + 5 working days = 04/10.
    expect(extended.json()).toMatchObject({ timing: { baselineDueDate: '2024-09-27', dueDate: '2024-10-04', extended: true }, actions: ['read', 'triage'] });
    expect((await lanhdao.post(`/api/field-reports/${id}/extend`, { workingDays: 2, reason: 'Lần nữa' })).statusCode).toBe(403);
  });

  it('flags overdue reports and counts working days left', async () => {
    const { code } = (await t.file({ categoryId: t.category('ANTT'), description: 'Nhóm thanh niên tụ tập đua xe mỗi tối', ...places.thangTam })).json();
    const id = (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    // Friday + 2 working days: Tuesday 24/09. On Monday one working day is left.
    clock.set('2024-09-23T03:00:00Z');
    expect((await (await signIn(t.app, 'canbo.thangtam')).get(`/api/field-reports/${id}`)).json()).toMatchObject({ timing: { dueDate: '2024-09-24', workingDaysLeft: 1, overdue: false } });
    clock.set('2024-09-25T03:00:00Z');
    const ward = await signIn(t.app, 'canbo.thangtam');
    expect((await ward.get(`/api/field-reports/${id}`)).json()).toMatchObject({ timing: { workingDaysLeft: -1, overdue: true } });
    const overdue = (await ward.get('/api/field-reports?overdue=true')).json<StaffFieldReport[]>();
    expect(overdue.map((report) => report.code)).toContain(code);
    clock.set(NOW);
  });
});
