// Test support for reporting: periods by month, opening forms, and figures that pass validation.
import type { ReportForm } from '../../../common/reporting.js';
import type { Session } from '../../test/harness.js';

export async function periodId(session: Session, year: number, month: number): Promise<number> {
  const periods = (await session.get(`/api/reporting/periods?year=${year}`)).json<{ id: number; month: number }[]>();
  const period = periods.find((candidate) => candidate.month === month);
  if (!period) throw new Error(`no period ${month}/${year}`);
  return period.id;
}

export async function openForm(session: Session, period: number, unitId: number): Promise<ReportForm> {
  const response = await session.post('/api/reporting/submissions', { periodId: period, unitId });
  if (response.statusCode !== 200) throw new Error(`open form: ${response.statusCode} ${response.body}`);
  return response.json<ReportForm>();
}

/** A valid figure for every indicator of a form; `ratio` sets every ratio's numerator/denominator. */
export function fullFigures(form: ReportForm, ratio: [number, number] = [60, 100]) {
  return form.areas.flatMap((area) =>
    area.indicators.map((indicator) => {
      switch (indicator.kind) {
        case 'ratio':
          return { indicatorCode: indicator.code, numerator: ratio[0], denominator: ratio[1] };
        case 'unit_count':
          return { indicatorCode: indicator.code, met: true };
        case 'value':
          return { indicatorCode: indicator.code, value: 12.5 };
        case 'milestone':
          return { indicatorCode: indicator.code, doneDate: null, comment: 'Đang triển khai' };
      }
    }),
  );
}
