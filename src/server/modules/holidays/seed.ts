// The calendar on every start: the announced years (2024, 2025) as confirmed, with the adjustments
// their announcements made, unless recorded already (a year typed in by hand before the calendar
// kept itself was recorded by its migration); then the current year, and the next on a new
// installation (whatever the date) or from 1 October, as proposed.
import type { Db } from '../../db/index.js';
import type { AnnouncedYear } from '../../db/seed/holidays-vietnam.js';
import { applyAdjustments, proposeHolidays } from '../../lib/public-holidays.js';
import { ensureHolidayYears } from './schedule.js';
import { writeDays } from './service.js';

export async function seedHolidayCalendar(db: Db, announced: readonly AnnouncedYear[], now: Date): Promise<void> {
  const installing = (await db.selectFrom('holiday_years').select('year').limit(1).executeTakeFirst()) === undefined;
  const stamp = now.toISOString();
  for (const { year, reference, adjustments } of announced) {
    const recorded = await db.selectFrom('holiday_years').select('year').where('year', '=', year).executeTakeFirst();
    if (recorded) continue;
    const proposal = proposeHolidays(year);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('holiday_years')
        .values({ year, status: 'confirmed', proposal: JSON.stringify(proposal), reference, proposed_at: stamp, confirmed_at: stamp, confirmed_by: null, updated_at: stamp })
        .execute();
      await trx
        .insertInto('holiday_adjustments')
        .values(adjustments.map((adjustment) => ({ year, kind: adjustment.kind, date: adjustment.date, from_date: adjustment.fromDate, name: adjustment.name, note: adjustment.note, created_by: null, created_at: stamp })))
        .execute();
      await writeDays(trx, year, applyAdjustments(year, proposal, adjustments), null, now);
    });
  }
  await ensureHolidayYears(db, now, { withNextYear: installing });
}
