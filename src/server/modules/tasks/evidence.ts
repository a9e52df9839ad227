// Attachments of tasks, directives and meetings: the stored files (lib/files.ts) linked to their record.
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import type { StoredFile } from '../../lib/files.js';
import type { Actor } from '../../lib/policy.js';
import type { AttachmentRow, AttachmentTable } from './schema.js';

export async function attachFiles(db: Db, entity: AttachmentTable['entity'], entityId: number, files: StoredFile[], actor: Actor, now: Date): Promise<void> {
  if (files.length === 0) return;
  await db
    .insertInto('attachments')
    .values(
      files.map((file) => ({
        entity,
        entity_id: entityId,
        file_name: file.fileName,
        media_type: file.mediaType,
        size: file.size,
        sha256: file.sha256,
        uploaded_by: actor.id,
        created_at: now.toISOString(),
      })),
    )
    .execute();
}

export const attachmentsOf = async (db: Db, entity: AttachmentTable['entity'], ids: number[]): Promise<AttachmentRow[]> =>
  ids.length === 0 ? [] : db.selectFrom('attachments').selectAll().where('entity', '=', entity).where('entity_id', 'in', ids).orderBy('id').execute();

/** An attachment and the city whose record it belongs to, for the read check. */
export async function findAttachment(db: Db, id: number): Promise<{ file: AttachmentRow; cityId: number }> {
  const file = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  const owner =
    file?.entity === 'task_update'
      ? db.selectFrom('task_updates').innerJoin('tasks', 'tasks.id', 'task_updates.task_id').select('tasks.city_id').where('task_updates.id', '=', file.entity_id)
      : file?.entity === 'directive_update'
        ? db.selectFrom('directive_updates').innerJoin('directives', 'directives.id', 'directive_updates.directive_id').select('directives.city_id').where('directive_updates.id', '=', file.entity_id)
        : db.selectFrom('meetings').select('city_id').where('id', '=', file?.entity_id ?? -1);
  const city = await owner.executeTakeFirst();
  if (!file || !city) throw notFound({ vi: 'tệp', en: 'File' });
  return { file, cityId: city.city_id };
}
