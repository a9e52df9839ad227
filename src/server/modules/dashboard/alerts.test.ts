import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, OcAlerts } from '../../../common/dashboard.js';
import { manualClock } from '../../lib/clock.js';
import { type Session, signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, places } from '../feedback/testing.js';
import { decide, submitMonth } from './testing.js';

// The clock is fixed: 20/05/2024 09:00 in Vũng Tàu, eight days after May's reports were due (12/05).
const NOW = '2024-05-20T09:00:00+07:00';

describe.each(testDialects)('Operations Center alerts on %s', (dialect) => {
  let t: FeedbackTestApp;
  const clock = manualClock('2024-05-06T09:00:00+07:00');
  let earlyReport: string;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
    // Filed a fortnight ago: its deadline is past by now.
    const filed = await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác tồn đọng ở góc chợ nhiều ngày', ...places.p7 });
    earlyReport = filed.json<{ code: string }>().code;
    clock.set(NOW);
  });
  afterAll(() => t.close());

  const alerts = async (month = 5, session?: Session) => {
    const response = await (session ?? (await signIn(t.app, 'lanhdao'))).get(`/api/oc/alerts?year=2024&month=${month}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OcAlerts>();
  };
  const find = (list: OcAlerts, kind: Alert['kind'], match: (alert: Alert) => boolean) => list.alerts.filter((alert) => alert.kind === kind && match(alert));

  it('lists every unit that has not sent May’s report, how many days late, linking to the completeness grid', async () => {
    const list = await alerts();
    const [p7] = find(list, 'report_missing', (alert) => alert.unit?.code === 'VT-P07');
    expect(p7).toMatchObject({ severity: 'critical', subject: 'Phường 7', daysLate: 8, link: '/bao-cao/tinh-hinh', due: '2024-05-12T17:00:00.000Z' });
    expect(list.byKind.report_missing).toBeGreaterThan(20);
    // April's reports were due on 12/04: the same units, 38 days late.
    expect(find(await alerts(4), 'report_missing', (alert) => alert.unit?.code === 'VT-P07')[0]?.daysLate).toBe(38);
  });

  it('shows a returned report not sent again instead of a missing one, linking to the report', async () => {
    const form = await submitMonth(t.app, 'canbo.p7', t.unit('VT-P07'), 5, [60, 100]);
    await decide(await signIn(t.app, 'vhtt'), form, 'return');
    const list = await alerts();
    expect(find(list, 'report_missing', (alert) => alert.unit?.code === 'VT-P07')).toEqual([]);
    expect(find(list, 'report_returned', (alert) => alert.unit?.code === 'VT-P07')).toEqual([
      expect.objectContaining({ severity: 'critical', daysLate: 8, link: `/bao-cao/${form.submission.id}`, since: new Date(NOW).toISOString() }),
    ]);
  });

  it('flags an indicator that turned at risk this month, not one already at risk before', async () => {
    // Phường Thắng Tam reports 80% where the plan wants 85% (CQS-03): short by less than a tenth.
    const form = await submitMonth(t.app, 'canbo.thangtam', t.unit('VT-TTAM'), 5, [80, 100]);
    await decide(await signIn(t.app, 'vhtt'), form, 'approve');
    const [cqs03] = find(await alerts(), 'indicator_at_risk', (alert) => alert.code === 'CQS-03');
    expect(cqs03).toMatchObject({ severity: 'warning', link: '/chi-tieu/CQS-03?thang=5', daysLate: 0 });
    expect(find(await alerts(), 'indicator_at_risk', (alert) => alert.code === 'CQS-08')).toEqual([]);
    // June stands on May's figures: still at risk, so not news any more.
    expect(find(await alerts(6), 'indicator_at_risk', (alert) => alert.code === 'CQS-03')).toEqual([]);
  });

  it('flags tasks overdue or due within 7 days, and no later ones', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const create = async (title: string, dueDate: string) => {
      const response = await vhtt.post('/api/tasks', { title, leadUnitId: t.unit('VT-P07'), dueDate });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: number }>().id;
    };
    const late = await create('OC kiểm thử: số hóa hồ sơ hộ tịch', '2024-05-15');
    const soon = await create('OC kiểm thử: lắp wifi công cộng', '2024-05-24');
    await create('OC kiểm thử: camera giao thông', '2024-06-30');
    const list = await alerts();
    const mine = list.alerts.filter((alert) => alert.subject.startsWith('OC kiểm thử'));
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'task_overdue', severity: 'critical', daysLate: 5, link: `/nhiem-vu/${late}`, unit: { code: 'VT-P07', name: 'Phường 7' } }),
      expect.objectContaining({ kind: 'task_due_soon', severity: 'warning', daysLate: 0, hoursLeft: 4 * 24 + 15, link: `/nhiem-vu/${soon}` }),
    ]);
  });

  it('flags directives overdue or due within 7 days', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    const meeting = await vhtt.post('/api/meetings', { title: 'Giao ban OC', heldOn: '2024-05-02' });
    const conclusion = await vhtt.post(`/api/meetings/${meeting.json<{ id: number }>().id}/conclusions`, {
      number: '1',
      text: 'Đôn đốc',
      directives: [
        { title: 'OC chỉ đạo: báo cáo kết quả rà soát', ownerUnitId: t.unit('VT-TTAM'), dueDate: '2024-05-10' },
        { title: 'OC chỉ đạo: hoàn thành bản đồ số', ownerUnitId: t.unit('VT-TTAM'), dueDate: '2024-05-22' },
        { title: 'OC chỉ đạo: thường xuyên', ownerUnitId: t.unit('VT-TTAM'), standing: true },
      ],
    });
    expect(conclusion.statusCode, conclusion.body).toBe(201);
    const mine = (await alerts()).alerts.filter((alert) => alert.subject.startsWith('OC chỉ đạo'));
    expect(mine.map((alert) => [alert.kind, alert.daysLate, alert.hoursLeft])).toEqual([
      ['directive_overdue', 10, null],
      ['directive_due_soon', 0, 2 * 24 + 15],
    ]);
    expect(mine[0]?.link).toMatch(/^\/chi-dao\/\d+$/);
  });

  it('flags field reports past their deadline, and those within 24 hours of it', async () => {
    const early = await t.database.db.selectFrom('field_reports').select(['id', 'due_date']).where('code', '=', earlyReport).executeTakeFirstOrThrow();
    const [overdue] = find(await alerts(), 'field_report_overdue', (alert) => alert.code === earlyReport);
    expect(overdue).toMatchObject({ severity: 'critical', link: `/phan-anh/xu-ly/${early.id}` });
    expect(overdue?.due).toBe(`${early.due_date}T17:00:00.000Z`);
    const fresh = (await t.file({ categoryId: t.category('MT-RAC'), description: 'Rác tràn ra lòng đường cạnh trường học', ...places.thangTam })).json<{ code: string }>().code;
    const { due_date } = await t.database.db.selectFrom('field_reports').select(['due_date']).where('code', '=', fresh).executeTakeFirstOrThrow();
    expect(find(await alerts(), 'field_report_due_soon', (alert) => alert.code === fresh)).toEqual([]);
    // Noon on its due day: twelve hours left (the deadline is the end of the day, Vietnam time).
    clock.set(`${due_date}T12:00:00+07:00`);
    try {
      expect(find(await alerts(), 'field_report_due_soon', (alert) => alert.code === fresh)).toEqual([expect.objectContaining({ severity: 'warning', hoursLeft: 12, daysLate: 0 })]);
    } finally {
      clock.set(NOW);
    }
  });

  it('puts the critical first, newest first, then warnings by nearest deadline; counts all but lists at most 100', async () => {
    const list = await alerts();
    const severities = list.alerts.map((alert) => alert.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('critical'));
    const critical = list.alerts.filter((alert) => alert.severity === 'critical').map((alert) => alert.since);
    expect(critical).toEqual([...critical].sort().reverse());
    const dues = list.alerts.filter((alert) => alert.severity === 'warning' && alert.due !== null).map((alert) => alert.due);
    expect(dues).toEqual([...dues].sort());
    expect(list.alerts.length).toBeLessThanOrEqual(100);
    expect(list.total).toBe(Object.values(list.byKind).reduce((sum, count) => sum + count, 0));
  });

  it('shows the alerts to the province leader and the viewer, not to a unit officer or a visitor', async () => {
    expect((await alerts(5, await signIn(t.app, 'tinh'))).total).toBeGreaterThan(0);
    expect((await alerts(5, await signIn(t.app, 'xem'))).total).toBeGreaterThan(0);
    expect((await (await signIn(t.app, 'canbo.p7')).get('/api/oc/alerts?year=2024&month=5')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/oc/alerts?year=2024&month=5' })).statusCode).toBe(401);
  });
});
