// Reading a report as the form a unit fills in: its indicators by area, this and last month's figures.
import type { ReportForm } from '../../../common/reporting.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { findUnitById } from '../units/service.js';
import { presentFigure } from './figures.js';
import { getCalendar, getPeriod } from './periods.js';
import { submissionPolicy } from './policy.js';
import { presentSubmission } from './presenter.js';
import { asResource, figuresOf, getSubmission, planIdFor, previousFigures, reportedIndicators } from './submissions.js';

export async function loadForm(db: Db, actor: Actor, submissionId: number): Promise<ReportForm> {
  const submission = await getSubmission(db, submissionId);
  submissionPolicy.authorize(actor, 'read', asResource(submission));
  const period = await getPeriod(db, submission.period_id);
  const unit = await findUnitById(db, submission.unit_id);
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  const planId = await planIdFor(db, period);
  const [indicators, areas, figures, previous, calendar, evidence] = await Promise.all([
    reportedIndicators(db, period, unit),
    db.selectFrom('plan_areas').selectAll().where('plan_id', '=', planId).orderBy('number').execute(),
    figuresOf(db, submission.id),
    previousFigures(db, period, unit.id),
    getCalendar(db, period.unit_id),
    db
      .selectFrom('report_evidence')
      .leftJoin('indicators', 'indicators.id', 'report_evidence.indicator_id')
      .select(['report_evidence.id', 'file_name', 'media_type', 'size', 'indicators.code', 'report_evidence.created_at'])
      .where('submission_id', '=', submission.id)
      .orderBy('report_evidence.id')
      .execute(),
  ]);
  return {
    submission: presentSubmission(submission, unit, period, actor),
    changeWarningPercent: calendar.changeWarningPercent,
    areas: areas
      .map((area) => ({
        code: area.code,
        name: area.name,
        indicators: indicators
          .filter((indicator) => indicator.area_id === area.id)
          .map((indicator) => {
            const figure = figures.get(indicator.id);
            const before = previous.get(indicator.id);
            return {
              code: indicator.code,
              text: indicator.text,
              kind: indicator.kind,
              measureUnit: indicator.measure_unit,
              target: indicator.target,
              numeratorLabel: indicator.numerator_label,
              denominatorLabel: indicator.denominator_label,
              figure: figure ? presentFigure(figure) : null,
              previous: before ? presentFigure(before) : null,
            };
          }),
      }))
      .filter((area) => area.indicators.length > 0),
    evidence: evidence.map((file) => ({
      id: file.id,
      fileName: file.file_name,
      mediaType: file.media_type,
      size: file.size,
      indicatorCode: file.code,
      createdAt: file.created_at,
    })),
  };
}
