// The officers' side: the coordinator assigns, rejects or merges; the assigned unit accepts,
// posts updates, resolves with an answer (and "after" photos) or sends the report back; a leader
// extends a deadline once. Each step is one transaction that checks the status it starts from
// (a concurrent change gets 409) and leaves an event in the report's history, who and why included.
import type { Updateable } from 'kysely';
import { type FieldReportStatus, isOpenFieldReport } from '../../../common/feedback.js';
import { formatVietnameseDate } from '../../../common/vietnam-time.js';
import { grassrootsKinds } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import { AppError, invalidField } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { addWorkingDays, loadWorkCalendar, slaDueDate } from '../../lib/working-days.js';
import { jurisdictionOf, listUnits } from '../units/service.js';
import type { SavedPhoto } from './photos.js';
import { fieldReportPolicy, reportResource } from './policy.js';
import { beforeDeadline } from './presenter.js';
import type { FieldReportRow, FieldReportTable } from './schema.js';
import { addEvent, addPhotos, findByCode, findById, getCategory, notifyCoordinators, notifyUnit } from './service.js';

type Action = Parameters<typeof fieldReportPolicy.authorize>[1];

async function load(db: Db, actor: Actor, id: number, action: Action, now: Date): Promise<FieldReportRow> {
  const row = await findById(db, id);
  fieldReportPolicy.authorize(actor, action, reportResource(row, beforeDeadline(row, now)));
  return row;
}

/** Moves the report on only if it is still in one of `from`: a concurrent change answers 409. */
async function transition(db: Db, row: FieldReportRow, from: readonly FieldReportStatus[], set: Updateable<FieldReportTable>, now: Date, once = false): Promise<void> {
  let update = db
    .updateTable('field_reports')
    .set({ ...set, updated_at: now.toISOString() })
    .where('id', '=', row.id)
    .where('status', 'in', [...from]);
  // The one extension: two leaders at once cannot both extend.
  if (once) update = update.where('extended_at', 'is', null);
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('CONFLICT');
}

const OPEN = ['received', 'assigned', 'in_progress'] as const;
const WORKING = ['assigned', 'in_progress'] as const;

export interface AssignInput {
  unitId: number;
  categoryId?: number | undefined;
  wardId?: number | undefined;
  note?: string | undefined;
}

/** Verifies and assigns (or reassigns) a report; a new category resets the deadline unless it was extended. */
export async function assignReport(db: Db, actor: Actor, id: number, input: AssignInput, now: Date): Promise<number> {
  const row = await load(db, actor, id, 'triage', now);
  const units = await listUnits(db);
  const city = jurisdictionOf(units, row.city_id);
  const unit = units.find((candidate) => candidate.id === input.unitId);
  if (!unit || !city.has(unit.id) || unit.kind === 'city' || unit.kind === 'province') {
    throw invalidField('unitId', { vi: 'Đơn vị không thuộc thành phố.', en: 'No such unit in the city.' });
  }
  const set: Updateable<FieldReportTable> = { unit_id: unit.id, status: 'assigned' };
  if (row.verified_at === null) Object.assign(set, { verified_at: now.toISOString(), verified_by: actor.id });
  if (input.categoryId !== undefined && input.categoryId !== row.category_id) {
    const category = await getCategory(db, input.categoryId);
    if (!category || category.city_id !== row.city_id || category.active !== 1) throw invalidField('categoryId', { vi: 'Lĩnh vực không tồn tại.', en: 'No such category.' });
    Object.assign(set, { category_id: category.id, sla_days: category.sla_days });
    if (row.extended_at === null) {
      const dueDate = slaDueDate(await loadWorkCalendar(db), new Date(row.created_at), category.sla_days);
      Object.assign(set, { due_date: dueDate, baseline_due_date: dueDate });
    }
  }
  if (input.wardId !== undefined) {
    const ward = units.find((candidate) => candidate.id === input.wardId);
    if (!ward || !city.has(ward.id) || !grassrootsKinds.includes(ward.kind)) throw invalidField('wardId', { vi: 'Phường, xã không thuộc thành phố.', en: 'No such ward in the city.' });
    Object.assign(set, { ward_id: ward.id, ward_source: 'chosen' });
  }
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, OPEN, set, now);
    await addEvent(trx, row.id, now, { action: 'assigned', status: 'assigned', unitId: unit.id, actorId: actor.id, internalNote: input.note ?? null });
    await notifyUnit(trx, unit.id, row, `Phản ánh ${row.code} được giao cho đơn vị`, now);
  });
  return row.id;
}

export async function rejectReport(db: Db, actor: Actor, id: number, reason: string, now: Date): Promise<number> {
  const row = await load(db, actor, id, 'triage', now);
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, OPEN, { status: 'rejected', rejection_reason: reason, closed_at: now.toISOString() }, now);
    await addEvent(trx, row.id, now, { action: 'rejected', status: 'rejected', actorId: actor.id, publicNote: reason });
  });
  return row.id;
}

/** Merges a duplicate into an open report of the city: its supporters and earlier duplicates follow it. */
export async function mergeReport(db: Db, actor: Actor, id: number, input: { intoCode: string; note?: string | undefined }, now: Date): Promise<number> {
  const row = await load(db, actor, id, 'triage', now);
  const target = await findByCode(db, input.intoCode).catch(() => null);
  if (!target || target.id === row.id || target.city_id !== row.city_id || !isOpenFieldReport(target.status)) {
    throw invalidField('intoCode', { vi: 'Cần mã một phản ánh khác, đang mở, cùng thành phố.', en: 'Give the code of another open report of the city.' });
  }
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, OPEN, { status: 'merged', merged_into_id: target.id, closed_at: now.toISOString() }, now);
    await trx.updateTable('field_reports').set({ merged_into_id: target.id }).where('merged_into_id', '=', row.id).execute();
    await trx.updateTable('field_report_supporters').set({ report_id: target.id }).where('report_id', '=', row.id).execute();
    await addEvent(trx, row.id, now, {
      action: 'merged',
      status: 'merged',
      actorId: actor.id,
      publicNote: `Trùng với phản ánh ${target.code}: theo dõi kết quả xử lý tại mã này.`,
      internalNote: input.note ?? null,
    });
  });
  return row.id;
}

export async function acceptReport(db: Db, actor: Actor, id: number, now: Date): Promise<number> {
  const row = await load(db, actor, id, 'accept', now);
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, ['assigned'], { status: 'in_progress', accepted_at: now.toISOString() }, now);
    await addEvent(trx, row.id, now, { action: 'accepted', status: 'in_progress', unitId: row.unit_id, actorId: actor.id });
  });
  return row.id;
}

export async function postUpdate(db: Db, actor: Actor, id: number, input: { publicNote?: string | undefined; internalNote?: string | undefined }, now: Date): Promise<number> {
  const row = await load(db, actor, id, 'update', now);
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, WORKING, {}, now);
    await addEvent(trx, row.id, now, { action: 'updated', status: row.status, unitId: row.unit_id, actorId: actor.id, publicNote: input.publicNote || null, internalNote: input.internalNote || null });
  });
  return row.id;
}

/** Closes with the public answer and the unit's "after" photos. */
export async function resolveReport(db: Db, actor: Actor, id: number, answer: string, now: Date, photos: SavedPhoto[] = []): Promise<number> {
  const row = await load(db, actor, id, 'resolve', now);
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, WORKING, { status: 'resolved', answer, closed_at: now.toISOString(), accepted_at: row.accepted_at ?? now.toISOString() }, now);
    await addEvent(trx, row.id, now, { action: 'resolved', status: 'resolved', unitId: row.unit_id, actorId: actor.id, publicNote: answer });
    await addPhotos(trx, row.id, 'after', photos, actor.id, now);
  });
  return row.id;
}

/** Not ours: back to the coordinator's queue with the reason (the deadline keeps running). */
export async function transferBack(db: Db, actor: Actor, id: number, reason: string, now: Date): Promise<FieldReportRow> {
  const row = await load(db, actor, id, 'transferBack', now);
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, WORKING, { status: 'received', unit_id: null, accepted_at: null }, now);
    await addEvent(trx, row.id, now, {
      action: 'transferred_back',
      status: 'received',
      unitId: row.unit_id,
      actorId: actor.id,
      publicNote: 'Đang chuyển lại bộ phận điều phối để giao đơn vị phù hợp.',
      internalNote: reason,
    });
    await notifyCoordinators(trx, row.city_id, row, `Phản ánh ${row.code} được chuyển trả lại`, now);
  });
  return row;
}

/** A leader moves the deadline by some working days, once, before it has passed; the reason is public. */
export async function extendDeadline(db: Db, actor: Actor, id: number, input: { workingDays: number; reason: string }, now: Date): Promise<number> {
  const row = await load(db, actor, id, 'extend', now);
  const dueDate = addWorkingDays(await loadWorkCalendar(db), row.due_date, input.workingDays);
  await db.transaction().execute(async (trx) => {
    await transition(trx, row, OPEN, { due_date: dueDate, extended_at: now.toISOString(), extended_by: actor.id, extension_days: input.workingDays, extension_reason: input.reason }, now, true);
    await addEvent(trx, row.id, now, {
      action: 'extended',
      status: row.status,
      unitId: row.unit_id,
      actorId: actor.id,
      publicNote: `Gia hạn xử lý đến hết ngày ${formatVietnameseDate(dueDate)}: ${input.reason}`,
    });
  });
  return row.id;
}
