// Internal notes on a field report: who may read the full record (the coordinator and leaders of
// the city, the assigned unit) reads and writes them; they live in their own table, which no
// public view or Open311 reply selects.
import type { ColumnType, Generated } from 'kysely';
import type { FieldReportNote, NoteInput } from '../../../common/field-report-notes.js';
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import type { Actor } from '../../lib/policy.js';
import { unitRef } from '../tasks/presenter.js';
import { listUnits } from '../units/service.js';
import { fieldReportPolicy, reportResource } from './policy.js';
import { beforeDeadline } from './presenter.js';
import { findById } from './service.js';

export interface FieldReportNoteTable {
  id: Generated<number>;
  report_id: number;
  author_id: number;
  author_unit_id: number;
  body: string;
  created_at: ColumnType<string, string, never>;
}

declare module '../../db/schema.js' {
  interface Database {
    field_report_notes: FieldReportNoteTable;
  }
}

/** The report, once the actor is known to read it in full (403 otherwise, 404 when there is none). */
async function readableReport(db: Db, actor: Actor, reportId: number, now: Date) {
  const report = await findById(db, reportId);
  fieldReportPolicy.authorize(actor, 'read', reportResource(report, beforeDeadline(report, now)));
  return report;
}

export async function listNotes(db: Db, actor: Actor, reportId: number, now: Date): Promise<FieldReportNote[]> {
  await readableReport(db, actor, reportId, now);
  const rows = await db
    .selectFrom('field_report_notes')
    .innerJoin('users', 'users.id', 'field_report_notes.author_id')
    .select(['field_report_notes.id', 'field_report_notes.body', 'field_report_notes.author_unit_id', 'field_report_notes.created_at', 'users.full_name'])
    .where('field_report_notes.report_id', '=', reportId)
    .orderBy('field_report_notes.created_at')
    .orderBy('field_report_notes.id')
    .execute();
  const units = new Map((await listUnits(db)).map((unit) => [unit.id, unit]));
  return rows.map((row) => ({ id: row.id, body: row.body, author: row.full_name, unit: unitRef(units, row.author_unit_id), createdAt: row.created_at }));
}

/** Adds a note; the audit trail records that one was written, not what it says. */
export async function addNote(db: Db, actor: Actor, reportId: number, input: NoteInput, now: Date): Promise<void> {
  const report = await readableReport(db, actor, reportId, now);
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('field_report_notes')
      .values({ report_id: report.id, author_id: actor.id, author_unit_id: actor.unitId, body: input.body, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: report.city_id, entity: 'field_report_note', entityId: row.id, action: 'create', changes: { report_id: [null, report.id] } });
  });
}
