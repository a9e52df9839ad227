// Demo figures for 2024 (marked demo = 1): every month for every reporting unit, mostly approved,
// some late, some returned, the last months still in progress. Deterministic: the same data on
// every machine, so screenshots and browser tests see the same city.
import type { IndicatorRow, UnitRow } from '../schema.js';
import type { Db } from '../index.js';
import { reportingUnits } from '../../modules/reporting/completeness.js';
import type { FigureColumns } from '../../modules/reporting/figures.js';
import { ensurePeriods } from '../../modules/reporting/periods.js';
import { applyToRollup } from '../../modules/reporting/rollup-cells.js';
import type { SubmissionStatus } from '../../../common/reporting.js';
import { reportsIndicator } from '../../modules/reporting/submissions.js';
import { addDays, startOfVietnamDay } from '../../../common/vietnam-time.js';
import { CITY_CODE, COORDINATOR_UNIT_CODE } from './units-vungtau.js';

/** mulberry32: a small seeded generator, enough for plausible demo figures. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hash = (text: string) => [...text].reduce((sum, char) => (Math.imul(sum, 31) + char.charCodeAt(0)) >>> 0, 7);

/** How a unit's month ends up: mostly approved; late, returned, pending in a plausible mix. */
function monthOutcome(random: () => number, month: number): { status: SubmissionStatus | null; late: number; returnedOnce: boolean } {
  const roll = random();
  if (month === 12) return { status: roll < 0.35 ? null : roll < 0.55 ? 'draft' : roll < 0.85 ? 'submitted' : 'returned', late: 0, returnedOnce: false };
  if (month === 11) return { status: roll < 0.6 ? 'approved' : roll < 0.85 ? 'submitted' : 'returned', late: roll > 0.9 ? 2 : 0, returnedOnce: false };
  return { status: 'approved', late: roll < 0.12 ? 1 + Math.floor(random() * 5) : 0, returnedOnce: roll > 0.93 };
}

/** A figure for one unit and month: a share that moves from a start level towards (or past) the target. */
function demoFigure(indicator: IndicatorRow, unit: UnitRow, month: number, random: () => number): FigureColumns {
  const empty: FigureColumns = { numerator: null, denominator: null, value: null, met: null, done_date: null, comment: null };
  const seed = seededRandom(hash(`${indicator.code}|${unit.code}`));
  const target = indicator.target_value ?? 100;
  const start = Math.min(100, target * (0.7 + seed() * 0.3));
  const end = Math.min(100, target * (0.95 + seed() * 0.3));
  const share = Math.max(0, Math.min(100, start + ((end - start) * month) / 12 + (random() - 0.5) * 4));
  switch (indicator.kind) {
    case 'ratio': {
      const denominator = Math.round((indicator.measure_type === 'flow' ? 60 : 2_000) * (0.5 + seed() * 1.5));
      return { ...empty, numerator: Math.round((denominator * share) / 100), denominator };
    }
    case 'value':
      return { ...empty, value: Math.round((target * (0.7 + (0.3 * month) / 12)) * 10) / 10 };
    case 'unit_count':
      return { ...empty, met: month >= 2 + Math.floor(seed() * 14) ? 1 : 0 };
    case 'milestone':
      // The OC opened late (the documents already call it 5 months behind); the rest is in progress.
      return indicator.target_due_date === '2024-06-30' && month >= 10
        ? { ...empty, done_date: '2024-09-20' }
        : { ...empty, comment: 'Đang triển khai' };
  }
}

export async function seedReportingDemo(db: Db): Promise<void> {
  const city = await db.selectFrom('units').selectAll().where('code', '=', CITY_CODE).executeTakeFirst();
  const plan = city && (await db.selectFrom('plans').select('id').where('unit_id', '=', city.id).where('year', '=', 2024).executeTakeFirst());
  if (!city || !plan) return;
  const already = await db.selectFrom('report_submissions').select('id').where('demo', '=', 1).limit(1).executeTakeFirst();
  if (already) return;
  const periods = await ensurePeriods(db, city.id, 2024);
  const units = await reportingUnits(db, city.id, 2024);
  const indicators = await db.selectFrom('indicators').selectAll().where('plan_id', '=', plan.id).execute();
  const users = await db.selectFrom('users').innerJoin('units', 'units.id', 'users.unit_id').select(['users.id', 'units.code', 'users.role']).execute();
  const officerOf = (code: string) => users.find((user) => user.code === code)?.id ?? null;
  const coordinator = officerOf(COORDINATOR_UNIT_CODE);
  const random = seededRandom(2024);

  await db.transaction().execute(async (trx) => {
    for (const period of periods) {
      for (const unit of units) {
        const outcome = monthOutcome(random, period.month);
        if (outcome.status === null) continue;
        const sent = new Date(startOfVietnamDay(addDays(period.due_date, outcome.late - 1)).getTime() + 15 * 3_600_000);
        const isSent = outcome.status !== 'draft';
        const submission = await trx
          .insertInto('report_submissions')
          .values({
            period_id: period.id,
            unit_id: unit.id,
            status: outcome.status,
            version: outcome.returnedOnce ? 5 : 3,
            first_submitted_at: isSent ? sent.toISOString() : null,
            submitted_at: isSent ? new Date(sent.getTime() + (outcome.returnedOnce ? 2 * 86_400_000 : 0)).toISOString() : null,
            submitted_by: isSent ? officerOf(unit.code) : null,
            decided_at: outcome.status === 'approved' || outcome.status === 'returned' ? new Date(sent.getTime() + 3 * 86_400_000).toISOString() : null,
            decided_by: outcome.status === 'approved' || outcome.status === 'returned' ? coordinator : null,
            return_reason: outcome.status === 'returned' ? 'Số liệu chưa khớp với hệ thống một cửa, đề nghị rà soát lại (dữ liệu demo).' : null,
            demo: 1,
            created_at: sent.toISOString(),
            updated_at: sent.toISOString(),
          })
          .returning(['id', 'period_id'])
          .executeTakeFirstOrThrow();
        const figures = indicators
          .filter((indicator) => reportsIndicator(indicator, unit))
          .map((indicator) => ({
            ...demoFigure(indicator, unit, period.month, random),
            submission_id: submission.id,
            indicator_id: indicator.id,
            updated_at: sent.toISOString(),
            updated_by: officerOf(unit.code),
          }));
        if (figures.length > 0) await trx.insertInto('report_values').values(figures).execute();
        const row = await trx.selectFrom('report_submissions').selectAll().where('id', '=', submission.id).executeTakeFirstOrThrow();
        if (outcome.status === 'submitted' || outcome.status === 'approved') await applyToRollup(trx, row, 'provisional', 1);
        if (outcome.status === 'approved') await applyToRollup(trx, row, 'approved', 1);
      }
    }
  });
}
