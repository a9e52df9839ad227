// The wards' index for a period: each ward's figures and points, its rank, and the city's own
// index computed the same way over the city's figures. Only approved figures count: a ranking
// published to the wards should not move when a report is returned.
import type { SubmissionStatus } from '../../../common/reporting.js';
import { endOfVietnamDay } from '../../../common/vietnam-time.js';
import { grassrootsKinds } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import type { IndicatorRow, UnitRow } from '../../db/schema.js';
import { fieldReportOnTimeRate } from '../feedback/stats.js';
import { presentTarget } from '../plan/presenter.js';
import { type IndicatorRule, type IndicatorValue, type MonthSums, yearToDate } from '../reporting/achievement.js';
import { isOnTime } from '../reporting/calendar.js';
import { ensurePeriods } from '../reporting/periods.js';
import { rollupScope } from '../reporting/rollup.js';
import type { PeriodRow, SubmissionRow, ValueRow } from '../reporting/schema.js';
import { listUnits } from '../units/service.js';
import { type ComponentSpec, type Measurement, type PillarSpec, type Score, rankOf, scoreIndex } from './score.js';

export const componentLabels = {
  reporting_timeliness: 'Báo cáo định kỳ gửi đúng hạn',
  field_report_on_time: 'Phản ánh hiện trường được xử lý đúng hạn',
} as const;

/** The city's pillars and their components, in order. */
export async function loadPillars(db: Db, cityId: number): Promise<PillarSpec[]> {
  const pillars = await db.selectFrom('dx_pillars').selectAll().where('city_id', '=', cityId).orderBy('sort_order').execute();
  const components = await db.selectFrom('dx_components').selectAll().where('city_id', '=', cityId).orderBy('sort_order').orderBy('id').execute();
  return pillars.map((pillar) => ({
    code: pillar.code,
    name: pillar.name,
    weight: pillar.weight,
    components: components
      .filter((component) => component.pillar_id === pillar.id)
      .map((component) => ({ kind: component.kind, indicatorCode: component.indicator_code, weight: component.weight })),
  }));
}

type ApprovedFigure = Pick<SubmissionRow, 'unit_id' | 'period_id'> & Pick<ValueRow, 'indicator_id' | 'numerator' | 'denominator' | 'value' | 'met' | 'done_date'>;

/** Everything a year's scores are computed from, up to a month, loaded once. */
export interface DxInputs {
  cityId: number;
  year: number;
  asOf: Date;
  pillars: PillarSpec[];
  city: UnitRow;
  wards: UnitRow[];
  periods: PeriodRow[];
  indicators: Map<string, IndicatorRow>;
  /** Approved figures by `unitId:indicatorId`. */
  figures: Map<string, ApprovedFigure[]>;
  /** Each ward's report per period, keyed `unitId:periodId`. */
  submissions: Map<string, { status: SubmissionStatus; firstSubmittedAt: string | null }>;
}

// Node 20 has no Map.groupBy.
function byUnitAndIndicator(figures: ApprovedFigure[]): Map<string, ApprovedFigure[]> {
  const groups = new Map<string, ApprovedFigure[]>();
  for (const figure of figures) {
    const key = `${figure.unit_id}:${figure.indicator_id}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return groups;
}

/** `everyWardIndicator`: load the figures of every ward-reported indicator, not only those in the index. */
export async function loadInputs(db: Db, cityId: number, year: number, month: number, asOf: Date, everyWardIndicator = false): Promise<DxInputs> {
  const scope = await rollupScope(db, cityId, year, month, asOf);
  const pillars = await loadPillars(db, cityId);
  const codes = pillars.flatMap((pillar) => pillar.components.flatMap((component) => (component.indicatorCode === null ? [] : [component.indicatorCode])));
  let indicatorQuery = db.selectFrom('indicators').selectAll().where('plan_id', '=', scope.planId).where('reporting_scope', '=', 'wards').orderBy('number');
  if (!everyWardIndicator) indicatorQuery = indicatorQuery.where('code', 'in', [...codes, '']);
  const indicators = await indicatorQuery.execute();
  const periods = (await ensurePeriods(db, cityId, year)).filter((period) => period.month <= month);
  const units = await listUnits(db);
  const city = units.find((unit) => unit.id === cityId);
  if (!city) throw new Error(`no unit ${cityId}`);
  const wards = units.filter((unit) => unit.parent_id === cityId && grassrootsKinds.includes(unit.kind));
  const wardIds = [...wards.map((ward) => ward.id), -1];
  const periodIds = [...periods.map((period) => period.id), -1];
  const figures =
    indicators.length === 0
      ? []
      : await db
          .selectFrom('report_values as v')
          .innerJoin('report_submissions as s', 's.id', 'v.submission_id')
          .select(['s.unit_id', 's.period_id', 'v.indicator_id', 'v.numerator', 'v.denominator', 'v.value', 'v.met', 'v.done_date'])
          .where('s.status', '=', 'approved')
          .where('s.period_id', 'in', periodIds)
          .where('s.unit_id', 'in', wardIds)
          .where('v.indicator_id', 'in', indicators.map((indicator) => indicator.id))
          .execute();
  const submissions = await db
    .selectFrom('report_submissions')
    .select(['unit_id', 'period_id', 'status', 'first_submitted_at'])
    .where('period_id', 'in', periodIds)
    .where('unit_id', 'in', wardIds)
    .execute();
  return {
    cityId,
    year,
    asOf,
    pillars,
    city,
    wards,
    periods,
    indicators: new Map(indicators.map((indicator) => [indicator.code, indicator])),
    figures: byUnitAndIndicator(figures),
    submissions: new Map(submissions.map((row) => [`${row.unit_id}:${row.period_id}`, { status: row.status, firstSubmittedAt: row.first_submitted_at }])),
  };
}

/** A stored figure as one unit's month of a rollup (the same rule as the rollup cells). */
function monthSums(month: number, figure: ApprovedFigure): MonthSums {
  const ratio = figure.numerator !== null && figure.denominator !== null;
  const counted = ratio || figure.value !== null || figure.met !== null || figure.done_date !== null;
  return {
    month,
    units: counted ? 1 : 0,
    numerator: ratio ? (figure.numerator ?? 0) : 0,
    denominator: ratio ? (figure.denominator ?? 0) : 0,
    valueSum: figure.value ?? 0,
    met: figure.met ?? 0,
    done: figure.done_date === null ? 0 : 1,
    latestDoneDate: figure.done_date,
  };
}

/** Several units' months added up, month by month: the city's rollup over its wards. */
function addUp(sums: MonthSums[]): MonthSums[] {
  const byMonth = new Map<number, MonthSums>();
  for (const item of sums) {
    const total = byMonth.get(item.month);
    byMonth.set(
      item.month,
      total === undefined
        ? { ...item }
        : {
            month: item.month,
            units: total.units + item.units,
            numerator: total.numerator + item.numerator,
            denominator: total.denominator + item.denominator,
            valueSum: total.valueSum + item.valueSum,
            met: total.met + item.met,
            done: total.done + item.done,
            latestDoneDate: [total.latestDoneDate, item.latestDoneDate].sort().at(-1) ?? null,
          },
    );
  }
  return [...byMonth.values()];
}

/** An indicator year to date for one ward, or for several added up (the city), from approved figures. */
export function indicatorValue(inputs: DxInputs, unitIds: Set<number>, indicator: IndicatorRow, month: number): { rule: IndicatorRule; value: IndicatorValue } {
  const monthOf = new Map(inputs.periods.filter((period) => period.month <= month).map((period) => [period.id, period.month]));
  const sums = [...unitIds]
    .flatMap((unitId) => inputs.figures.get(`${unitId}:${indicator.id}`) ?? [])
    .filter((figure) => monthOf.has(figure.period_id))
    .map((figure) => monthSums(monthOf.get(figure.period_id) ?? 0, figure));
  const rule: IndicatorRule = { kind: indicator.kind, measureType: indicator.measure_type, target: presentTarget(indicator), expectedUnits: unitIds.size };
  return { rule, value: yearToDate(rule, unitIds.size === 1 ? sums : addUp(sums)) };
}

export interface Timeliness {
  onTime: number;
  due: number;
}

export interface FieldReportTally {
  judged: number;
  judgedOnTime: number;
  closed: number;
  closedOnTime: number;
  open: number;
  openOverdue: number;
}

export interface UnitScore {
  unit: UnitRow;
  score: Score;
  timeliness: Timeliness;
  fieldReports: FieldReportTally;
}

export interface PeriodScores {
  year: number;
  month: number;
  city: UnitScore;
  /** In rank order, ties by the unit tree's order. */
  wards: (UnitScore & { rank: number })[];
}

const percentOf = (numerator: number, denominator: number) => (denominator === 0 ? null : (numerator / denominator) * 100);
const noFieldReports: FieldReportTally = { judged: 0, judgedOnTime: 0, closed: 0, closedOnTime: 0, open: 0, openOverdue: 0 };

/** Scores every ward and the city for one month of the loaded year. */
export async function scoreMonth(db: Db, inputs: DxInputs, month: number): Promise<PeriodScores> {
  const periods = inputs.periods.filter((period) => period.month <= month);
  const current = periods.at(-1);
  const first = periods[0];
  if (!current || !first || current.month !== month) throw new Error(`period ${month}/${inputs.year} not loaded`);
  // A report counts for timeliness once its due day is over.
  const due = periods.filter((period) => endOfVietnamDay(period.due_date) <= inputs.asOf);
  const stats = await fieldReportOnTimeRate(db, inputs.cityId, { from: first.data_from, to: current.data_to, asOf: inputs.asOf });
  const tallyOf = (figures: (typeof stats)['city'] | undefined): FieldReportTally =>
    figures
      ? { judged: figures.indicatorDenominator, judgedOnTime: figures.indicatorNumerator, closed: figures.closed, closedOnTime: figures.closedOnTime, open: figures.open, openOverdue: figures.openOverdue }
      : noFieldReports;

  const measureFor = (unitIds: Set<number>, timeliness: Timeliness, fieldReports: FieldReportTally) => (component: ComponentSpec): Measurement => {
    if (component.kind === 'reporting_timeliness') {
      return { label: componentLabels.reporting_timeliness, indicatorKind: null, value: percentOf(timeliness.onTime, timeliness.due), numerator: timeliness.onTime, denominator: timeliness.due, met: null, target: 100 };
    }
    if (component.kind === 'field_report_on_time') {
      const { judgedOnTime, judged } = fieldReports;
      return { label: componentLabels.field_report_on_time, indicatorKind: null, value: percentOf(judgedOnTime, judged), numerator: judgedOnTime, denominator: judged, met: null, target: 100 };
    }
    const indicator = inputs.indicators.get(component.indicatorCode ?? '');
    if (!indicator) {
      return { label: component.indicatorCode ?? '', indicatorKind: null, value: null, numerator: null, denominator: null, met: null, target: null };
    }
    const { rule, value: ytd } = indicatorValue(inputs, unitIds, indicator, month);
    return {
      label: indicator.text,
      indicatorKind: indicator.kind,
      value: ytd.value,
      numerator: ytd.numerator,
      denominator: ytd.denominator,
      met: indicator.kind === 'unit_count' && unitIds.size === 1 && ytd.value !== null ? ytd.value >= 100 : null,
      target: rule.target.value,
    };
  };

  const timelinessOf = (ward: UnitRow): Timeliness => {
    const onTime = due.filter((period) => {
      const sent = inputs.submissions.get(`${ward.id}:${period.id}`)?.firstSubmittedAt;
      return typeof sent === 'string' && isOnTime(new Date(sent), period.due_date);
    }).length;
    return { onTime, due: due.length };
  };

  const wards = inputs.wards.map((ward) => {
    const timeliness = timelinessOf(ward);
    const fieldReports = tallyOf(stats.byUnit.find((row) => row.unit?.id === ward.id));
    return { unit: ward, timeliness, fieldReports, score: scoreIndex(inputs.pillars, measureFor(new Set([ward.id]), timeliness, fieldReports)) };
  });
  const cityTimeliness = wards.reduce((sum, ward) => ({ onTime: sum.onTime + ward.timeliness.onTime, due: sum.due + ward.timeliness.due }), { onTime: 0, due: 0 });
  const cityFieldReports = tallyOf(stats.city);
  const city = {
    unit: inputs.city,
    timeliness: cityTimeliness,
    fieldReports: cityFieldReports,
    score: scoreIndex(inputs.pillars, measureFor(new Set(inputs.wards.map((ward) => ward.id)), cityTimeliness, cityFieldReports)),
  };
  const ranks = rankOf(wards, (ward) => ward.score.totalTenths);
  const ranked = wards.map((ward) => ({ ...ward, rank: ranks.get(ward) ?? 0 }));
  // Stable: equal ranks keep the unit tree's order.
  ranked.sort((a, b) => a.rank - b.rank);
  return { year: inputs.year, month, city, wards: ranked };
}

export async function wardScores(db: Db, cityId: number, year: number, month: number, asOf: Date): Promise<PeriodScores> {
  return scoreMonth(db, await loadInputs(db, cityId, year, month, asOf), month);
}

/** The month before, December of the year before when the city has a plan for it. */
export async function previousPeriod(db: Db, cityId: number, year: number, month: number): Promise<{ year: number; month: number } | null> {
  if (month > 1) return { year, month: month - 1 };
  const plan = await db.selectFrom('plans').select('id').where('unit_id', '=', cityId).where('year', '=', year - 1).executeTakeFirst();
  return plan ? { year: year - 1, month: 12 } : null;
}

/** The period's scores and the previous period's, for change in score and rank. */
export async function scoresWithPrevious(db: Db, cityId: number, year: number, month: number, asOf: Date) {
  const inputs = await loadInputs(db, cityId, year, month, asOf);
  const current = await scoreMonth(db, inputs, month);
  const previous = await previousPeriod(db, cityId, year, month);
  if (previous === null) return { current, previous: null };
  // The month before is in the figures already loaded, unless it is last December.
  return { current, previous: previous.year === year ? await scoreMonth(db, inputs, previous.month) : await wardScores(db, cityId, previous.year, previous.month, asOf) };
}

/** Every loaded month of the year: a ward's rank history. */
export async function scoreYear(db: Db, inputs: DxInputs): Promise<PeriodScores[]> {
  const months: PeriodScores[] = [];
  for (const period of inputs.periods) months.push(await scoreMonth(db, inputs, period.month));
  return months;
}
