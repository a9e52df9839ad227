// Directives: assigned from a meeting's conclusions, reported on by their owner unit, completed
// with a date and a result; every change in the audit trail.
import type { Directive, DirectiveFilter, DirectiveInput, DirectivePatch, DirectiveReport } from '../../../common/tasks.js';
import { matchesSearch } from '../../../common/text.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { completionStatus } from '../tasks/delay.js';
import type { StoredFile } from '../../lib/files.js';
import { attachFiles, attachmentsOf } from '../tasks/evidence.js';
import { presentReport, unitRef } from '../tasks/presenter.js';
import { reportColumns, reportDay } from '../tasks/progress.js';
import { jurisdictionOf, listUnits } from '../units/service.js';
import { directivePolicy, directiveResource } from './policy.js';
import { type DirectiveContext, presentDirective } from './presenter.js';
import type { DirectiveRow } from './schema.js';

async function getDirectiveRow(db: Db, id: number): Promise<DirectiveRow> {
  const directive = await db.selectFrom('directives').selectAll().where('id', '=', id).executeTakeFirst();
  if (!directive) throw notFound({ vi: 'chỉ đạo', en: 'Directive' });
  return directive;
}

export const auditDirective = (db: Db, actor: Actor, directive: Pick<DirectiveRow, 'id' | 'owner_unit_id'>, now: Date, action: string, changes: Record<string, [unknown, unknown]>) =>
  recordAudit(db, { at: now, actorId: actor.id, unitId: directive.owner_unit_id, entity: 'directive', entityId: directive.id, action, changes });

async function loadDirectiveContext(db: Db, actor: Actor, directives: DirectiveRow[], now: Date): Promise<DirectiveContext> {
  const ids = directives.map((directive) => directive.id);
  const conclusionIds = [...new Set(directives.map((directive) => directive.conclusion_id))];
  const [units, conclusions, links] = await Promise.all([
    listUnits(db),
    conclusionIds.length === 0 ? [] : db.selectFrom('conclusions').selectAll().where('id', 'in', conclusionIds).execute(),
    ids.length === 0
      ? []
      : db
          .selectFrom('directive_tasks')
          .innerJoin('tasks', 'tasks.id', 'directive_tasks.task_id')
          .select(['directive_tasks.directive_id', 'tasks.id', 'tasks.code', 'tasks.title', 'tasks.status'])
          .where('directive_tasks.directive_id', 'in', ids)
          .orderBy('tasks.id')
          .execute(),
  ]);
  const tasks = new Map<number, Directive['tasks']>();
  for (const { directive_id: directiveId, ...task } of links) tasks.set(directiveId, [...(tasks.get(directiveId) ?? []), task]);
  return {
    actor,
    today: vietnamDate(now),
    units: new Map(units.map((unit) => [unit.id, unit])),
    conclusions: new Map(conclusions.map((conclusion) => [conclusion.id, conclusion])),
    tasks,
  };
}

/** The directives of the cities an actor sees, in register order. */
const directivesOfCities = (db: Db, cityIds: Iterable<number>) =>
  db.selectFrom('directives').selectAll().where('city_id', 'in', [...cityIds, -1]).orderBy('meeting_id').orderBy('conclusion_id').orderBy('id').execute();

export async function visibleDirectives(db: Db, actor: Actor, now: Date): Promise<Directive[]> {
  const rows = await directivesOfCities(db, actor.jurisdiction);
  const ctx = await loadDirectiveContext(db, actor, rows, now);
  return rows.map((row) => presentDirective(row, ctx));
}

export async function listDirectives(db: Db, actor: Actor, filter: DirectiveFilter, now: Date): Promise<Directive[]> {
  const q = filter.q?.trim();
  return (await visibleDirectives(db, actor, now)).filter(
    (directive) =>
      (filter.meetingId === undefined || directive.meetingId === filter.meetingId) &&
      (filter.unitId === undefined || directive.ownerUnit.id === filter.unitId) &&
      (filter.status === undefined || directive.status === filter.status) &&
      (filter.overdue === undefined || directive.timing.overdue === filter.overdue) &&
      (!q || matchesSearch(`${directive.title} ${directive.content ?? ''} ${directive.ownerUnit.name} ${directive.conclusion.text}`, q)),
  );
}

/** Checks what a directive names: its owner in the city, its tasks in the city, a date or "thường xuyên". */
export async function checkDirectiveInput(db: Db, cityId: number, input: Partial<DirectiveInput>, field = (name: string) => name): Promise<void> {
  const city = jurisdictionOf(await listUnits(db), cityId);
  if (input.ownerUnitId !== undefined && !city.has(input.ownerUnitId)) {
    throw invalidField(field('ownerUnitId'), { vi: 'Đơn vị được giao không thuộc thành phố.', en: 'The owner unit is not in the city.' });
  }
  if (input.standing && input.dueDate) {
    throw invalidField(field('dueDate'), { vi: 'Chỉ đạo thường xuyên không có hạn.', en: 'A standing directive has no due date.' });
  }
  const taskIds = [...new Set(input.taskIds ?? [])];
  if (taskIds.length === 0) return;
  const found = await db.selectFrom('tasks').select('id').where('id', 'in', taskIds).where('city_id', '=', cityId).execute();
  if (found.length !== taskIds.length) throw invalidField(field('taskIds'), { vi: 'Nhiệm vụ không thuộc thành phố.', en: 'A task is not in the city.' });
}

export async function updateDirective(db: Db, actor: Actor, id: number, patch: DirectivePatch, now: Date): Promise<number> {
  const directive = await getDirectiveRow(db, id);
  directivePolicy.authorize(actor, 'manage', directiveResource(directive));
  await checkDirectiveInput(db, directive.city_id, patch);
  // A date ends "thường xuyên"; "thường xuyên" clears the date.
  const standing = patch.standing ?? (patch.dueDate ? false : directive.standing === 1);
  const reopening = patch.status !== undefined && (directive.status === 'done' || directive.status === 'done_late');
  const changes = diff(directive, {
    title: patch.title,
    content: patch.content === undefined ? undefined : patch.content || null,
    owner_unit_id: patch.ownerUnitId,
    due_date: standing ? null : patch.dueDate,
    standing: Number(standing),
    status: patch.status,
    completed_on: reopening ? null : undefined,
    result: reopening ? null : undefined,
    note: patch.note === undefined ? undefined : patch.note || null,
  });
  const before = (await db.selectFrom('directive_tasks').select('task_id').where('directive_id', '=', id).execute()).map((row) => row.task_id);
  const after = patch.taskIds === undefined ? before : [...new Set(patch.taskIds)];
  if ([...before].sort().join() !== [...after].sort().join()) changes.task_ids = [before, after];
  if (Object.keys(changes).length === 0) return id;
  const values = Object.fromEntries(Object.entries(changes).filter(([key]) => key !== 'task_ids').map(([key, [, value]]) => [key, value]));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('directives').set({ ...values, updated_at: now.toISOString() }).where('id', '=', id).execute();
    if (changes.task_ids) {
      await trx.deleteFrom('directive_tasks').where('directive_id', '=', id).execute();
      if (after.length > 0) await trx.insertInto('directive_tasks').values(after.map((taskId) => ({ directive_id: id, task_id: taskId }))).execute();
    }
    await auditDirective(trx, actor, directive, now, 'update', changes);
  });
  return id;
}

/** A follow-up report by the owner unit; with a completion date (and then a result) it closes the directive. */
export async function addDirectiveReport(db: Db, actor: Actor, id: number, input: DirectiveReport, now: Date, files: StoredFile[] = []): Promise<number> {
  const directive = await getDirectiveRow(db, id);
  directivePolicy.authorize(actor, 'report', directiveResource(directive));
  const reportedOn = reportDay(input, now);
  if (input.completedOn && !input.result) throw invalidField('result', { vi: 'Báo hoàn thành phải nêu kết quả.', en: 'A completion needs its result.' });
  if (input.result && !input.completedOn) throw invalidField('completedOn', { vi: 'Kết quả đi kèm ngày hoàn thành.', en: 'A result needs the completion date.' });
  const next = input.completedOn
    ? { status: completionStatus(directive.due_date, input.completedOn), completed_on: input.completedOn, result: input.result ?? null }
    : { status: directive.status === 'not_started' ? ('in_progress' as const) : directive.status };
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('directive_updates')
      .values({
        ...reportColumns(actor, input, reportedOn, now),
        directive_id: id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachFiles(trx, 'directive_update', row.id, files, actor, now);
    await trx.updateTable('directives').set({ ...next, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await auditDirective(trx, actor, directive, now, input.completedOn ? 'complete' : 'report', { ...diff(directive, next), update_id: [null, row.id] });
  });
  return id;
}

export async function getDirectiveDetail(db: Db, actor: Actor, id: number, now: Date) {
  const directive = await getDirectiveRow(db, id);
  directivePolicy.authorize(actor, 'read', directiveResource(directive));
  const ctx = await loadDirectiveContext(db, actor, [directive], now);
  const updates = await db
    .selectFrom('directive_updates')
    .leftJoin('users', 'users.id', 'directive_updates.author_id')
    .selectAll('directive_updates')
    .select('users.full_name as author')
    .where('directive_id', '=', id)
    .orderBy('reported_on', 'desc')
    .orderBy('directive_updates.id', 'desc')
    .execute();
  const files = await attachmentsOf(db, 'directive_update', updates.map((update) => update.id));
  return {
    ...presentDirective(directive, ctx),
    updates: updates.map((update) =>
      presentReport(update, unitRef(ctx.units, update.unit_id), update.author, files.filter((file) => file.entity_id === update.id)),
    ),
  };
}
