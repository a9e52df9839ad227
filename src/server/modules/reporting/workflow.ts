// nháp → đã gửi → đã duyệt | trả lại → gửi lại; a coordinator may reopen an approved report.
// Every step checks the version (no silent overwrite), is audited, and moves the rollups with it.
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, type Localized } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { findUnitById } from '../units/service.js';
import { type FieldErrors, hasFigure, needsExplanation } from './figures.js';
import { getCalendar, getPeriod } from './periods.js';
import { submissionPolicy } from './policy.js';
import { applyToRollup } from './rollup-cells.js';
import type { SubmissionRow } from './schema.js';
import { asResource, claimVersion, figuresOf, getSubmission, previousFigures, reportedIndicators } from './submissions.js';

/** A report is complete when every indicator has a figure or a comment saying why not, and big moves are explained. */
async function checkComplete(db: Db, submission: SubmissionRow): Promise<void> {
  const period = await getPeriod(db, submission.period_id);
  const unit = await findUnitById(db, submission.unit_id);
  if (!unit) throw new AppError('NOT_FOUND');
  const indicators = await reportedIndicators(db, period, unit);
  const figures = await figuresOf(db, submission.id);
  const before = await previousFigures(db, period, unit.id);
  const { changeWarningPercent } = await getCalendar(db, period.unit_id);
  const errors: FieldErrors = {};
  for (const indicator of indicators) {
    const figure = figures.get(indicator.id);
    if (!figure || (!hasFigure(figure) && !figure.comment)) {
      errors[`figures.${indicator.code}`] = { vi: 'Chưa nhập số liệu hoặc ghi chú lý do.', en: 'Enter a figure or a comment saying why not.' };
    } else if (!figure.comment && needsExplanation(before.get(indicator.id), figure, changeWarningPercent)) {
      errors[`figures.${indicator.code}.comment`] = {
        vi: `Số liệu thay đổi hơn ${changeWarningPercent}% so với kỳ trước: cần ghi chú giải thích.`,
        en: `The figure moved more than ${changeWarningPercent}% from the previous period: add a comment.`,
      };
    }
  }
  if (Object.keys(errors).length > 0) {
    throw new AppError('VALIDATION', {
      message: { vi: 'Báo cáo chưa đủ để gửi.', en: 'The report is not ready to submit.' },
      fields: errors,
    });
  }
}

export async function submitReport(db: Db, actor: Actor, id: number, version: number, now: Date): Promise<void> {
  const submission = await getSubmission(db, id);
  submissionPolicy.authorize(actor, 'submit', asResource(submission));
  await checkComplete(db, submission);
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await claimVersion(
      trx,
      submission,
      version,
      { status: 'submitted', submitted_at: stamp, submitted_by: actor.id, first_submitted_at: submission.first_submitted_at ?? stamp, return_reason: null },
      now,
    );
    await applyToRollup(trx, submission, 'provisional', 1);
    await recordAudit(trx, stateChange(actor, submission, 'submitted', now, null));
  });
}

export async function approveReport(db: Db, actor: Actor, id: number, version: number, now: Date): Promise<void> {
  const submission = await getSubmission(db, id);
  submissionPolicy.authorize(actor, 'approve', asResource(submission));
  await db.transaction().execute(async (trx) => {
    await claimVersion(trx, submission, version, { status: 'approved', decided_at: now.toISOString(), decided_by: actor.id }, now);
    await applyToRollup(trx, submission, 'approved', 1);
    await recordAudit(trx, stateChange(actor, submission, 'approved', now, null));
  });
}

const reasonRequired: Localized = { vi: 'Cần nêu lý do.', en: 'A reason is required.' };

export async function returnReport(db: Db, actor: Actor, id: number, version: number, reason: string, now: Date): Promise<void> {
  const submission = await getSubmission(db, id);
  submissionPolicy.authorize(actor, 'return', asResource(submission));
  if (!reason.trim()) throw new AppError('VALIDATION', { message: reasonRequired, fields: { reason: reasonRequired } });
  await db.transaction().execute(async (trx) => {
    await claimVersion(trx, submission, version, { status: 'returned', decided_at: now.toISOString(), decided_by: actor.id, return_reason: reason.trim() }, now);
    await applyToRollup(trx, submission, 'provisional', -1);
    await recordAudit(trx, stateChange(actor, submission, 'returned', now, reason.trim()));
  });
}

/** Unlocks an approved report for correction: its figures leave the rollups until approved again. */
export async function reopenReport(db: Db, actor: Actor, id: number, version: number, reason: string, now: Date): Promise<void> {
  const submission = await getSubmission(db, id);
  submissionPolicy.authorize(actor, 'reopen', asResource(submission));
  if (!reason.trim()) throw new AppError('VALIDATION', { message: reasonRequired, fields: { reason: reasonRequired } });
  await db.transaction().execute(async (trx) => {
    await claimVersion(trx, submission, version, { status: 'returned', decided_at: now.toISOString(), decided_by: actor.id, return_reason: reason.trim() }, now);
    await applyToRollup(trx, submission, 'approved', -1);
    await applyToRollup(trx, submission, 'provisional', -1);
    await recordAudit(trx, stateChange(actor, submission, 'reopened', now, reason.trim()));
  });
}

function stateChange(actor: Actor, submission: SubmissionRow, action: string, now: Date, reason: string | null) {
  const status = action === 'reopened' ? 'returned' : action;
  return {
    at: now,
    actorId: actor.id,
    unitId: submission.unit_id,
    entity: 'report_submission',
    entityId: submission.id,
    action,
    changes: { status: [submission.status, status] as [unknown, unknown] },
    reason,
  };
}
