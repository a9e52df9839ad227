// What the consolidated monthly report says (báo cáo tình hình thực hiện Kế hoạch chuyển đổi số):
// the plan's indicators by area, which units reported on time, the tasks and directives behind
// schedule, the field reports; gathered once and written out as DOCX, XLSX or PDF.
import type { VersionRef } from '../../../common/plan.js';
import type { FieldReportSummary } from '../../../common/public.js';
import type { AchievementStatus, IndicatorRollup } from '../../../common/reporting.js';
import type { ItemStatus } from '../../../common/tasks.js';
import { type IsoDate, endOfVietnamDay, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { visibleDirectives } from '../directives/service.js';
import { fieldReportSummary, planOfCity } from '../public/service.js';
import { completenessGrid } from '../reporting/completeness.js';
import { type FigureText, figureText } from '../reporting/figure-text.js';
import { ensurePeriods } from '../reporting/periods.js';
import { rollupByArea, rollupScope } from '../reporting/rollup.js';
import { delayBetween } from '../tasks/delay.js';
import { visibleTasks } from '../tasks/views.js';
import { jurisdictionOf, listUnits, resolveCity } from '../units/service.js';
import { reportPolicy } from './policy.js';

/** The headline as a number and as written (figure-text.ts). */
export type ReportFigure = FigureText;

export interface ReportIndicator {
  code: string;
  text: string;
  target: string;
  kind: IndicatorRollup['kind'];
  approved: ReportFigure;
  /** Submitted figures still awaiting approval, when they change the picture ("tạm tính"). */
  provisional: ReportFigure | null;
  status: AchievementStatus;
}

export type UnitReportState = 'on_time' | 'late' | 'missing';

export interface MonthlyReport {
  city: { code: string; name: string };
  issuer: { code: string; name: string };
  year: number;
  month: number;
  period: { dataFrom: IsoDate; dataTo: IsoDate; dueDate: IsoDate; consolidationDueDate: IsoDate };
  /** The day the report speaks of: the consolidation day, or today while it has not come. */
  asOf: IsoDate;
  withProvisional: boolean;
  /** The version of the plan whose targets the month is judged against. */
  planVersion: VersionRef | null;
  areas: { code: string; name: string; indicators: ReportIndicator[] }[];
  units: { name: string; state: UnitReportState; daysLate: number; approved: boolean }[];
  overdue: { kind: 'task' | 'directive'; title: string; unit: string; dueDate: IsoDate; status: ItemStatus; delayDays: number; delayMonths: number }[];
  fieldReports: { month: FieldReportSummary; yearToDate: FieldReportSummary };
}

function presentIndicator(rollup: IndicatorRollup): ReportIndicator {
  const approved = figureText(rollup, rollup.approved);
  const provisional = figureText(rollup, rollup.provisional);
  return {
    code: rollup.code,
    text: rollup.text,
    target: rollup.target.text,
    kind: rollup.kind,
    approved,
    provisional: provisional.text === approved.text ? null : provisional,
    status: rollup.approved.status,
  };
}

/** The office that consolidates: the unit of the city's coordinator (Phòng VHTT), else the city. */
async function issuerOf(db: Db, city: { id: number; code: string; name: string }) {
  const unit = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select(['units.code', 'units.name'])
    .where('users.role', '=', 'coordinator')
    .where('users.disabled', '=', 0)
    .where('units.parent_id', '=', city.id)
    .orderBy('units.sort_order')
    .executeTakeFirst();
  return unit ?? { code: city.code, name: city.name };
}

/** Tasks and directives of the city past their due date and not finished on `day`. */
async function overdueOn(db: Db, actor: Actor, cityId: number, day: IsoDate, asOf: Date): Promise<MonthlyReport['overdue']> {
  const inCity = jurisdictionOf(await listUnits(db), cityId);
  const { tasks } = await visibleTasks(db, actor, asOf);
  const directives = await visibleDirectives(db, actor, asOf);
  const items = [
    ...tasks.map((task) => ({ kind: 'task' as const, title: task.title, owner: task.leadUnit, dueDate: task.dueDate, status: task.status, completedOn: task.completedOn })),
    ...directives.map((directive) => ({ kind: 'directive' as const, title: directive.title, owner: directive.ownerUnit, dueDate: directive.dueDate, status: directive.status, completedOn: directive.completedOn })),
  ];
  return items
    .flatMap((item) => {
      const behind = item.dueDate !== null && item.dueDate < day && item.status !== 'cancelled' && (item.completedOn === null || item.completedOn > day);
      if (!behind || item.dueDate === null || !inCity.has(item.owner.id)) return [];
      const delay = delayBetween(item.dueDate, day);
      return [{ kind: item.kind, title: item.title, unit: item.owner.name, dueDate: item.dueDate, status: item.status, delayDays: delay.days, delayMonths: delay.months }];
    })
    .sort((a, b) => b.delayDays - a.delayDays || a.title.localeCompare(b.title, 'vi'));
}

/** Everything the report for a month says; 403 for those who may not read the city's reports. */
export async function monthlyReport(db: Db, actor: Actor, query: { city?: string | undefined; year: number; month: number }, now: Date): Promise<MonthlyReport> {
  const city = await resolveCity(db, actor, query.city);
  reportPolicy.authorize(actor, 'download', city.id);
  const plan = await planOfCity(db, { city: city.code, year: query.year }, now);
  const periods = await ensurePeriods(db, city.id, plan.year);
  const period = periods.find((candidate) => candidate.month === query.month);
  if (!period || period.data_from > vietnamDate(now)) {
    throw new AppError('VALIDATION', { message: { vi: `Kỳ báo cáo tháng ${query.month}/${query.year} chưa bắt đầu.`, en: `The ${query.month}/${query.year} period has not started.` } });
  }
  const closing = endOfVietnamDay(period.consolidation_due_date);
  const asOf = now < closing ? now : new Date(closing.getTime() - 1);
  const day = vietnamDate(asOf);
  const scope = await rollupScope(db, city.id, plan.year, period.month, asOf);
  const areas = (await rollupByArea(db, scope)).map((area) => ({ code: area.code, name: area.name, indicators: area.indicators.map(presentIndicator) }));
  const grid = await completenessGrid(db, actor, city.id, plan.year, asOf);
  const units = grid.units.map((row) => {
    const cell = row.cells.find((candidate) => candidate.month === period.month);
    const state: UnitReportState = !cell?.sent ? 'missing' : cell.daysLate > 0 ? 'late' : 'on_time';
    return { name: row.unit.name, state, daysLate: cell?.daysLate ?? 0, approved: cell?.state === 'approved' };
  });
  return {
    city: { code: city.code, name: city.name },
    issuer: await issuerOf(db, city),
    year: plan.year,
    month: period.month,
    period: { dataFrom: period.data_from, dataTo: period.data_to, dueDate: period.due_date, consolidationDueDate: period.consolidation_due_date },
    asOf: day,
    withProvisional: areas.some((area) => area.indicators.some((indicator) => indicator.provisional !== null)),
    planVersion: scope.version,
    areas,
    units,
    overdue: await overdueOn(db, actor, city.id, day, asOf),
    fieldReports: {
      month: await fieldReportSummary(db, city.id, { from: period.data_from, to: period.data_to, asOf }),
      yearToDate: await fieldReportSummary(db, city.id, { from: periods[0]?.data_from ?? period.data_from, to: period.data_to, asOf }),
    },
  };
}
