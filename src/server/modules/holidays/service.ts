// The working calendar's years: each is recorded with its computed proposal and its status, and
// the administrator's adjustments to the Government's announcement are data. The days in force
// (table holidays, read by every deadline) are a proposed year's proposal, and a confirmed year's
// proposal with its adjustments: adjustments to a proposed year wait for the confirmation. When the
// days in force change, the open deadlines are counted again in the same transaction (later only,
// each change in the record's history) — see feedback/deadlines.ts and reporting/periods.ts.
import type { AdjustmentInput, CalendarChange, Holiday } from '../../../common/holidays.js';
import { formatVietnameseDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { type HolidayAdjustment, applyAdjustments, proposeHolidays } from '../../lib/public-holidays.js';
import { loadWorkCalendar } from '../../lib/working-days.js';
import { rescheduleFieldReports } from '../feedback/deadlines.js';
import { forgetFilingReference } from '../feedback/reference.js';
import { reschedulePeriods } from '../reporting/periods.js';
import { holidayCalendarPolicy } from './policy.js';
import { presentYear, presentYearSummary, proposalOf } from './presenter.js';
import type { HolidayAdjustmentRow, HolidayYearRow } from './schema.js';

export async function findYear(db: Db, year: number): Promise<HolidayYearRow> {
  const row = await db.selectFrom('holiday_years').selectAll().where('year', '=', year).executeTakeFirst();
  if (!row) throw notFound({ vi: `lịch nghỉ năm ${year}`, en: `The ${year} holiday calendar` });
  return row;
}

const adjustmentsOf = (db: Db, year: number) => db.selectFrom('holiday_adjustments').selectAll().where('year', '=', year).orderBy('id').execute();

const asAdjustment = (row: HolidayAdjustmentRow): HolidayAdjustment => ({ kind: row.kind, date: row.date, fromDate: row.from_date, name: row.name, note: row.note });

const adjustmentOf = (input: AdjustmentInput): HolidayAdjustment => ({
  kind: input.kind,
  date: input.date,
  fromDate: input.kind === 'move' ? input.fromDate : null,
  name: input.kind === 'off' || input.kind === 'workday' ? input.name : null,
  note: input.note ?? null,
});

/** The year as announced: its proposal with every adjustment (refused with a 400 when one does not apply). */
const announcedDays = (row: HolidayYearRow, adjustments: readonly HolidayAdjustment[]) => applyAdjustments(row.year, proposalOf(row), adjustments);

/** Rewrites the days in force of `year`. */
export async function writeDays(db: Db, year: number, days: readonly Holiday[], actorId: number | null, now: Date): Promise<void> {
  await db.deleteFrom('holidays').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
  if (days.length === 0) return;
  await db
    .insertInto('holidays')
    .values(days.map((day) => ({ date: day.date, name: day.name, kind: day.kind, note: day.note, updated_by: actorId, updated_at: now.toISOString() })))
    .execute();
}

interface Rescheduled {
  fieldReportsRescheduled: number;
  periodsRescheduled: number;
}

/**
 * Runs `write` in one transaction; when it changes the days in force of `year`, the open deadlines
 * are counted again on the new calendar before the transaction ends, and intake forgets the old one.
 */
export async function changeCalendar(db: Db, change: { year: number; reason: string; actorId: number | null; now: Date; changesDays: boolean }, write: (trx: Db) => Promise<void>): Promise<Rescheduled> {
  const result = await db.transaction().execute(async (trx) => {
    if (!change.changesDays) {
      await write(trx);
      return { fieldReportsRescheduled: 0, periodsRescheduled: 0 };
    }
    const before = await loadWorkCalendar(trx);
    await write(trx);
    const after = await loadWorkCalendar(trx);
    const { year, reason, actorId, now } = change;
    return {
      fieldReportsRescheduled: await rescheduleFieldReports(trx, { before, after, from: `${year}-01-01`, reason, actorId, now }),
      periodsRescheduled: await reschedulePeriods(trx, { calendar: after, year, reason, actorId, now }),
    };
  });
  if (change.changesDays) forgetFilingReference(db);
  return result;
}

async function people(db: Db, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null)), -1];
  const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.full_name]));
}

export async function listYears(db: Db) {
  const rows = await db.selectFrom('holiday_years').selectAll().orderBy('year').execute();
  const days = await db.selectFrom('holidays').selectAll().orderBy('date').execute();
  return rows.map((row) => presentYearSummary(row, days.filter((day) => day.date.startsWith(`${row.year}-`))));
}

export async function yearDetail(db: Db, year: number, actor: Actor | null) {
  const row = await findYear(db, year);
  const adjustments = await adjustmentsOf(db, year);
  return presentYear(row, adjustments, announcedDays(row, adjustments.map(asAdjustment)), await people(db, [row.confirmed_by, ...adjustments.map((adjustment) => adjustment.created_by)]), actor);
}

async function replyAfter(db: Db, year: number, actor: Actor, rescheduled: Rescheduled): Promise<CalendarChange> {
  return { year: await yearDetail(db, year, actor), ...rescheduled };
}

function describe(adjustment: HolidayAdjustment): string {
  const day = formatVietnameseDate(adjustment.date);
  switch (adjustment.kind) {
    case 'move':
      return `ngày nghỉ ${formatVietnameseDate(adjustment.fromDate ?? adjustment.date)} chuyển sang ${day}`;
    case 'off':
      return `thêm ngày nghỉ ${day}`;
    case 'workday':
      return `làm bù ngày ${day}`;
    case 'cancel':
      return `bỏ ngày ${day} khỏi lịch`;
  }
}

/** Adds an adjustment: to a proposed year it waits for the confirmation; to a confirmed year it applies now. */
export async function addAdjustment(db: Db, actor: Actor, year: number, input: AdjustmentInput, now: Date): Promise<CalendarChange> {
  const row = await findYear(db, year);
  holidayCalendarPolicy.authorize(actor, 'adjust', row);
  const adjustment = adjustmentOf(input);
  const confirmed = row.status === 'confirmed';
  const rescheduled = await changeCalendar(db, { year, reason: `lịch nghỉ năm ${year} được điều chỉnh (${describe(adjustment)})`, actorId: actor.id, now, changesDays: confirmed }, async (trx) => {
    // Checked inside the transaction, against the adjustments as they are now (400: nothing written).
    const days = announcedDays(row, [...(await adjustmentsOf(trx, year)).map(asAdjustment), adjustment]);
    const inserted = await trx
      .insertInto('holiday_adjustments')
      .values({ year, kind: adjustment.kind, date: adjustment.date, from_date: adjustment.fromDate, name: adjustment.name, note: adjustment.note, created_by: actor.id, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (confirmed) await writeDays(trx, year, days, actor.id, now);
    await trx.updateTable('holiday_years').set({ updated_at: now.toISOString() }).where('year', '=', year).execute();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: null, entity: 'holiday_year', entityId: year, action: 'adjust', changes: { [`adjustment:${inserted.id}`]: [null, adjustment] } });
  });
  return replyAfter(db, year, actor, rescheduled);
}

export async function removeAdjustment(db: Db, actor: Actor, year: number, id: number, now: Date): Promise<CalendarChange> {
  const row = await findYear(db, year);
  holidayCalendarPolicy.authorize(actor, 'adjust', row);
  const removed = (await adjustmentsOf(db, year)).find((adjustment) => adjustment.id === id);
  if (!removed) throw notFound({ vi: 'điều chỉnh', en: 'Adjustment' });
  const confirmed = row.status === 'confirmed';
  const rescheduled = await changeCalendar(db, { year, reason: `lịch nghỉ năm ${year} được điều chỉnh (hủy: ${describe(asAdjustment(removed))})`, actorId: actor.id, now, changesDays: confirmed }, async (trx) => {
    // Refused (400) when a later adjustment needs this one, e.g. a day moved from a day this one added.
    const days = announcedDays(row, (await adjustmentsOf(trx, year)).filter((adjustment) => adjustment.id !== id).map(asAdjustment));
    await trx.deleteFrom('holiday_adjustments').where('id', '=', id).execute();
    if (confirmed) await writeDays(trx, year, days, actor.id, now);
    await trx.updateTable('holiday_years').set({ updated_at: now.toISOString() }).where('year', '=', year).execute();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: null, entity: 'holiday_year', entityId: year, action: 'unadjust', changes: { [`adjustment:${id}`]: [asAdjustment(removed), null] } });
  });
  return replyAfter(db, year, actor, rescheduled);
}

/** Confirms a proposed year against the announcement: its adjustments take effect and it is never recomputed again. */
export async function confirmYear(db: Db, actor: Actor, year: number, reference: string | null, now: Date): Promise<CalendarChange> {
  const row = await findYear(db, year);
  if (row.status === 'confirmed') throw new AppError('CONFLICT', { message: { vi: `Lịch nghỉ năm ${year} đã được xác nhận.`, en: `The ${year} calendar is already confirmed.` } });
  holidayCalendarPolicy.authorize(actor, 'confirm', row);
  const reason = `lịch nghỉ năm ${year} đã được xác nhận theo thông báo của Chính phủ${reference ? ` (${reference})` : ''}`;
  const rescheduled = await changeCalendar(db, { year, reason, actorId: actor.id, now, changesDays: true }, async (trx) => {
    const updated = await trx
      .updateTable('holiday_years')
      .set({ status: 'confirmed', confirmed_at: now.toISOString(), confirmed_by: actor.id, reference, updated_at: now.toISOString() })
      .where('year', '=', year)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    // Two administrators at once: the second finds the year confirmed.
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('CONFLICT');
    await writeDays(trx, year, announcedDays(row, (await adjustmentsOf(trx, year)).map(asAdjustment)), actor.id, now);
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: null, entity: 'holiday_year', entityId: year, action: 'confirm', changes: { status: ['proposed', 'confirmed'] }, reason: reference });
  });
  return replyAfter(db, year, actor, rescheduled);
}

/** Records `year` as proposed, its days in force the computed ones; false when it is recorded already. */
export async function proposeYear(db: Db, year: number, now: Date): Promise<boolean> {
  const proposal = proposeHolidays(year);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('holiday_years')
      .values({ year, status: 'proposed', proposal: JSON.stringify(proposal), reference: null, proposed_at: now.toISOString(), confirmed_at: null, confirmed_by: null, updated_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('year').doNothing())
      .returning('year')
      .executeTakeFirst();
    if (!inserted) return false;
    await writeDays(trx, year, proposal, null, now);
    return true;
  });
}

/**
 * A proposed year whose stored proposal is not what the rules compute now (the rules were
 * corrected in a new version) takes the new one, unless its adjustments no longer apply to it
 * (the administrator then sees the year as it was); a confirmed year never does.
 */
export async function refreshProposal(db: Db, row: HolidayYearRow, now: Date): Promise<boolean> {
  const proposal = proposeHolidays(row.year);
  if (row.status !== 'proposed' || row.proposal === JSON.stringify(proposal)) return false;
  try {
    applyAdjustments(row.year, proposal, (await adjustmentsOf(db, row.year)).map(asAdjustment));
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
  await changeCalendar(db, { year: row.year, reason: `lịch nghỉ dự kiến năm ${row.year} được tính lại`, actorId: null, now, changesDays: true }, async (trx) => {
    await trx.updateTable('holiday_years').set({ proposal: JSON.stringify(proposal), updated_at: now.toISOString() }).where('year', '=', row.year).where('status', '=', 'proposed').execute();
    await writeDays(trx, row.year, proposal, null, now);
  });
  return true;
}
