// Steering-committee meetings: recorded with their minutes, their conclusions turned into directives.
import type { Directive, DirectiveInput, Meeting } from '../../../common/tasks.js';
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import type { StoredFile } from '../../lib/files.js';
import { attachFiles, attachmentsOf } from '../tasks/evidence.js';
import { authored } from '../tasks/schema.js';
import { resolveCity } from '../units/service.js';
import { meetingPolicy } from './policy.js';
import { presentMeeting } from './presenter.js';
import type { MeetingRow } from './schema.js';
import { auditDirective, checkDirectiveInput, visibleDirectives } from './service.js';

async function getMeetingRow(db: Db, id: number): Promise<MeetingRow> {
  const meeting = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!meeting) throw notFound({ vi: 'cuộc họp', en: 'Meeting' });
  return meeting;
}

const auditMeeting = (db: Db, actor: Actor, meeting: Pick<MeetingRow, 'id' | 'city_id'>, now: Date, action: string, changes: Record<string, [unknown, unknown]>) =>
  recordAudit(db, { at: now, actorId: actor.id, unitId: meeting.city_id, entity: 'meeting', entityId: meeting.id, action, changes });

export async function listMeetings(db: Db, actor: Actor, now: Date): Promise<Meeting[]> {
  const meetings = await db.selectFrom('meetings').selectAll().where('city_id', 'in', [...actor.jurisdiction, -1]).orderBy('held_on', 'desc').orderBy('id', 'desc').execute();
  const [directives, files] = await Promise.all([visibleDirectives(db, actor, now), attachmentsOf(db, 'meeting', meetings.map((meeting) => meeting.id))]);
  return meetings.map((meeting) =>
    presentMeeting(meeting, directives.filter((directive) => directive.meetingId === meeting.id), files.filter((file) => file.entity_id === meeting.id), actor),
  );
}

/** The directive register of one meeting: its conclusions in order, each with its directives. */
export async function getMeetingDetail(db: Db, actor: Actor, id: number, now: Date) {
  const meeting = await getMeetingRow(db, id);
  meetingPolicy.authorize(actor, 'read', meeting.city_id);
  const [conclusions, all, files] = await Promise.all([
    db.selectFrom('conclusions').selectAll().where('meeting_id', '=', id).orderBy('id').execute(),
    visibleDirectives(db, actor, now),
    attachmentsOf(db, 'meeting', [id]),
  ]);
  const directives = all.filter((directive) => directive.meetingId === id);
  return {
    ...presentMeeting(meeting, directives, files, actor),
    conclusions: conclusions.map((conclusion) => ({
      id: conclusion.id,
      number: conclusion.number,
      heading: conclusion.heading,
      text: conclusion.text,
      directives: directives.filter((directive: Directive) => directive.conclusion.id === conclusion.id),
    })),
  };
}

export interface MeetingInput {
  title: string;
  heldOn: string;
  place?: string | null | undefined;
  chair?: string | null | undefined;
  attendees: string[];
  minutes?: string | null | undefined;
}

export async function createMeeting(db: Db, actor: Actor, input: MeetingInput, now: Date): Promise<number> {
  const city = await resolveCity(db, actor);
  meetingPolicy.authorize(actor, 'manage', city.id);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('meetings')
      .values({
        city_id: city.id,
        code: null,
        title: input.title,
        held_on: input.heldOn,
        place: input.place || null,
        chair: input.chair || null,
        attendees: JSON.stringify(input.attendees),
        minutes: input.minutes || null,
        ...authored(actor.id, now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditMeeting(trx, actor, { id: row.id, city_id: city.id }, now, 'create', { title: [null, input.title], held_on: [null, input.heldOn] });
    return row.id;
  });
}

export interface ConclusionInput {
  number: string;
  heading?: string | null | undefined;
  text: string;
  directives: DirectiveInput[];
}

/** A conclusion and the directives it becomes, in one transaction. */
export async function addConclusion(db: Db, actor: Actor, meetingId: number, input: ConclusionInput, now: Date): Promise<number> {
  const meeting = await getMeetingRow(db, meetingId);
  meetingPolicy.authorize(actor, 'manage', meeting.city_id);
  for (const [index, directive] of input.directives.entries()) {
    await checkDirectiveInput(db, meeting.city_id, directive, (name) => `directives.${index}.${name}`);
  }
  await db.transaction().execute(async (trx) => {
    const conclusion = await trx
      .insertInto('conclusions')
      .values({ meeting_id: meetingId, number: input.number, heading: input.heading || null, text: input.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const directive of input.directives) {
      const row = await trx
        .insertInto('directives')
        .values({
          city_id: meeting.city_id,
          meeting_id: meetingId,
          conclusion_id: conclusion.id,
          title: directive.title,
          content: directive.content || null,
          owner_unit_id: directive.ownerUnitId,
          due_date: directive.standing ? null : (directive.dueDate ?? null),
          standing: Number(directive.standing),
          status: 'not_started',
          result: null,
          completed_on: null,
          note: directive.note || null,
          ...authored(actor.id, now),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const taskIds = [...new Set(directive.taskIds)];
      if (taskIds.length > 0) await trx.insertInto('directive_tasks').values(taskIds.map((taskId) => ({ directive_id: row.id, task_id: taskId }))).execute();
      await auditDirective(trx, actor, { id: row.id, owner_unit_id: directive.ownerUnitId }, now, 'create', {
        title: [null, directive.title],
        owner_unit_id: [null, directive.ownerUnitId],
        due_date: [null, directive.dueDate ?? null],
        task_ids: [null, taskIds],
      });
    }
  });
  return meetingId;
}

/** The minutes as a file (PDF or scan), kept beside the minutes' text. */
export async function attachMinutes(db: Db, actor: Actor, meetingId: number, files: StoredFile[], now: Date): Promise<number> {
  const meeting = await getMeetingRow(db, meetingId);
  meetingPolicy.authorize(actor, 'manage', meeting.city_id);
  if (files.length === 0) throw invalidField('files', { vi: 'Chưa chọn tệp biên bản.', en: 'No minutes file.' });
  await db.transaction().execute(async (trx) => {
    await attachFiles(trx, 'meeting', meetingId, files, actor, now);
    await auditMeeting(trx, actor, meeting, now, 'attach_minutes', { files: [null, files.map((file) => file.fileName)] });
  });
  return meetingId;
}
