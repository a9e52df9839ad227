// The public view's figures: the plan's indicators with the city's APPROVED achievement by area, and
// the field-report figures of a period (received, closed, on time, overdue) by handling unit and by
// category. Nothing here reads a reporter's name, phone or e-mail.
import type { FieldReportCounts, FieldReportSummary, PublicOverview, PublicOverviewQuery } from '../../../common/public.js';
import type { OnTimeFigures } from '../../../common/feedback.js';
import { type IsoDate, endOfVietnamDay, startOfVietnamDay, vietnamDate } from '../../../common/vietnam-time.js';
import { countAll } from '../../db/dialect.js';
import type { Db } from '../../db/index.js';
import { fieldReportOnTimeRate } from '../feedback/stats.js';
import { findPlanId } from '../plan/service.js';
import { ensurePeriods } from '../reporting/periods.js';
import { rollupByArea, rollupScope } from '../reporting/rollup.js';
import type { PeriodRow } from '../reporting/schema.js';
import { unitRef } from '../tasks/presenter.js';
import { listUnits } from '../units/service.js';
import { countStatuses, presentPublicIndicator } from './presenter.js';

/** The city and year of an issued plan chosen by city code and year (the first city's current plan by default). */
export async function planOfCity(db: Db, selector: { city?: string | undefined; year?: number | undefined }, now: Date) {
  const planId = await findPlanId(db, null, { unitCode: selector.city, year: selector.year }, Number(vietnamDate(now).slice(0, 4)));
  return db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.unit_id')
    .select(['plans.id', 'plans.year', 'units.id as cityId', 'units.code', 'units.name'])
    .where('plans.id', '=', planId)
    .executeTakeFirstOrThrow();
}

/** The latest month the coordinator has consolidated (its consolidation day is over), else the first. */
export function publishedMonth(periods: PeriodRow[], now: Date): number {
  const today = vietnamDate(now);
  return periods.filter((period) => period.consolidation_due_date < today).at(-1)?.month ?? periods[0]?.month ?? 1;
}

const counts = (received: number, figures: OnTimeFigures): FieldReportCounts => ({
  received,
  closed: figures.closed,
  closedOnTime: figures.closedOnTime,
  openOverdue: figures.openOverdue,
  onTimeRate: figures.onTimeRate,
});

const noFigures: OnTimeFigures = {
  closed: 0,
  closedOnTime: 0,
  closedLate: 0,
  open: 0,
  openOverdue: 0,
  onTimeRate: null,
  indicatorNumerator: 0,
  indicatorDenominator: 0,
  indicatorPercent: null,
};

/** Field reports of a window of Vietnam dates (both ends inclusive), judged as of `asOf` when it falls inside. */
export async function fieldReportSummary(db: Db, cityId: number, window: { from: IsoDate; to: IsoDate; asOf: Date }): Promise<FieldReportSummary> {
  const stats = await fieldReportOnTimeRate(db, cityId, window);
  const end = endOfVietnamDay(window.to);
  const received = await db
    .selectFrom('field_reports')
    .select(['unit_id', 'category_id', countAll().as('count')])
    .where('city_id', '=', cityId)
    .where('created_at', '>=', startOfVietnamDay(window.from).toISOString())
    .where('created_at', '<', (window.asOf < end ? window.asOf : end).toISOString())
    .groupBy(['unit_id', 'category_id'])
    .execute();
  const sum = (rows: typeof received) => rows.reduce((total, row) => total + row.count, 0);
  const units = new Map((await listUnits(db)).map((unit) => [unit.id, unit]));
  // Units that received reports but closed none still get their row, in the unit tree's order.
  const unitIds = [...new Set([...stats.byUnit.map((row) => row.unit?.id ?? null), ...received.map((row) => row.unit_id)])].sort(
    (a, b) => (a === null ? Infinity : (units.get(a)?.sort_order ?? 0)) - (b === null ? Infinity : (units.get(b)?.sort_order ?? 0)),
  );
  const categoryIds = new Set(received.map((row) => row.category_id));
  const categories = await db.selectFrom('field_report_categories').select(['id', 'code', 'name']).where('city_id', '=', cityId).orderBy('sort_order').orderBy('id').execute();
  return {
    from: window.from,
    to: window.to,
    ...counts(sum(received), stats.city),
    byUnit: unitIds.map((unitId) => ({
      unit: unitId === null ? null : unitRef(units, unitId),
      ...counts(
        sum(received.filter((row) => row.unit_id === unitId)),
        stats.byUnit.find((row) => (row.unit?.id ?? null) === unitId) ?? noFigures,
      ),
    })),
    byCategory: categories.flatMap((category) => {
      const figures = stats.byCategory.find((row) => row.category.id === category.id);
      if (!figures && !categoryIds.has(category.id)) return [];
      return [{ category, ...counts(sum(received.filter((row) => row.category_id === category.id)), figures ?? noFigures) }];
    }),
  };
}

/** What /cong-khai shows for a month of a city's plan year. */
export async function publicOverview(db: Db, query: PublicOverviewQuery, now: Date): Promise<PublicOverview> {
  const plan = await planOfCity(db, query, now);
  const periods = await ensurePeriods(db, plan.cityId, plan.year);
  const scope = await rollupScope(db, plan.cityId, plan.year, query.month ?? publishedMonth(periods, now), now);
  const areas = await rollupByArea(db, scope);
  const yearFrom = periods[0]?.data_from ?? scope.period.data_from;
  const years = await db.selectFrom('plans').select('year').where('unit_id', '=', plan.cityId).where('status', '=', 'issued').orderBy('year', 'desc').execute();
  return {
    city: { code: plan.code, name: plan.name },
    year: plan.year,
    years: years.map((row) => row.year),
    months: periods.map((period) => period.month),
    period: { month: scope.period.month, dataFrom: scope.period.data_from, dataTo: scope.period.data_to },
    areas: areas.map((area) => ({ code: area.code, name: area.name, counts: countStatuses(area.indicators.map((indicator) => indicator.approved.status)), indicators: area.indicators.map(presentPublicIndicator) })),
    fieldReports: {
      month: await fieldReportSummary(db, plan.cityId, { from: scope.period.data_from, to: scope.period.data_to, asOf: now }),
      yearToDate: await fieldReportSummary(db, plan.cityId, { from: yearFrom, to: scope.period.data_to, asOf: now }),
    },
  };
}
