// Test support for the Operations Center: a unit's month sent (and decided) through the real workflow.
import type { ReportForm } from '../../../common/reporting.js';
import { type Session, signIn } from '../../test/harness.js';
import type { FastifyInstance } from 'fastify';
import { fullFigures, openForm, periodId } from '../reporting/testing.js';

/** The unit's officer fills every figure (ratios at `ratio`) and submits; returns the submitted form. */
export async function submitMonth(app: FastifyInstance, officer: string, unitId: number, month: number, ratio: [number, number]): Promise<ReportForm> {
  const session = await signIn(app, officer);
  const form = await openForm(session, await periodId(session, 2024, month), unitId);
  const saved = await session.request({ method: 'PUT', url: `/api/reporting/submissions/${form.submission.id}/figures`, payload: { version: form.submission.version, figures: fullFigures(form, ratio) } });
  if (saved.statusCode !== 200) throw new Error(`save: ${saved.statusCode} ${saved.body}`);
  const submitted = await session.post(`/api/reporting/submissions/${form.submission.id}/submit`, { version: saved.json<ReportForm>().submission.version });
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.statusCode} ${submitted.body}`);
  return submitted.json<ReportForm>();
}

/** The coordinator approves (or returns, with a reason) a submitted report. */
export async function decide(coordinator: Session, form: ReportForm, action: 'approve' | 'return') {
  const body = action === 'approve' ? { version: form.submission.version } : { version: form.submission.version, reason: 'Số liệu CQS-03 chưa khớp sổ theo dõi' };
  const response = await coordinator.post(`/api/reporting/submissions/${form.submission.id}/${action}`, body);
  if (response.statusCode !== 200) throw new Error(`${action}: ${response.statusCode} ${response.body}`);
  return response;
}
