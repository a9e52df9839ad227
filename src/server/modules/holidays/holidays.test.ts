import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarChange, HolidayYear } from '../../../common/holidays.js';
import type { TrackedFieldReport } from '../../../common/feedback.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, places } from '../feedback/testing.js';

describe.each(testDialects)('the working calendar on %s', (dialect) => {
  // A new installation on Friday 04/12/2026, 10:00 in Vietnam.
  const clock = manualClock('2026-12-04T03:00:00Z');
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
  });
  afterAll(() => t.close());

  const file = async (category: string, at: string, description: string) => {
    clock.set(at);
    const filed = await t.file({ categoryId: t.category(category), description, ...places.p7 });
    expect(filed.statusCode, filed.body).toBe(201);
    return filed.json<{ code: string; dueDate: string }>();
  };
  const track = async (code: string) => (await t.app.inject({ method: 'GET', url: `/api/field-reports/track/${code}` })).json<TrackedFieldReport>();
  const daysOff = async (year: number) => (await t.app.inject({ method: 'GET', url: `/api/holidays?year=${year}` })).json<{ date: string; kind: string }[]>();

  it('has the announced years confirmed and this year and the next proposed, with their names', async () => {
    const admin = await signIn(t.app, 'admin');
    expect((await admin.get('/api/holiday-years')).json()).toMatchObject([
      { year: 2024, status: 'confirmed', daysOff: 12 },
      { year: 2025, status: 'confirmed', daysOff: 12 },
      { year: 2026, status: 'proposed' },
      { year: 2027, status: 'proposed', daysOff: 11, confirmedAt: null },
    ]);
    const year = (await admin.get('/api/holiday-years/2027')).json<HolidayYear>();
    expect(year).toMatchObject({ status: 'proposed', adjustments: [], actions: ['adjust', 'confirm'] });
    expect(year.proposal.map((day) => day.name)).toEqual(expect.arrayContaining(['Tết Dương lịch', 'Tết Nguyên đán Đinh Mùi', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Ngày Chiến thắng 30/4', 'Quốc tế Lao động 1/5', 'Quốc khánh 2/9']));
    expect((await daysOff(2027)).filter((day) => day.date.startsWith('2027-02')).map((day) => day.date)).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']);
    // 2024 as confirmed: its two adjustments (the 30/4 swap) are on record.
    expect((await admin.get('/api/holiday-years/2024')).json<HolidayYear>().adjustments.map((adjustment) => [adjustment.kind, adjustment.date])).toEqual([
      ['off', '2024-04-29'],
      ['workday', '2024-05-04'],
    ]);
    const officer = await signIn(t.app, 'tnmt');
    expect((await officer.get('/api/holiday-years/2027')).json<HolidayYear>().actions).toEqual([]);
  });

  it('tells the administrator and the coordinators which years wait, no one else', async () => {
    for (const username of ['admin', 'vhtt']) expect((await (await signIn(t.app, username)).get('/api/holiday-years/notice')).json()).toEqual({ unconfirmedYears: [2026, 2027] });
    expect((await (await signIn(t.app, 'tnmt')).get('/api/holiday-years/notice')).json()).toEqual({ unconfirmedYears: [] });
  });

  it('refuses bad adjustments in Vietnamese and changes nothing', async () => {
    const admin = await signIn(t.app, 'admin');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'off', date: '2028-01-03', name: 'Nghỉ thêm' }, 'date', 'Ngày 03/01/2028 không thuộc năm 2027.'],
      [{ kind: 'off', date: '2027-02-05', name: 'Nghỉ thêm' }, 'date', 'Ngày 05/02/2027 đã có trong lịch (ngày nghỉ: Tết Nguyên đán Đinh Mùi).'],
      [{ kind: 'workday', date: '2027-02-17', name: 'Làm bù' }, 'date', 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: thứ Tư 17/02/2027 vốn là ngày làm việc.'],
      [{ kind: 'move', fromDate: '2027-03-01', date: '2027-03-02' }, 'fromDate', 'Ngày 01/03/2027 không phải ngày nghỉ trong lịch, không có gì để chuyển.'],
    ];
    for (const [payload, field, message] of cases) {
      const refused = await admin.post('/api/holiday-years/2027/adjustments', payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json().error.fields[field]).toBe(message);
    }
    expect((await admin.post('/api/holiday-years/2027/adjustments', { kind: 'off', date: '2027-02-30', name: 'Không có' })).statusCode).toBe(400);
    // Twenty days off more than the proposal's eleven: one by one until the 20th is refused.
    const weekdays = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12', '15', '16', '17', '18', '19', '22', '23', '24', '25', '26'].map((day) => `2027-03-${day}`);
    const added: number[] = [];
    for (const date of weekdays.slice(0, 19)) {
      const response = await admin.post('/api/holiday-years/2027/adjustments', { kind: 'off', date, name: 'Thử' });
      expect(response.statusCode).toBe(201);
      added.push(response.json<CalendarChange>().year.adjustments.at(-1)?.id ?? -1);
    }
    const tooMany = await admin.post('/api/holiday-years/2027/adjustments', { kind: 'off', date: weekdays[19], name: 'Thử' });
    expect(tooMany.json().error.fields.date).toBe('Năm 2027 sẽ có 31 ngày nghỉ (ngoài cuối tuần), quá 30 ngày: kiểm tra lại lịch.');
    for (const id of added) expect((await admin.request({ method: 'DELETE', url: `/api/holiday-years/2027/adjustments/${id}` })).statusCode).toBe(200);
    expect((await admin.get('/api/holiday-years/2027')).json<HolidayYear>().adjustments).toEqual([]);
    // Only the administrator adjusts.
    const coordinator = await signIn(t.app, 'vhtt');
    expect((await coordinator.post('/api/holiday-years/2027/adjustments', { kind: 'off', date: '2027-03-01', name: 'Thử' })).statusCode).toBe(403);
    expect((await coordinator.post('/api/holiday-years/2027/confirm', {})).statusCode).toBe(403);
  });

  it('dates a 3-day deadline filed at 23:30 on the last working day before Tết 2027, in Vietnam time', async () => {
    // Wednesday 03/02/2027 23:30 in Vietnam is 16:30 UTC: Thursday 04/02 to Wednesday 10/02 are off,
    // so the three working days are 11/02, 12/02 and Monday 15/02.
    const receipt = await file('MT-RAC', '2027-02-03T16:30:00Z', 'Rác dồn ứ trước chợ đêm giao thừa');
    expect(receipt.dueDate).toBe('2027-02-15');
    clock.set('2027-02-15T16:59:00Z');
    expect((await track(receipt.code)).timing).toMatchObject({ dueDate: '2027-02-15', overdue: false, workingDaysLeft: 0 });
    clock.set('2027-02-15T17:01:00Z');
    expect((await track(receipt.code)).timing.overdue).toBe(true);
  });

  it('moves a deadline already given only later when the year is confirmed, and says so in its history', async () => {
    // Filed while 2027 is proposed: A on Tuesday 02/02 (3 days: 03/02, 11/02, 12/02), B on
    // Wednesday 03/02 (11/02, 12/02, 15/02), C on 03/02 with 5 days (to 17/02) extended by 3 (to 22/02).
    const a = await file('MT-RAC', '2027-02-02T03:00:00Z', 'Rác tràn ra lòng đường Ba Cu');
    const b = await file('MT-RAC', '2027-02-03T03:00:00Z', 'Rác chưa thu gom ở hẻm 12');
    const c = await file('KHAC', '2027-02-03T03:30:00Z', 'Đề nghị bố trí thêm thùng rác công cộng');
    expect([a.dueDate, b.dueDate, c.dueDate]).toEqual(['2027-02-12', '2027-02-15', '2027-02-17']);
    const cId = (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', c.code).executeTakeFirstOrThrow()).id;
    const leader = await signIn(t.app, 'lanhdao');
    expect((await leader.post(`/api/field-reports/${cId}/extend`, { workingDays: 3, reason: 'Chờ khảo sát vị trí đặt thùng' })).json()).toMatchObject({ timing: { dueDate: '2027-02-22' } });
    const dueDates = async (table: 'tasks' | 'directives') => (await t.database.db.selectFrom(table).select(['id', 'due_date']).orderBy('id').execute()).map((row) => `${row.id}:${row.due_date}`);
    const tasksBefore = await dueDates('tasks');
    const directivesBefore = await dueDates('directives');

    // The announcement, entered on 03/02 afternoon: the break is Wednesday 03/02 to Tuesday 09/02
    // (10/02 moved to 03/02), Thursday 11/02 off in exchange for Saturday 20/02.
    clock.set('2027-02-03T08:00:00Z');
    const admin = await signIn(t.app, 'admin');
    for (const adjustment of [
      { kind: 'move', fromDate: '2027-02-10', date: '2027-02-03', note: 'Theo thông báo của Chính phủ' },
      { kind: 'off', date: '2027-02-11', name: 'Nghỉ hoán đổi dịp Tết', note: null },
      { kind: 'workday', date: '2027-02-20', name: 'Làm bù cho thứ Năm 11/02/2027', note: null },
    ]) {
      const added = await admin.post('/api/holiday-years/2027/adjustments', adjustment);
      expect(added.statusCode, added.body).toBe(201);
      // A proposed year's adjustments wait for the confirmation: nothing moves yet.
      expect(added.json()).toMatchObject({ fieldReportsRescheduled: 0 });
    }
    expect((await daysOff(2027)).some((day) => day.date === '2027-02-03')).toBe(false);
    expect((await track(a.code)).timing.dueDate).toBe('2027-02-12');

    const confirmed = await admin.post('/api/holiday-years/2027/confirm', { reference: 'Thông báo lịch nghỉ Tết Đinh Mùi 2027' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<CalendarChange>()).toMatchObject({ fieldReportsRescheduled: 1, periodsRescheduled: 0, year: { status: 'confirmed', confirmedBy: 'Quản trị hệ thống', reference: 'Thông báo lịch nghỉ Tết Đinh Mùi 2027', actions: ['adjust'] } });
    expect((await daysOff(2027)).filter((day) => day.date >= '2027-02-01' && day.date < '2027-03-01').map((day) => `${day.date}:${day.kind}`)).toEqual([
      '2027-02-03:off',
      '2027-02-04:off',
      '2027-02-05:off',
      '2027-02-08:off',
      '2027-02-09:off',
      '2027-02-11:off',
      '2027-02-20:workday',
    ]);

    // A: 10/02, 12/02, 15/02 on the new calendar: later, moved, and the citizen is told.
    const movedA = await track(a.code);
    expect(movedA.timing.dueDate).toBe('2027-02-15');
    expect(movedA.history.at(-1)).toMatchObject({
      action: 'rescheduled',
      note: 'Hạn xử lý chuyển từ hết ngày 12/02/2027 sang hết ngày 15/02/2027: lịch nghỉ năm 2027 đã được xác nhận theo thông báo của Chính phủ (Thông báo lịch nghỉ Tết Đinh Mùi 2027).',
    });
    // B: 10/02, 12/02, 15/02, the date it had. C: the extension would now end on the worked Saturday
    // 20/02, earlier than promised: it keeps 22/02. Neither has a new event.
    for (const [receipt, due] of [[b, '2027-02-15'], [c, '2027-02-22']] as const) {
      const report = await track(receipt.code);
      expect(report.timing.dueDate).toBe(due);
      expect(report.history.some((event) => event.action === 'rescheduled')).toBe(false);
    }
    // Typed due dates of tasks and directives are not counted in working days: none moved.
    expect(await dueDates('tasks')).toEqual(tasksBefore);
    expect(await dueDates('directives')).toEqual(directivesBefore);
    expect((await admin.post('/api/holiday-years/2027/confirm', {})).statusCode).toBe(409);
    expect((await admin.get('/api/holiday-years/notice')).json()).toEqual({ unconfirmedYears: [] });
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity', '=', 'holiday_year').where('entity_id', '=', '2027').orderBy('id').execute();
    expect(audit.map((entry) => entry.action)).toEqual([...Array<string>(19).fill('adjust'), ...Array<string>(19).fill('unadjust'), 'adjust', 'adjust', 'adjust', 'confirm']);
  });

  it('applies an adjustment to a confirmed year at once, and never brings a deadline back earlier', async () => {
    const admin = await signIn(t.app, 'admin');
    const added = await admin.post('/api/holiday-years/2027/adjustments', { kind: 'off', date: '2027-02-12', name: 'Nghỉ thêm (thông báo bổ sung)' });
    expect(added.json()).toMatchObject({ fieldReportsRescheduled: 3 });
    const reports = await t.database.db.selectFrom('field_reports').select(['code', 'due_date']).where('created_at', '>=', '2027-02-02T00:00:00Z').orderBy('id').execute();
    expect(reports.map((report) => report.due_date)).toEqual(['2027-02-16', '2027-02-16', '2027-02-16', '2027-02-22']);
    const id = added.json<CalendarChange>().year.adjustments.at(-1)?.id;
    const removed = await admin.request({ method: 'DELETE', url: `/api/holiday-years/2027/adjustments/${id}` });
    expect(removed.json()).toMatchObject({ fieldReportsRescheduled: 0 });
    expect((await daysOff(2027)).some((day) => day.date === '2027-02-12')).toBe(false);
    const after = await t.database.db.selectFrom('field_reports').select('due_date').where('created_at', '>=', '2027-02-02T00:00:00Z').orderBy('id').execute();
    expect(after.map((report) => report.due_date)).toEqual(['2027-02-16', '2027-02-16', '2027-02-16', '2027-02-22']);
  });
});
