// Keeping rollup_cells in step: a submission's figures are added when it enters a stage
// (submitted → provisional, approved → approved) and taken away when it leaves it, in the
// same transaction as the state change, so a rollup reads a handful of rows and is never stale.
import { sql } from 'kysely';
import type { Db } from '../../db/index.js';
import type { RollupStage, SubmissionRow } from './schema.js';

export async function applyToRollup(db: Db, submission: SubmissionRow, stage: RollupStage, sign: 1 | -1): Promise<void> {
  const figures = await db.selectFrom('report_values').selectAll().where('submission_id', '=', submission.id).execute();
  for (const figure of figures) {
    const ratio = figure.numerator !== null && figure.denominator !== null;
    const counted = ratio || figure.value !== null || figure.met !== null || figure.done_date !== null;
    if (!counted) continue;
    const delta = {
      units: sign,
      numerator: ratio ? sign * (figure.numerator ?? 0) : 0,
      denominator: ratio ? sign * (figure.denominator ?? 0) : 0,
      value_sum: sign * (figure.value ?? 0),
      met: sign * (figure.met ?? 0),
      done: figure.done_date === null ? 0 : sign,
    };
    await db
      .insertInto('rollup_cells')
      .values({ indicator_id: figure.indicator_id, period_id: submission.period_id, stage, ...delta, latest_done_date: sign > 0 ? figure.done_date : null })
      .onConflict((conflict) =>
        conflict.columns(['indicator_id', 'period_id', 'stage']).doUpdateSet((eb) => ({
          units: eb('rollup_cells.units', '+', delta.units),
          numerator: eb('rollup_cells.numerator', '+', delta.numerator),
          denominator: eb('rollup_cells.denominator', '+', delta.denominator),
          value_sum: eb('rollup_cells.value_sum', '+', delta.value_sum),
          met: eb('rollup_cells.met', '+', delta.met),
          done: eb('rollup_cells.done', '+', delta.done),
          // Milestones have one reporting unit: its date while it is counted, none once withdrawn.
          latest_done_date:
            sign > 0
              ? sql<string | null>`coalesce(${figure.done_date}, rollup_cells.latest_done_date)`
              : sql<string | null>`case when rollup_cells.done + ${delta.done} > 0 then rollup_cells.latest_done_date else null end`,
        })),
      )
      .execute();
  }
}

/**
 * Recomputes every cell from the stored figures: after a bulk import, or to check that the
 * incremental upkeep above never drifted (the tests compare both).
 */
export async function rebuildRollupCells(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('rollup_cells').execute();
    const stages: [RollupStage, SubmissionRow['status'][]][] = [
      ['approved', ['approved']],
      ['provisional', ['submitted', 'approved']],
    ];
    for (const [stage, statuses] of stages) {
      await trx
        .insertInto('rollup_cells')
        .columns(['indicator_id', 'period_id', 'stage', 'units', 'numerator', 'denominator', 'value_sum', 'met', 'done', 'latest_done_date'])
        .expression((eb) =>
          eb
            .selectFrom('report_values as v')
            .innerJoin('report_submissions as s', 's.id', 'v.submission_id')
            .where('s.status', 'in', statuses)
            .where((w) => w.or([w('v.numerator', 'is not', null), w('v.value', 'is not', null), w('v.met', 'is not', null), w('v.done_date', 'is not', null)]))
            .groupBy(['v.indicator_id', 's.period_id'])
            .select((s) => [
              'v.indicator_id',
              's.period_id',
              sql.lit(stage).as('stage'),
              sql<number>`count(*)`.as('units'),
              sql<number>`coalesce(sum(case when v.numerator is not null and v.denominator is not null then v.numerator else 0 end), 0)`.as('numerator'),
              sql<number>`coalesce(sum(case when v.numerator is not null and v.denominator is not null then v.denominator else 0 end), 0)`.as('denominator'),
              s.fn.coalesce(s.fn.sum<number>('v.value'), sql.lit(0)).as('value_sum'),
              s.fn.coalesce(s.fn.sum<number>('v.met'), sql.lit(0)).as('met'),
              s.fn.count<number>('v.done_date').as('done'),
              s.fn.max('v.done_date').as('latest_done_date'),
            ]),
        )
        .execute();
    }
  });
}
