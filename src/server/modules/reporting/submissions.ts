// A unit's report for a period: opening it, reading it as a form, saving its figures.
import type { Target } from '../../../common/plan.js';
import type { FigureInput } from '../../../common/reporting.js';
import { grassrootsKinds } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import type { IndicatorRow, UnitRow } from '../../db/schema.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { AppError, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { issuedPlanId, targetsInForce } from '../plan/versions.js';
import { ancestorsOf, findUnitById, listUnits } from '../units/service.js';
import { type FieldErrors, type FigureColumns, checkFigure } from './figures.js';
import { getPeriod } from './periods.js';
import { submissionPolicy, type SubmissionResource } from './policy.js';
import type { PeriodRow, SubmissionRow } from './schema.js';

export const asResource = (submission: SubmissionRow): SubmissionResource => ({
  unitId: submission.unit_id,
  status: submission.status,
  submittedBy: submission.submitted_by,
});

export async function getSubmission(db: Db, id: number): Promise<SubmissionRow> {
  const submission = await db.selectFrom('report_submissions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!submission) throw notFound({ vi: 'báo cáo', en: 'Report' });
  return submission;
}

/** The issued plan a period reports against. */
export const planIdFor = (db: Db, period: PeriodRow): Promise<number> => issuedPlanId(db, period.unit_id, period.year);

/** The indicators a unit reports: every ward's share of "wards" indicators, or those assigned to it. */
export const reportsIndicator = (indicator: Pick<IndicatorRow, 'reporting_scope' | 'reporting_unit_id'>, unit: Pick<UnitRow, 'id' | 'kind'>) =>
  indicator.reporting_scope === 'wards' ? grassrootsKinds.includes(unit.kind) : indicator.reporting_unit_id === unit.id;

/** A unit's indicators for a period: those in force in its month, each with the target in force then. */
export async function reportedIndicators(db: Db, period: PeriodRow, unit: UnitRow): Promise<(IndicatorRow & { target: Target })[]> {
  const planId = await planIdFor(db, period);
  const [indicators, targets] = await Promise.all([
    db.selectFrom('indicators').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    targetsInForce(db, planId, period.month),
  ]);
  return indicators.flatMap((indicator) => {
    const target = targets.get(indicator.id);
    return target && reportsIndicator(indicator, unit) ? [{ ...indicator, target }] : [];
  });
}

/** The stored figures of a submission, by indicator id. */
export async function figuresOf(db: Db, submissionId: number): Promise<Map<number, FigureColumns & { id: number }>> {
  const rows = await db.selectFrom('report_values').selectAll().where('submission_id', '=', submissionId).execute();
  return new Map(rows.map((row) => [row.indicator_id, row]));
}

async function previousSubmission(db: Db, period: PeriodRow, unitId: number): Promise<SubmissionRow | undefined> {
  const [year, month] = period.month === 1 ? [period.year - 1, 12] : [period.year, period.month - 1];
  return db
    .selectFrom('report_submissions')
    .innerJoin('reporting_periods', 'reporting_periods.id', 'report_submissions.period_id')
    .selectAll('report_submissions')
    .where('reporting_periods.unit_id', '=', period.unit_id)
    .where('reporting_periods.year', '=', year)
    .where('reporting_periods.month', '=', month)
    .where('report_submissions.unit_id', '=', unitId)
    .executeTakeFirst();
}

/** The same unit's figures for the month before (empty when it did not report). */
export async function previousFigures(db: Db, period: PeriodRow, unitId: number): Promise<Map<number, FigureColumns>> {
  const previous = await previousSubmission(db, period, unitId);
  return previous ? figuresOf(db, previous.id) : new Map<number, FigureColumns>();
}

/** Opens (or finds) a unit's draft for a period; stock figures start from the previous month's. */
export async function openSubmission(db: Db, actor: Actor, input: { periodId: number; unitId: number }, now: Date): Promise<SubmissionRow> {
  const period = await getPeriod(db, input.periodId);
  const units = await listUnits(db);
  const unit = units.find((candidate) => candidate.id === input.unitId);
  if (!unit || !ancestorsOf(units, unit.id).includes(period.unit_id)) {
    throw invalidField('unitId', { vi: 'Đơn vị không thuộc thành phố của kỳ báo cáo.', en: 'The unit is not in the period’s city.' });
  }
  const existing = await db
    .selectFrom('report_submissions')
    .selectAll()
    .where('period_id', '=', period.id)
    .where('unit_id', '=', unit.id)
    .executeTakeFirst();
  if (existing) {
    submissionPolicy.authorize(actor, 'read', asResource(existing));
    return existing;
  }
  submissionPolicy.authorize(actor, 'edit', { unitId: unit.id, status: 'draft', submittedBy: null });
  const indicators = await reportedIndicators(db, period, unit);
  if (indicators.length === 0) {
    throw invalidField('unitId', { vi: 'Đơn vị này không có chỉ tiêu phải báo cáo.', en: 'This unit reports no indicator.' });
  }
  const carried = await previousFigures(db, period, unit.id);
  const stamp = now.toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('report_submissions')
      .values({ period_id: period.id, unit_id: unit.id, status: 'draft', version: 1, demo: 0, created_at: stamp, updated_at: stamp })
      .onConflict((conflict) => conflict.columns(['period_id', 'unit_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    // Someone opened the same draft a moment earlier: theirs is the one.
    if (!created) return undefined;
    const stock = indicators.filter((indicator) => indicator.measure_type === 'stock' && carried.has(indicator.id));
    if (stock.length > 0) {
      await trx
        .insertInto('report_values')
        .values(
          stock.map((indicator) => {
            const figure = carried.get(indicator.id) as FigureColumns;
            return { ...pickFigure(figure), comment: null, submission_id: created.id, indicator_id: indicator.id, updated_at: stamp, updated_by: actor.id };
          }),
        )
        .execute();
    }
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: unit.id, entity: 'report_submission', entityId: created.id, action: 'create' });
    return created.id;
  });
  return id === undefined ? openSubmission(db, actor, input, now) : getSubmission(db, id);
}

const pickFigure = (figure: FigureColumns): FigureColumns => ({
  numerator: figure.numerator,
  denominator: figure.denominator,
  value: figure.value,
  met: figure.met,
  done_date: figure.done_date,
  comment: figure.comment,
});

/** Moves a submission to its next version, or 409 when someone saved it in between. */
export async function claimVersion(
  db: Db,
  submission: SubmissionRow,
  expectedVersion: number,
  changes: Partial<Omit<SubmissionRow, 'id' | 'version'>>,
  now: Date,
): Promise<void> {
  const result = await db
    .updateTable('report_submissions')
    .set({ ...changes, version: expectedVersion + 1, updated_at: now.toISOString() })
    .where('id', '=', submission.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new AppError('CONFLICT', {
      message: {
        vi: 'Báo cáo vừa được người khác cập nhật. Hãy tải lại để xem thay đổi trước khi lưu.',
        en: 'Someone else has just updated this report. Reload to see their changes before saving.',
      },
    });
  }
}

/** Saves typed figures into a draft or returned report: all of them or, on any error, none. */
export async function saveFigures(
  db: Db,
  actor: Actor,
  submissionId: number,
  input: { version: number; figures: FigureInput[] },
  now: Date,
): Promise<void> {
  const submission = await getSubmission(db, submissionId);
  submissionPolicy.authorize(actor, 'read', asResource(submission));
  submissionPolicy.authorize(actor, 'enter', asResource(submission));
  if (submission.status === 'submitted' || submission.status === 'approved') {
    throw new AppError('CONFLICT', {
      message:
        submission.status === 'approved'
          ? { vi: 'Báo cáo đã duyệt nên đã khóa; Phòng Văn hóa và Thông tin có thể mở lại.', en: 'The report is approved and locked; the coordinator can reopen it.' }
          : { vi: 'Báo cáo đã gửi, đang chờ duyệt: không sửa được.', en: 'The report is submitted and awaiting approval: it cannot be edited.' },
    });
  }
  submissionPolicy.authorize(actor, 'edit', asResource(submission));
  const period = await getPeriod(db, submission.period_id);
  const unit = await findUnitById(db, submission.unit_id);
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  const indicators = new Map((await reportedIndicators(db, period, unit)).map((indicator) => [indicator.code, indicator]));
  const errors: FieldErrors = {};
  const checked = input.figures.map((figure) => {
    const indicator = indicators.get(figure.indicatorCode);
    if (!indicator) {
      errors[`figures.${figure.indicatorCode}`] = { vi: 'Đơn vị không báo cáo chỉ tiêu này.', en: 'This unit does not report this indicator.' };
      return undefined;
    }
    const result = checkFigure({ kind: indicator.kind, measureUnit: indicator.measure_unit }, figure);
    for (const [field, message] of Object.entries(result.errors)) errors[`figures.${indicator.code}.${field}`] = message;
    return { indicator, columns: result.columns };
  });
  if (Object.keys(errors).length > 0) {
    const names = Object.keys(errors).join(', ');
    throw new AppError('VALIDATION', { message: { vi: `Số liệu không hợp lệ: ${names}.`, en: `Invalid figures: ${names}.` }, fields: errors });
  }
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await claimVersion(trx, submission, input.version, {}, now);
    const stored = await figuresOf(trx, submission.id);
    for (const entry of checked) {
      if (!entry) continue;
      const before = stored.get(entry.indicator.id);
      if (before) {
        const changes = diff(pickFigure(before), entry.columns);
        if (Object.keys(changes).length === 0) continue;
        await trx.updateTable('report_values').set({ ...entry.columns, updated_at: stamp, updated_by: actor.id }).where('id', '=', before.id).execute();
        await recordAudit(trx, { at: now, actorId: actor.id, unitId: unit.id, entity: 'report_value', entityId: before.id, action: 'update', changes });
      } else {
        const created = await trx
          .insertInto('report_values')
          .values({ ...entry.columns, submission_id: submission.id, indicator_id: entry.indicator.id, updated_at: stamp, updated_by: actor.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        const changes = diff(pickFigure({ numerator: null, denominator: null, value: null, met: null, done_date: null, comment: null }), entry.columns);
        await recordAudit(trx, { at: now, actorId: actor.id, unitId: unit.id, entity: 'report_value', entityId: created.id, action: 'create', changes });
      }
    }
  });
}
