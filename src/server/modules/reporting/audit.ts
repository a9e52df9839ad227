// Reading the reporting audit trail per unit, per report or per figure: the general reader
// (modules/audit) under reporting's own rule of who reads a unit's reports.
import type { Db } from '../../db/index.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadReferences, parseChanges } from '../audit/references.js';
import { readAuditRows } from '../audit/service.js';
import { submissionPolicy } from './policy.js';
import { getSubmission } from './submissions.js';

export interface AuditFilter {
  unitId?: number | undefined;
  submissionId?: number | undefined;
  valueId?: number | undefined;
}

export async function listReportingAudit(db: Db, actor: Actor, filter: AuditFilter) {
  let unitId = filter.unitId;
  let valueIds: number[] = [];
  if (filter.valueId !== undefined) {
    const value = await db.selectFrom('report_values').select(['id', 'submission_id']).where('id', '=', filter.valueId).executeTakeFirst();
    if (!value) throw new AppError('NOT_FOUND');
    unitId = (await getSubmission(db, value.submission_id)).unit_id;
  } else if (filter.submissionId !== undefined) {
    unitId = (await getSubmission(db, filter.submissionId)).unit_id;
    valueIds = (await db.selectFrom('report_values').select('id').where('submission_id', '=', filter.submissionId).execute()).map((row) => row.id);
  }
  if (unitId === undefined) throw new AppError('VALIDATION', { fields: { unitId: { vi: 'Chọn đơn vị, báo cáo hoặc số liệu.', en: 'Choose a unit, a report or a figure.' } } });
  submissionPolicy.authorize(actor, 'read', { unitId, status: 'draft', submittedBy: null });
  const records =
    filter.valueId !== undefined
      ? [{ entity: 'report_value', ids: [String(filter.valueId)] }]
      : filter.submissionId !== undefined
        ? [
            { entity: 'report_submission', ids: [String(filter.submissionId)] },
            { entity: 'report_value', ids: valueIds.map(String) },
          ]
        : [{ entity: 'report_submission' }, { entity: 'report_value' }];
  const entries = await readAuditRows(db, { filedUnder: unitId, records }, 500);
  const { figures } = await loadReferences(db, entries);
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.at,
    actor: entry.actor_username === null ? null : { username: entry.actor_username, fullName: entry.actor_full_name ?? '' },
    entity: entry.entity,
    entityId: Number(entry.entity_id),
    indicatorCode: entry.entity === 'report_value' ? (figures.get(Number(entry.entity_id))?.indicatorCode ?? null) : null,
    action: entry.action,
    changes: entry.changes === null ? null : parseChanges(entry),
    reason: entry.reason,
  }));
}
