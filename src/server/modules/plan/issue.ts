// Recording a version of a plan: the issuing decision (version 1, which opens the year's reporting
// periods) or an amendment, each with its signed document and the targets it sets from its month on.
import type { PlanChange, PlanVersionKind } from '../../../common/plan.js';
import type { Db } from '../../db/index.js';
import type { PlanRow } from '../../db/schema.js';
import type { StoredFile } from '../../lib/files.js';
import { ensurePeriods } from '../reporting/periods.js';

export interface Decision {
  decisionNumber: string | null;
  decisionDate: string | null;
  signer: string | null;
  document: StoredFile | null;
}

export interface VersionInput extends Decision {
  kind: PlanVersionKind;
  effectiveMonth: number;
  reason: string | null;
  retroactive: boolean;
  changes: PlanChange[];
  /** The indicators whose target the version sets (all of them when issuing). */
  indicatorIds: number[];
}

/** Adds the next version and its targets, taken from the indicators as they now stand. */
export async function insertVersion(trx: Db, planId: number, input: VersionInput, actorId: number | null, now: Date): Promise<number> {
  const last = await trx.selectFrom('plan_versions').select((eb) => eb.fn.max<number>('number').as('number')).where('plan_id', '=', planId).executeTakeFirst();
  const version = await trx
    .insertInto('plan_versions')
    .values({
      plan_id: planId,
      number: (last?.number ?? 0) + 1,
      kind: input.kind,
      decision_number: input.decisionNumber,
      decision_date: input.decisionDate,
      signer: input.signer,
      effective_month: input.effectiveMonth,
      reason: input.reason,
      changes: input.changes.length > 0 ? JSON.stringify(input.changes) : null,
      retroactive: input.retroactive ? 1 : 0,
      document_name: input.document?.fileName ?? null,
      document_size: input.document?.size ?? null,
      document_sha256: input.document?.sha256 ?? null,
      created_by: actorId,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.indicatorIds.length > 0) {
    const indicators = await trx
      .selectFrom('indicators')
      .select(['id', 'target_text', 'target_value', 'target_comparator', 'target_due_date'])
      .where('id', 'in', input.indicatorIds)
      .execute();
    await trx
      .insertInto('indicator_targets')
      .values(
        indicators.map((indicator) => ({
          indicator_id: indicator.id,
          version_id: version.id,
          from_month: input.effectiveMonth,
          text: indicator.target_text,
          value: indicator.target_value,
          comparator: indicator.target_comparator,
          due_date: indicator.target_due_date,
        })),
      )
      .execute();
  }
  return version.id;
}

/** Issues a draft: version 1 from January, every target, and (for a city) the year's twelve periods. */
export async function recordIssue(trx: Db, plan: PlanRow, decision: Decision, actorId: number | null, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await trx
    .updateTable('plans')
    .set({ status: 'issued', decision_number: decision.decisionNumber, decision_date: decision.decisionDate, signer: decision.signer, issued_at: stamp, issued_by: actorId, updated_at: stamp })
    .where('id', '=', plan.id)
    .execute();
  const indicators = await trx.selectFrom('indicators').select('id').where('plan_id', '=', plan.id).execute();
  await insertVersion(
    trx,
    plan.id,
    { ...decision, kind: 'issue', effectiveMonth: 1, reason: null, retroactive: false, changes: [], indicatorIds: indicators.map((indicator) => indicator.id) },
    actorId,
    now,
  );
  const unit = await trx.selectFrom('units').select('kind').where('id', '=', plan.unit_id).executeTakeFirstOrThrow();
  // A province's plan is followed through its cities' figures; only a city reports month by month.
  if (unit.kind === 'city') await ensurePeriods(trx, plan.unit_id, plan.year);
}
