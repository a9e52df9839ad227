import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import { type TestApp, createTestApp, testDialects } from '../../test/harness.js';
import { ensureHolidayYears, keepHolidayCalendar, unconfirmedYears } from './schedule.js';
import { confirmYear } from './service.js';

describe.each(testDialects)('the calendar keeping itself on %s', (dialect) => {
  // Installed on Sunday 01/03/2026: this year and the next are there at once.
  const clock = manualClock('2026-03-01T03:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock });
  });
  afterAll(() => t.close());
  const db = () => t.database.db;
  const years = async () => (await db().selectFrom('holiday_years').select(['year', 'status']).orderBy('year').execute()).map((row) => `${row.year}:${row.status}`);

  it('proposes the next year on 1 October, Vietnam time', async () => {
    expect(await years()).toEqual(['2024:confirmed', '2025:confirmed', '2026:proposed', '2027:proposed']);
    // 23:59 on 30/09/2027 in Vietnam: not yet; 00:00 on 01/10 (17:00 UTC the day before): 2028 appears.
    expect(await ensureHolidayYears(db(), new Date('2027-09-30T16:59:00Z'))).toEqual([]);
    expect(await ensureHolidayYears(db(), new Date('2027-09-30T17:00:00Z'))).toEqual([2028]);
    expect(await ensureHolidayYears(db(), new Date('2027-10-02T03:00:00Z'))).toEqual([]);
    const tet = await db().selectFrom('holidays').select('date').where('date', 'like', '2028-01-%').where('name', 'like', 'Tết Nguyên đán%').orderBy('date').execute();
    // Tết Mậu Thân is Wednesday 26/01/2028: 25/01 (the last day of Đinh Mùi) to Saturday 29/01, the Saturday given back on Monday 24/01.
    expect(tet.map((row) => row.date)).toEqual(['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28']);
  });

  it('tells the administrator and the coordinators from 1 November, once each', async () => {
    expect(await unconfirmedYears(db(), new Date('2027-10-31T16:59:00Z'))).toEqual([2027]);
    const now = new Date('2027-10-31T17:00:00Z');
    expect(await unconfirmedYears(db(), now)).toEqual([2027, 2028]);
    const run = await keepHolidayCalendar(db(), now, null);
    const sent = await db()
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.role', 'notifications.title', 'notifications.link'])
      .where('notifications.kind', '=', 'holiday_calendar')
      .orderBy('notifications.id')
      .execute();
    expect(run.created).toBe(sent.length);
    expect(new Set(sent.map((notice) => notice.role))).toEqual(new Set(['admin', 'coordinator']));
    expect(sent.filter((notice) => notice.role === 'admin').map((notice) => [notice.title, notice.link])).toEqual([
      ['Lịch nghỉ năm 2027 chưa được xác nhận', '/lich-nghi?nam=2027'],
      ['Lịch nghỉ năm 2028 chưa được xác nhận', '/lich-nghi?nam=2028'],
    ]);
    expect((await keepHolidayCalendar(db(), new Date('2027-11-01T03:00:00Z'), null)).created).toBe(0);
  });

  it('recomputes a proposed year whose rules changed, never a confirmed one', async () => {
    const admin = await db().selectFrom('users').select(['id', 'username', 'role', 'unit_id']).where('username', '=', 'admin').executeTakeFirstOrThrow();
    const actor = { id: admin.id, username: admin.username, role: admin.role, unitId: admin.unit_id, jurisdiction: new Set([admin.unit_id]), cityId: admin.unit_id };
    await confirmYear(db(), actor, 2027, null, new Date('2027-11-02T03:00:00Z'));
    // As if both had been stored by an earlier version whose rules gave no day at all.
    await db().updateTable('holiday_years').set({ proposal: '[]' }).where('year', 'in', [2027, 2028]).execute();
    await ensureHolidayYears(db(), new Date('2027-11-03T03:00:00Z'));
    const stored = await db().selectFrom('holiday_years').select(['year', 'proposal']).where('year', 'in', [2027, 2028]).orderBy('year').execute();
    expect(stored[0]?.proposal).toBe('[]');
    expect(JSON.parse(stored[1]?.proposal ?? '[]')).toHaveLength(11);
    // The confirmed year's days in force stay as they were confirmed.
    expect(await db().selectFrom('holidays').select('date').where('date', 'like', '2027-%').execute()).toHaveLength(11);
  });
});
