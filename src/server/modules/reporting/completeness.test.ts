import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Completeness, ReportForm, SubmissionSummary } from '../../../common/reporting.js';
import { manualClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { fullFigures, openForm, periodId } from './testing.js';

describe.each(testDialects)('completeness on %s', (dialect) => {
  let t: TestApp;
  const clock = manualClock('2024-05-12T10:00:00+07:00');
  const unit = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
    for (const row of await t.database.db.selectFrom('units').select(['id', 'code']).execute()) unit.set(row.code, row.id);
  });
  afterAll(() => t.close());

  async function submit(username: string, unitCode: string, at: string): Promise<ReportForm> {
    clock.set(at);
    const session = await signIn(t.app, username);
    let form = await openForm(session, await periodId(session, 2024, 5), unit.get(unitCode) ?? -1);
    form = (await session.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures: fullFigures(form) } })).json<ReportForm>();
    return (await session.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: form.submission.version })).json<ReportForm>();
  }

  it('shows who sent on time, who was late, who is missing and who was returned', async () => {
    await submit('canbo.thangtam', 'VT-TTAM', '2024-05-12T23:59:00+07:00');
    await submit('canbo.p7', 'VT-P07', '2024-05-13T00:01:00+07:00');
    const returned = await submit('canbo.p1', 'VT-P01', '2024-05-11T08:00:00+07:00');
    clock.set('2024-05-15T09:00:00+07:00');
    const coordinator = await signIn(t.app, 'vhtt');
    const queue = (await coordinator.get('/api/reporting/queue')).json<SubmissionSummary[]>();
    expect(queue.map((entry) => entry.unit.code)).toEqual(['VT-P01', 'VT-TTAM', 'VT-P07']);
    await coordinator.post(`/api/reporting/submissions/${returned.submission.id}/return`, { version: returned.submission.version, reason: 'Thiếu số liệu' });

    const grid = (await coordinator.get('/api/reporting/completeness?year=2024')).json<Completeness>();
    const may = (code: string) => grid.units.find((row) => row.unit.code === code)?.cells.find((cell) => cell.month === 5);
    expect(may('VT-TTAM')).toMatchObject({ state: 'submitted', sent: true, daysLate: 0 });
    expect(may('VT-P07')).toMatchObject({ state: 'submitted', sent: true, daysLate: 1 });
    expect(may('VT-P01')).toMatchObject({ state: 'returned', sent: true, daysLate: 0 });
    expect(may('VT-P02')).toMatchObject({ state: 'missing', sent: false, daysLate: 3 });
    expect(grid.units.find((row) => row.unit.code === 'VT-P02')?.cells.find((cell) => cell.month === 6)).toMatchObject({ state: 'missing', daysLate: 0 });
    // Every ward and the offices that hold indicators report; the steering committee does not.
    expect(grid.units.map((row) => row.unit.code)).toEqual(expect.arrayContaining(['VT-LSON', 'VT-VHTT', 'VT-TCKH']));
    expect(grid.units.map((row) => row.unit.code)).not.toContain('VT-BCD');
  });

  it('keeps the grid and the queue to the coordination roles', async () => {
    const ward = await signIn(t.app, 'canbo.p7');
    expect((await ward.get('/api/reporting/completeness?year=2024')).statusCode).toBe(403);
    expect((await ward.get('/api/reporting/queue')).statusCode).toBe(403);
  });
});

describe.each(testDialects)('my reports on %s', (dialect) => {
  it('lists the officer’s own unit month by month', async () => {
    const t = await createTestApp(dialect, { clock: manualClock('2024-05-11T09:00:00+07:00') });
    try {
      const ward = await signIn(t.app, 'canbo.thangtam');
      const unitId = (await t.database.db.selectFrom('units').select('id').where('code', '=', 'VT-TTAM').executeTakeFirstOrThrow()).id;
      await openForm(ward, await periodId(ward, 2024, 5), unitId);
      const mine = (await ward.get('/api/reporting/mine?year=2024')).json<{ unit: { code: string }; periods: { period: { month: number }; submission: SubmissionSummary | null }[] }>();
      expect(mine.unit.code).toBe('VT-TTAM');
      expect(mine.periods).toHaveLength(12);
      expect(mine.periods.find((row) => row.period.month === 5)?.submission?.status).toBe('draft');
      expect(mine.periods.find((row) => row.period.month === 6)?.submission).toBeNull();
      const viewer = (await (await signIn(t.app, 'xem')).get('/api/reporting/mine?year=2024')).json<{ unit: null }>();
      expect(viewer.unit).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe.each(testDialects)('report reminders on %s', (dialect) => {
  it('lists who to remind and reminds each officer at most once a day', async () => {
    const clock = manualClock('2024-05-14T09:00:00+07:00');
    const t = await createTestApp(dialect, { clock });
    try {
      const coordinator = await signIn(t.app, 'vhtt');
      const may = await periodId(coordinator, 2024, 5);
      const list = (await coordinator.get(`/api/reporting/reminders?periodId=${may}`)).json<{ units: { unit: { code: string }; state: string; daysLate: number; lastRemindedAt: string | null }[] }>();
      expect(list.units.find((row) => row.unit.code === 'VT-TTAM')).toMatchObject({ state: 'missing', daysLate: 2, lastRemindedAt: null });
      const first = await coordinator.post('/api/reporting/reminders', { periodId: may });
      expect(first.json<{ sent: number }>().sent).toBeGreaterThanOrEqual(17);
      expect((await coordinator.post('/api/reporting/reminders', { periodId: may })).json<{ sent: number }>().sent).toBe(0);
      const ward = await signIn(t.app, 'canbo.thangtam');
      const inbox = (await ward.get('/api/notifications')).json<{ items: { title: string }[] }>();
      expect(inbox.items.map((item) => item.title)).toContain('Nhắc gửi báo cáo tháng 5/2024');
      const after = (await coordinator.get(`/api/reporting/reminders?periodId=${may}`)).json<{ units: { unit: { code: string }; lastRemindedAt: string | null }[] }>();
      expect(after.units.find((row) => row.unit.code === 'VT-TTAM')?.lastRemindedAt).not.toBeNull();
      clock.set('2024-05-15T09:00:00+07:00');
      const nextDay = await signIn(t.app, 'vhtt');
      expect((await nextDay.post('/api/reporting/reminders', { periodId: may, unitIds: [] })).json<{ sent: number }>().sent).toBe(0);
      expect((await nextDay.post('/api/reporting/reminders', { periodId: may })).json<{ sent: number }>().sent).toBeGreaterThanOrEqual(17);
      expect((await ward.post('/api/reporting/reminders', { periodId: may })).statusCode).toBe(401);
      expect((await (await signIn(t.app, 'canbo.p7')).post('/api/reporting/reminders', { periodId: may })).statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});
