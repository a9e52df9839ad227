// Evidence files attached to a unit's report (biên bản, screenshots, spreadsheets).
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { type Upload, withStoredFiles } from '../../lib/files.js';
import { getPeriod } from './periods.js';
import { submissionPolicy } from './policy.js';
import { asResource, getSubmission, planIdFor } from './submissions.js';

export async function attachEvidence(
  db: Db,
  dataDir: string,
  actor: Actor,
  submissionId: number,
  input: { indicatorCode?: string | undefined; uploads: Upload[] },
  now: Date,
): Promise<void> {
  const submission = await getSubmission(db, submissionId);
  submissionPolicy.authorize(actor, 'edit', asResource(submission));
  if (input.uploads.length === 0) throw invalidField('files', { vi: 'Chọn ít nhất một tệp.', en: 'Choose at least one file.' });
  let indicatorId: number | null = null;
  if (input.indicatorCode) {
    const planId = await planIdFor(db, await getPeriod(db, submission.period_id));
    const indicator = await db.selectFrom('indicators').select('id').where('plan_id', '=', planId).where('code', '=', input.indicatorCode).executeTakeFirst();
    if (!indicator) throw invalidField('indicatorCode', { vi: 'Không có chỉ tiêu này.', en: 'No such indicator.' });
    indicatorId = indicator.id;
  }
  await withStoredFiles(dataDir, input.uploads, (files) =>
    db.transaction().execute(async (trx) => {
      for (const file of files) {
        const row = await trx
          .insertInto('report_evidence')
          .values({ submission_id: submission.id, indicator_id: indicatorId, file_name: file.fileName, media_type: file.mediaType, size: file.size, sha256: file.sha256, uploaded_by: actor.id, created_at: now.toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { at: now, actorId: actor.id, unitId: submission.unit_id, entity: 'report_evidence', entityId: row.id, action: 'create', changes: { file_name: [null, file.fileName] } });
      }
    }),
  );
}

export async function findEvidence(db: Db, actor: Actor, evidenceId: number) {
  const file = await db.selectFrom('report_evidence').selectAll().where('id', '=', evidenceId).executeTakeFirst();
  if (!file) throw notFound({ vi: 'tệp minh chứng', en: 'Evidence file' });
  submissionPolicy.authorize(actor, 'read', asResource(await getSubmission(db, file.submission_id)));
  return file;
}
