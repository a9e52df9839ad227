// Progress reports on a task by its lead unit: dated text, figure, evidence; completion needs a date.
import type { ProgressInput } from '../../../common/tasks.js';
import { type IsoDate, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { diff } from '../../lib/audit.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { completionStatus, isOpen } from './delay.js';
import type { StoredFile } from '../../lib/files.js';
import { attachFiles } from './evidence.js';
import { taskPolicy, taskResource } from './policy.js';
import type { TaskRow } from './schema.js';
import { auditTask, getTask } from './service.js';

const notInFuture = (field: string) =>
  invalidField(field, { vi: 'Ngày này chưa đến.', en: 'This date is in the future.' });

/** The day a report speaks of (today by default); neither it nor a completion may be in the future. */
export function reportDay(input: { reportedOn?: IsoDate | undefined; completedOn?: IsoDate | undefined }, now: Date): IsoDate {
  const today = vietnamDate(now);
  if (input.reportedOn && input.reportedOn > today) throw notInFuture('reportedOn');
  if (input.completedOn && input.completedOn > today) throw notInFuture('completedOn');
  return input.reportedOn ?? today;
}

/** The columns every report row (task or directive) shares. */
export const reportColumns = (actor: Actor, input: { text: string; completedOn?: IsoDate | undefined }, reportedOn: IsoDate, now: Date) => ({
  unit_id: actor.unitId,
  reported_on: reportedOn,
  text: input.text,
  completed_on: input.completedOn ?? null,
  author_id: actor.id,
  demo: 0,
  created_at: now.toISOString(),
});

/** The task's new status and progress after a report. */
function afterReport(task: TaskRow, input: ProgressInput): Pick<TaskRow, 'status' | 'progress' | 'completed_on'> {
  if (input.completedOn) return { status: completionStatus(task.due_date, input.completedOn), progress: 100, completed_on: input.completedOn };
  const started = task.status === 'not_started' ? 'in_progress' : task.status;
  return { status: started, progress: input.progress ?? task.progress, completed_on: null };
}

/** Returns the task's id. */
export async function addTaskUpdate(db: Db, actor: Actor, id: number, input: ProgressInput, now: Date, files: StoredFile[] = []): Promise<number> {
  const task = await getTask(db, id);
  taskPolicy.authorize(actor, 'report', taskResource(task));
  const reportedOn = reportDay(input, now);
  const children = await db.selectFrom('tasks').select('status').where('parent_id', '=', id).where('status', '!=', 'cancelled').execute();
  if (children.length > 0 && input.progress !== undefined) {
    throw invalidField('progress', { vi: 'Tiến độ của nhiệm vụ có nhiệm vụ con được tính từ các nhiệm vụ con.', en: 'A parent’s progress comes from its sub-tasks.' });
  }
  if (input.completedOn && children.some((child) => isOpen(child.status))) {
    throw invalidField('completedOn', { vi: 'Còn nhiệm vụ con chưa hoàn thành.', en: 'Some sub-tasks are still open.' });
  }
  const next = afterReport(task, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('task_updates')
      .values({
        ...reportColumns(actor, input, reportedOn, now),
        task_id: id,
        progress: input.completedOn ? 100 : (input.progress ?? null),
        figure: input.figure ?? null,
        figure_unit: input.figureUnit ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachFiles(trx, 'task_update', row.id, files, actor, now);
    await trx.updateTable('tasks').set({ ...next, updated_at: now.toISOString() }).where('id', '=', id).execute();
    await auditTask(trx, actor, task, now, input.completedOn ? 'complete' : 'report', { ...diff(task, next), update_id: [null, row.id] });
    return id;
  });
}
