// The plan at a glance for the Operations Center: every area's indicators by status for a month,
// compared with the month before and the same month a year earlier.
import type { AchievementStatus, IndicatorRollup } from '../../../common/reporting.js';
import type { OcOverview } from '../../../common/dashboard.js';
import type { Db } from '../../db/index.js';
import { findIssuedPlan } from '../plan/versions.js';
import { rollupIndicators, rollupScope } from '../reporting/rollup.js';
import { presentPeriod } from '../reporting/presenter.js';
import type { PeriodRow } from '../reporting/schema.js';
import { type PastStatus, presentStanding } from './presenter.js';

export interface MonthRef {
  year: number;
  month: number;
}

export const previousMonth = ({ year, month }: MonthRef): MonthRef => (month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 });
export const sameMonthLastYear = ({ year, month }: MonthRef): MonthRef => ({ year: year - 1, month });

export interface MonthRollup {
  period: PeriodRow;
  planId: number;
  indicators: IndicatorRollup[];
}

/** Where a month's rollup comes from: straight from the rollup cells, or through the OC's cache. */
export type RollupSource = (cityId: number, at: MonthRef) => Promise<MonthRollup>;

/** The rollup cells as of `now`; 404 for a year without a plan. */
export const rollupSource =
  (db: Db, now: Date): RollupSource =>
  async (cityId, at) => {
    const scope = await rollupScope(db, cityId, at.year, at.month, now);
    return { period: scope.period, planId: scope.planId, indicators: await rollupIndicators(db, scope) };
  };

const hasPlan = async (db: Db, cityId: number, year: number) => (await findIssuedPlan(db, cityId, year)) !== undefined;

/** Each indicator's approved status and value in a month, by code; null when that year has no plan. */
export async function statusesAt(db: Db, rollups: RollupSource, cityId: number, at: MonthRef): Promise<Map<string, PastStatus> | null> {
  if (!(await hasPlan(db, cityId, at.year))) return null;
  const { indicators } = await rollups(cityId, at);
  return new Map(indicators.map((indicator) => [indicator.code, { status: indicator.approved.status, value: indicator.approved.value }]));
}

/** The plan's areas in order, each with the codes of its indicators. */
async function planAreas(db: Db, planId: number) {
  const rows = await db
    .selectFrom('plan_areas')
    .innerJoin('indicators', 'indicators.area_id', 'plan_areas.id')
    .select(['plan_areas.code as area', 'plan_areas.name', 'indicators.code'])
    .where('plan_areas.plan_id', '=', planId)
    .orderBy('plan_areas.number')
    .orderBy('indicators.number')
    .execute();
  const areas = new Map<string, { code: string; name: string; codes: string[] }>();
  for (const row of rows) {
    const area = areas.get(row.area) ?? { code: row.area, name: row.name, codes: [] };
    area.codes.push(row.code);
    areas.set(row.area, area);
  }
  return [...areas.values()];
}

const pastStatuses = (codes: string[], past: Map<string, PastStatus> | null): AchievementStatus[] | null => {
  if (past === null) return null;
  const found = codes.flatMap((code) => past.get(code)?.status ?? []);
  return found.length === 0 ? null : found;
};

/**
 * Last year's statuses under this year's codes: an indicator copied from last year's plan is compared
 * with the one it continues, whatever its code is now.
 */
async function underThisYearsCodes(db: Db, planId: number, lastYear: Map<string, PastStatus> | null): Promise<Map<string, PastStatus> | null> {
  if (lastYear === null) return null;
  const rows = await db
    .selectFrom('indicators')
    .leftJoin('indicators as continued', 'continued.id', 'indicators.continues_indicator_id')
    .select(['indicators.code', 'continued.code as continuedCode'])
    .where('indicators.plan_id', '=', planId)
    .execute();
  return new Map(rows.flatMap((row) => {
    const past = lastYear.get(row.continuedCode ?? row.code);
    return past ? [[row.code, past] as const] : [];
  }));
}

/** The overview of a month: statuses are those of approved figures, the city's official standing. */
export async function ocOverview(db: Db, rollups: RollupSource, cityId: number, at: MonthRef, now: Date): Promise<OcOverview> {
  const { period, planId, indicators } = await rollups(cityId, at);
  const previousAt = previousMonth(at);
  const lastYearAt = sameMonthLastYear(at);
  const [areas, previousAsReported, lastYearAsReported] = await Promise.all([planAreas(db, planId), statusesAt(db, rollups, cityId, previousAt), statusesAt(db, rollups, cityId, lastYearAt)]);
  // January's month before is last December: another plan, compared through the same links.
  const previous = previousAt.year === at.year ? previousAsReported : await underThisYearsCodes(db, planId, previousAsReported);
  const lastYear = await underThisYearsCodes(db, planId, lastYearAsReported);
  const byCode = new Map<string, IndicatorRollup>(indicators.map((indicator) => [indicator.code, indicator]));
  const allCodes = indicators.map((indicator) => indicator.code);
  const overall = (past: Map<string, PastStatus> | null) => {
    const statuses = pastStatuses(allCodes, past);
    return statuses === null ? null : presentStanding(statuses);
  };
  return {
    period: presentPeriod(period),
    standing: presentStanding(indicators.map((indicator) => indicator.approved.status)),
    previous: { ...previousAt, standing: overall(previous) },
    lastYear: { ...lastYearAt, standing: overall(lastYear) },
    areas: areas.map((area) => {
      const rollups = area.codes.flatMap((code) => byCode.get(code) ?? []);
      const previousStatuses = pastStatuses(area.codes, previous);
      const lastYearStatuses = pastStatuses(area.codes, lastYear);
      return {
        code: area.code,
        name: area.name,
        standing: presentStanding(rollups.map((rollup) => rollup.approved.status)),
        previous: previousStatuses === null ? null : presentStanding(previousStatuses),
        lastYear: lastYearStatuses === null ? null : presentStanding(lastYearStatuses),
        indicators: rollups.map(({ provisional: _provisional, ...rollup }) => ({ ...rollup, previous: previous?.get(rollup.code) ?? null, lastYear: lastYear?.get(rollup.code) ?? null })),
      };
    }),
    generatedAt: now.toISOString(),
  };
}
