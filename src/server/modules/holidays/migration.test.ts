import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcedHolidayYears } from '../../db/seed/holidays-vietnam.js';
import type { DbHandle } from '../../db/index.js';
import { migrateToLatest } from '../../db/migrate.js';
import * as holidayCalendar from '../../db/migrations/20241202000000_holiday_calendar.js';
import { createTestDatabase, testDialects } from '../../test/harness.js';
import { loadWorkCalendar } from '../../lib/working-days.js';
import { seedHolidayCalendar } from './seed.js';

describe.each(testDialects)('an installation from before the calendar kept itself, on %s', (dialect) => {
  let database: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
  });
  afterAll(() => database.drop());

  it('keeps the days an administrator typed in, as confirmed years, so no deadline moves', async () => {
    const { db } = database;
    // The calendar as it was: the shipped 2024 days, and a 2026 whose Tết was typed in by hand.
    await holidayCalendar.down(db);
    const typed = [
      { date: '2024-02-08', name: 'Tết Nguyên đán Giáp Thìn', kind: 'off' as const, note: null },
      { date: '2024-05-04', name: 'Làm bù', kind: 'workday' as const, note: null },
      { date: '2026-02-16', name: 'Tết Nguyên đán Bính Ngọ', kind: 'off' as const, note: 'Nhập tay' },
    ];
    await db.insertInto('holidays').values(typed.map((day) => ({ ...day, updated_by: null, updated_at: '2025-12-01T00:00:00.000Z' }))).execute();
    await holidayCalendar.up(db);

    const years = await db.selectFrom('holiday_years').select(['year', 'status', 'proposal']).orderBy('year').execute();
    expect(years.map((row): unknown[] => [row.year, row.status, JSON.parse(row.proposal)])).toEqual([
      [2024, 'confirmed', [typed[0], typed[1]]],
      [2026, 'confirmed', [typed[2]]],
    ]);
    // The next start's seed leaves them as they are (2025, never typed in, comes as announced).
    await seedHolidayCalendar(db, announcedHolidayYears, new Date('2026-12-04T03:00:00Z'));
    expect((await db.selectFrom('holidays').select('date').where('date', 'like', '2024-%').execute()).map((row) => row.date).sort()).toEqual(['2024-02-08', '2024-05-04']);
    const calendar = await loadWorkCalendar(db);
    expect([calendar.isWorkingDay('2026-02-16'), calendar.isWorkingDay('2026-02-17')]).toEqual([false, true]);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect((await db.selectFrom('holiday_years').select(['year', 'status']).orderBy('year').execute()).map((row) => `${row.year}:${row.status}`)).toEqual([
      '2024:confirmed',
      '2025:confirmed',
      '2026:confirmed',
      '2027:proposed',
    ]);
  });
});
