// Who has reported, on time or late, who is missing or was returned: the coordinator's view.
import type { Db } from '../../db/index.js';
import type { UnitRow } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { findIssuedPlan } from '../plan/versions.js';
import { listUnits } from '../units/service.js';
import { daysLate } from './calendar.js';
import { ensurePeriods } from './periods.js';
import { consolidationPolicy } from './policy.js';
import { presentPeriod, presentSubmission } from './presenter.js';
import { reportsIndicator } from './submissions.js';

/** The city's units that report at least one indicator of its issued plan for the year. */
export async function reportingUnits(db: Db, cityId: number, year: number): Promise<UnitRow[]> {
  const plan = await findIssuedPlan(db, cityId, year);
  if (!plan) return [];
  const indicators = await db.selectFrom('indicators').select(['reporting_scope', 'reporting_unit_id']).where('plan_id', '=', plan.id).execute();
  return (await listUnits(db)).filter((unit) => unit.parent_id === cityId && indicators.some((indicator) => reportsIndicator(indicator, unit)));
}

export type CellState = 'missing' | 'draft' | 'submitted' | 'approved' | 'returned';

export async function completenessGrid(db: Db, actor: Actor, cityId: number, year: number, now: Date) {
  consolidationPolicy.authorize(actor, 'view', cityId);
  const periods = await ensurePeriods(db, cityId, year);
  const units = await reportingUnits(db, cityId, year);
  const submissions = await db
    .selectFrom('report_submissions')
    .selectAll()
    .where('period_id', 'in', periods.map((period) => period.id))
    .execute();
  const key = (periodId: number, unitId: number) => `${periodId}:${unitId}`;
  const byKey = new Map(submissions.map((submission) => [key(submission.period_id, submission.unit_id), submission]));
  return {
    periods: periods.map(presentPeriod),
    units: units.map((unit) => ({
      unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
      cells: periods.map((period) => {
        const submission = byKey.get(key(period.id, unit.id));
        const state: CellState = submission?.status ?? 'missing';
        const sentAt = submission?.first_submitted_at ?? null;
        // Not yet sent: late by the days past the due day as of now (0 while there is still time).
        const late = sentAt === null ? daysLate(now, period.due_date) : daysLate(new Date(sentAt), period.due_date);
        return { periodId: period.id, month: period.month, state, submissionId: submission?.id ?? null, sent: sentAt !== null, daysLate: late };
      }),
    })),
  };
}

/** Reports waiting for a decision, oldest first. */
export async function approvalQueue(db: Db, actor: Actor, cityId: number) {
  consolidationPolicy.authorize(actor, 'view', cityId);
  const periods = new Map((await db.selectFrom('reporting_periods').selectAll().where('unit_id', '=', cityId).execute()).map((period) => [period.id, period]));
  if (periods.size === 0) return [];
  const units = new Map((await listUnits(db)).map((unit) => [unit.id, unit]));
  const waiting = await db
    .selectFrom('report_submissions')
    .selectAll()
    .where('status', '=', 'submitted')
    .where('period_id', 'in', [...periods.keys()])
    .orderBy('submitted_at')
    .execute();
  return waiting.flatMap((submission) => {
    const unit = units.get(submission.unit_id);
    const period = periods.get(submission.period_id);
    return unit && period ? [presentSubmission(submission, unit, period, actor)] : [];
  });
}

/** The actor's own unit, month by month: its report (if opened) for each period of the year. */
export async function myReports(db: Db, actor: Actor, cityId: number, year: number) {
  const periods = await ensurePeriods(db, cityId, year);
  const unit = (await listUnits(db)).find((candidate) => candidate.id === actor.unitId);
  const reports = (await reportingUnits(db, cityId, year)).some((candidate) => candidate.id === actor.unitId);
  if (!unit || !reports) return { unit: null, periods: periods.map((period) => ({ period: presentPeriod(period), submission: null })) };
  const submissions = await db
    .selectFrom('report_submissions')
    .selectAll()
    .where('unit_id', '=', unit.id)
    .where('period_id', 'in', periods.map((period) => period.id))
    .execute();
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    periods: periods.map((period) => {
      const submission = submissions.find((candidate) => candidate.period_id === period.id);
      return { period: presentPeriod(period), submission: submission ? presentSubmission(submission, unit, period, actor) : null };
    }),
  };
}
