// Reading the reporting audit trail per unit, per report or per figure.
import type { Db } from '../../db/index.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
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
    valueIds = [value.id];
  } else if (filter.submissionId !== undefined) {
    unitId = (await getSubmission(db, filter.submissionId)).unit_id;
    valueIds = (await db.selectFrom('report_values').select('id').where('submission_id', '=', filter.submissionId).execute()).map((row) => row.id);
  }
  if (unitId === undefined) throw new AppError('VALIDATION', { fields: { unitId: { vi: 'Chọn đơn vị, báo cáo hoặc số liệu.', en: 'Choose a unit, a report or a figure.' } } });
  submissionPolicy.authorize(actor, 'read', { unitId, status: 'draft', submittedBy: null });
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select(['audit_log.id', 'at', 'entity', 'entity_id', 'action', 'changes', 'reason', 'users.username', 'users.full_name'])
    .where('audit_log.unit_id', '=', unitId)
    .where('entity', 'in', ['report_submission', 'report_value'])
    .orderBy('audit_log.id', 'desc')
    .limit(500);
  if (filter.valueId !== undefined) {
    query = query.where('entity', '=', 'report_value').where('entity_id', '=', String(filter.valueId));
  } else if (filter.submissionId !== undefined) {
    const ids = valueIds.map(String);
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'report_submission'), eb('entity_id', '=', String(filter.submissionId))]),
        ...(ids.length > 0 ? [eb.and([eb('entity', '=', 'report_value'), eb('entity_id', 'in', ids)])] : []),
      ]),
    );
  }
  const entries = await query.execute();
  const figureIds = entries.filter((entry) => entry.entity === 'report_value').map((entry) => Number(entry.entity_id));
  const codes = new Map(
    figureIds.length === 0
      ? []
      : (
          await db
            .selectFrom('report_values')
            .innerJoin('indicators', 'indicators.id', 'report_values.indicator_id')
            .select(['report_values.id', 'indicators.code'])
            .where('report_values.id', 'in', figureIds)
            .execute()
        ).map((row) => [row.id, row.code]),
  );
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.at,
    actor: entry.username === null ? null : { username: entry.username, fullName: entry.full_name ?? '' },
    entity: entry.entity,
    entityId: Number(entry.entity_id),
    indicatorCode: entry.entity === 'report_value' ? (codes.get(Number(entry.entity_id)) ?? null) : null,
    action: entry.action,
    changes: entry.changes === null ? null : (JSON.parse(entry.changes) as Record<string, [unknown, unknown]>),
    reason: entry.reason,
  }));
}
