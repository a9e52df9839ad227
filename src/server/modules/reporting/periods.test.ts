import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Period } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { type TestApp, createTestApp, signIn, testDialects } from '../../test/harness.js';
import { decision, issue } from '../plan/testing.js';

describe.each(testDialects)('due days on a day off on %s', (dialect) => {
  const clock = manualClock('2026-12-04T03:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    // Periods exist for a year whose plan is issued.
    const vhtt = await signIn(t.app, 'vhtt');
    const draft = await vhtt.post('/api/plans', { year: 2027, from: 'copy' });
    expect(draft.statusCode, draft.body).toBe(201);
    const issued = await issue(vhtt, draft.json<{ id: number }>().id, { ...decision, decisionDate: '2026-12-01' });
    expect(issued.statusCode, issued.body).toBe(200);
  });
  afterAll(() => t.close());
  const dueDays = async (session: Awaited<ReturnType<typeof signIn>>) =>
    Object.fromEntries((await session.get('/api/reporting/periods?year=2027')).json<Period[]>().map((period) => [period.month, [period.dueDate, period.consolidationDueDate]]));

  it('keeps the 12th and the 25th by default, and moves them to the next working day when the city says so', async () => {
    const vhtt = await signIn(t.app, 'vhtt');
    expect((await vhtt.get('/api/reporting/calendar')).json()).toEqual({ cutoffDay: 10, unitDueDay: 12, consolidationDay: 25, changeWarningPercent: 50, dueOnDayOff: 'keep' });
    // 2027: 25/04 and 12/09 are Sundays, 12/06 a Saturday.
    const kept = await dueDays(vhtt);
    expect([kept[4], kept[6], kept[9]]).toEqual([
      ['2027-04-12', '2027-04-25'],
      ['2027-06-12', '2027-06-25'],
      ['2027-09-12', '2027-09-25'],
    ]);
    const saved = await vhtt.request({ method: 'PUT', url: '/api/reporting/calendar', payload: { cutoffDay: 10, unitDueDay: 12, consolidationDay: 25, changeWarningPercent: 50, dueOnDayOff: 'next_working_day' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const moved = await dueDays(vhtt);
    expect([moved[4], moved[6], moved[9]]).toEqual([
      ['2027-04-12', '2027-04-26'],
      ['2027-06-14', '2027-06-25'],
      ['2027-09-13', '2027-09-27'],
    ]);
    // A change that leaves the rule out keeps it.
    await vhtt.request({ method: 'PUT', url: '/api/reporting/calendar', payload: { cutoffDay: 10, unitDueDay: 12, consolidationDay: 25, changeWarningPercent: 40 } });
    expect((await vhtt.get('/api/reporting/calendar')).json()).toMatchObject({ changeWarningPercent: 40, dueOnDayOff: 'next_working_day' });
  });

  it('moves a period whose due day becomes a holiday when the year is confirmed, in the audit trail', async () => {
    const admin = await signIn(t.app, 'admin');
    expect((await admin.post('/api/holiday-years/2027/adjustments', { kind: 'off', date: '2027-09-13', name: 'Nghỉ thêm (thử)' })).statusCode).toBe(201);
    const confirmed = await admin.post('/api/holiday-years/2027/confirm', {});
    expect(confirmed.json()).toMatchObject({ periodsRescheduled: 1 });
    const vhtt = await signIn(t.app, 'vhtt');
    expect((await dueDays(vhtt))[9]).toEqual(['2027-09-14', '2027-09-27']);
    const audit = await t.database.db.selectFrom('audit_log').select(['changes', 'reason']).where('entity', '=', 'reporting_period').where('action', '=', 'reschedule').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toEqual({ due_date: ['2027-09-13', '2027-09-14'] });
    expect(audit[0]?.reason).toBe('lịch nghỉ năm 2027 đã được xác nhận theo thông báo của Chính phủ');
  });
});
