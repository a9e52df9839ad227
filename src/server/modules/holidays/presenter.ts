// Holiday year rows → API shapes.
import type { Adjustment, Holiday, HolidayYear, holidayYearActions } from '../../../common/holidays.js';
import type { Actor } from '../../lib/policy.js';
import { countDaysOff } from '../../lib/public-holidays.js';
import { holidayCalendarPolicy } from './policy.js';
import type { HolidayAdjustmentRow, HolidayYearRow } from './schema.js';

export const proposalOf = (row: Pick<HolidayYearRow, 'proposal'>) => JSON.parse(row.proposal) as Holiday[];

export const presentAdjustment = (row: HolidayAdjustmentRow, people: ReadonlyMap<number, string>): Adjustment => ({
  id: row.id,
  kind: row.kind,
  date: row.date,
  fromDate: row.from_date,
  name: row.name,
  note: row.note,
  createdAt: row.created_at,
  createdBy: row.created_by === null ? null : (people.get(row.created_by) ?? null),
});

export const presentYearSummary = (row: HolidayYearRow, days: Holiday[]) => ({
  year: row.year,
  status: row.status,
  daysOff: countDaysOff(days),
  proposedAt: row.proposed_at,
  confirmedAt: row.confirmed_at,
});

export function presentYear(row: HolidayYearRow, adjustments: HolidayAdjustmentRow[], days: Holiday[], people: ReadonlyMap<number, string>, actor: Actor | null): HolidayYear {
  const actions: (typeof holidayYearActions)[number][] = actor ? holidayCalendarPolicy.actions(actor, row).filter((action) => action !== 'read') : [];
  return {
    ...presentYearSummary(row, days),
    confirmedBy: row.confirmed_by === null ? null : (people.get(row.confirmed_by) ?? null),
    reference: row.reference,
    proposal: proposalOf(row),
    adjustments: adjustments.map((adjustment) => presentAdjustment(adjustment, people)),
    days,
    actions,
  };
}
