// A city's indicators for a month: values from rollup_cells (kept live by the workflow), and the
// breakdown of one indicator by unit.
import type { BreakdownRow, IndicatorRollup, StageResult } from '../../../common/reporting.js';
import type { Db } from '../../db/index.js';
import type { IndicatorRow } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import { fieldReportOnTimeMonths } from '../feedback/stats.js';
import type { VersionRef } from '../../../common/plan.js';
import { issuedPlanId, targetsInForce, versionInForce } from '../plan/versions.js';
import { countGrassrootsUnits, listUnits } from '../units/service.js';
import { type IndicatorRule, type MonthSums, assess, yearToDate } from './achievement.js';
import { presentFigure } from './figures.js';
import { ensurePeriods } from './periods.js';
import type { PeriodRow, RollupCellRow, RollupStage } from './schema.js';
import { reportsIndicator } from './submissions.js';

export interface RollupScope {
  planId: number;
  cityId: number;
  year: number;
  month: number;
  /** Now, for figures computed on the fly (field reports still within their deadline). */
  asOf: Date;
}

/** A month's scope with its period and the version of the plan (its targets) it follows, for reports to name. */
export type MonthScope = RollupScope & { period: PeriodRow; version: VersionRef | null };

/** Only an issued plan is rolled up (404 for a year without one). */
export async function rollupScope(db: Db, cityId: number, year: number, month: number, asOf: Date): Promise<MonthScope> {
  const planId = await issuedPlanId(db, cityId, year);
  const periods = await ensurePeriods(db, cityId, year);
  const period = periods.find((candidate) => candidate.month === month);
  if (!period) throw notFound({ vi: 'kỳ báo cáo', en: 'Reporting period' });
  return { planId, cityId, year, month, asOf, period, version: await versionInForce(db, planId, month) };
}

const monthSums = (month: number, numerator: number, denominator: number): MonthSums => ({
  month,
  units: denominator > 0 ? 1 : 0,
  numerator,
  denominator,
  valueSum: 0,
  met: 0,
  done: 0,
  latestDoneDate: null,
});

const toSums = (cell: RollupCellRow, month: number): MonthSums => ({
  month,
  units: cell.units,
  numerator: cell.numerator,
  denominator: cell.denominator,
  valueSum: cell.value_sum,
  met: cell.met,
  done: cell.done,
  latestDoneDate: cell.latest_done_date,
});

/**
 * Every indicator of the plan in force in the month, as of that month: year to date, approved and
 * provisional, judged against the target in force then (an amendment from a later month changes nothing here).
 */
export async function rollupIndicators(db: Db, scope: RollupScope & { period: PeriodRow }, codes?: string[]): Promise<IndicatorRollup[]> {
  let indicatorQuery = db.selectFrom('indicators').selectAll().where('plan_id', '=', scope.planId).orderBy('number');
  if (codes) indicatorQuery = indicatorQuery.where('code', 'in', codes);
  const targets = await targetsInForce(db, scope.planId, scope.month);
  const inForce = (await indicatorQuery.execute()).flatMap((indicator) => {
    const target = targets.get(indicator.id);
    return target ? [{ indicator, target }] : [];
  });
  const indicators = inForce.map((entry) => entry.indicator);
  const periods = (await ensurePeriods(db, scope.cityId, scope.year)).filter((period) => period.month <= scope.month);
  const monthOf = new Map(periods.map((period) => [period.id, period.month]));
  const cells =
    indicators.length === 0
      ? []
      : await db
          .selectFrom('rollup_cells')
          .selectAll()
          .where('indicator_id', 'in', indicators.map((indicator) => indicator.id))
          .where('period_id', 'in', periods.map((period) => period.id))
          .execute();
  const wardCount = await countGrassrootsUnits(db, scope.cityId);
  // Computed, not reported: the on-time rate of the city's field reports, period by period.
  const fromFieldReports = indicators.some((indicator) => indicator.reporting_scope === 'field_reports')
    ? (await fieldReportOnTimeMonths(db, scope.cityId, scope.year, scope.month, scope.asOf)).map((figure) => monthSums(figure.month, figure.numerator, figure.denominator))
    : [];
  return inForce.map(({ indicator, target }) => {
    const rule: IndicatorRule = {
      kind: indicator.kind,
      measureType: indicator.measure_type,
      target,
      expectedUnits: indicator.reporting_scope === 'wards' ? wardCount : 1,
    };
    const stage = (name: RollupStage): StageResult => {
      const months =
        indicator.reporting_scope === 'field_reports'
          ? fromFieldReports
          : cells.filter((cell) => cell.indicator_id === indicator.id && cell.stage === name).map((cell) => toSums(cell, monthOf.get(cell.period_id) ?? 0));
      const value = yearToDate(rule, months);
      return { ...value, ...assess(rule, value, scope.period.data_to, scope.month === 12) };
    };
    return {
      code: indicator.code,
      text: indicator.text,
      kind: indicator.kind,
      measureType: indicator.measure_type,
      measureUnit: indicator.measure_unit,
      target: rule.target,
      expectedUnits: rule.expectedUnits,
      approved: stage('approved'),
      provisional: stage('provisional'),
    };
  });
}

/** The same, grouped by the plan's areas in the plan's order. */
export async function rollupByArea(db: Db, scope: RollupScope & { period: PeriodRow }): Promise<{ code: string; name: string; indicators: IndicatorRollup[] }[]> {
  const indicators = new Map((await rollupIndicators(db, scope)).map((indicator) => [indicator.code, indicator]));
  const areas = await db.selectFrom('plan_areas').select(['id', 'code', 'name']).where('plan_id', '=', scope.planId).orderBy('number').execute();
  const members = await db.selectFrom('indicators').select(['area_id', 'code']).where('plan_id', '=', scope.planId).orderBy('number').execute();
  return areas
    .map((area) => ({
      code: area.code,
      name: area.name,
      indicators: members.filter((member) => member.area_id === area.id).flatMap((member) => indicators.get(member.code) ?? []),
    }))
    .filter((area) => area.indicators.length > 0);
}

/** One indicator's figures unit by unit for a month, with each unit's report status. */
export async function indicatorBreakdown(
  db: Db,
  scope: RollupScope & { period: PeriodRow },
  code: string,
): Promise<{ indicator: IndicatorRow; units: BreakdownRow[] }> {
  const indicator = await db.selectFrom('indicators').selectAll().where('plan_id', '=', scope.planId).where('code', '=', code).executeTakeFirst();
  if (!indicator) throw notFound({ vi: `chỉ tiêu ${code}`, en: `Indicator ${code}` });
  const units = (await listUnits(db)).filter((unit) => unit.parent_id === scope.cityId && reportsIndicator(indicator, unit));
  const rows = await db
    .selectFrom('report_submissions')
    .leftJoin('report_values', (join) =>
      join.onRef('report_values.submission_id', '=', 'report_submissions.id').on('report_values.indicator_id', '=', indicator.id),
    )
    .select([
      'report_submissions.unit_id',
      'report_submissions.status',
      'report_submissions.demo',
      'report_values.id as valueId',
      'report_values.numerator',
      'report_values.denominator',
      'report_values.value',
      'report_values.met',
      'report_values.done_date',
      'report_values.comment',
    ])
    .where('report_submissions.period_id', '=', scope.period.id)
    .execute();
  const byUnit = new Map(rows.map((row) => [row.unit_id, row]));
  return {
    indicator,
    units: units.map((unit) => {
      const row = byUnit.get(unit.id);
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name },
        status: row?.status ?? 'missing',
        demo: row?.demo === 1,
        valueId: row?.valueId ?? null,
        figure:
          row && row.valueId !== null
            ? presentFigure({ numerator: row.numerator, denominator: row.denominator, value: row.value, met: row.met, done_date: row.done_date, comment: row.comment })
            : null,
      };
    }),
  };
}
