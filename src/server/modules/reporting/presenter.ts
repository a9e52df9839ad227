import type { Period, SubmissionSummary } from '../../../common/reporting.js';
import type { UnitRow } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { daysLate } from './calendar.js';
import { submissionPolicy } from './policy.js';
import type { PeriodRow, SubmissionRow } from './schema.js';
import { asResource } from './submissions.js';

export const presentPeriod = (period: PeriodRow): Period => ({
  id: period.id,
  year: period.year,
  month: period.month,
  dataFrom: period.data_from,
  dataTo: period.data_to,
  dueDate: period.due_date,
  consolidationDueDate: period.consolidation_due_date,
});

export const presentSubmission = (submission: SubmissionRow, unit: UnitRow, period: PeriodRow, actor: Actor): SubmissionSummary => ({
  id: submission.id,
  status: submission.status,
  version: submission.version,
  unit: { id: unit.id, code: unit.code, name: unit.name },
  period: presentPeriod(period),
  firstSubmittedAt: submission.first_submitted_at,
  submittedAt: submission.submitted_at,
  decidedAt: submission.decided_at,
  returnReason: submission.return_reason,
  daysLate: submission.first_submitted_at === null ? null : daysLate(new Date(submission.first_submitted_at), period.due_date),
  demo: submission.demo === 1,
  actions: submissionPolicy.actions(actor, asResource(submission)),
});
