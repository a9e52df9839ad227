// From monthly rollup cells to an indicator's value and its standing against the year's target.
// Pure functions: the rules are tested without a database.
import type { IndicatorKind, MeasureType, Target } from '../../../common/plan.js';
import type { AchievementStatus } from '../../../common/reporting.js';

/** One month's sums for one indicator (a rollup cell). */
export interface MonthSums {
  month: number;
  units: number;
  numerator: number;
  denominator: number;
  valueSum: number;
  met: number;
  done: number;
  latestDoneDate: string | null;
}

export interface IndicatorRule {
  kind: IndicatorKind;
  measureType: MeasureType;
  target: Target;
  /** How many units report it: every ward for ward indicators, else one. */
  expectedUnits: number;
}

export interface IndicatorValue {
  /** The percentage (or plain value) the year stands at; null without data. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitsReported: number;
  unitsMet: number | null;
  doneDate: string | null;
  /** Month by month: the month's own percentage. */
  series: { month: number; value: number | null }[];
}

/** A month's own figure: the ratio of the sums (never an average of the units' ratios). */
export function monthValue(rule: IndicatorRule, sums: MonthSums): number | null {
  if (sums.units === 0) return null;
  switch (rule.kind) {
    case 'ratio':
      return sums.denominator > 0 ? (sums.numerator / sums.denominator) * 100 : null;
    case 'value':
      return sums.valueSum / sums.units;
    case 'unit_count':
      return rule.expectedUnits > 0 ? (sums.met / rule.expectedUnits) * 100 : null;
    case 'milestone':
      return sums.done > 0 ? 100 : 0;
  }
}

/**
 * The year to date: flow ratios add every month's numerators and denominators (dossiers
 * received since January); stock figures (households with fibre) take the latest month reported.
 */
export function yearToDate(rule: IndicatorRule, months: MonthSums[]): IndicatorValue {
  const ordered = [...months].sort((a, b) => a.month - b.month);
  const series = ordered.map((sums) => ({ month: sums.month, value: monthValue(rule, sums) }));
  const reported = ordered.filter((sums) => sums.units > 0);
  const latest = reported.at(-1);
  const empty: IndicatorValue = { value: null, numerator: null, denominator: null, unitsReported: 0, unitsMet: null, doneDate: null, series };
  if (!latest) return empty;
  if (rule.kind === 'milestone') {
    const done = reported.filter((sums) => sums.done > 0).map((sums) => sums.latestDoneDate ?? '').sort();
    return { ...empty, value: done.length > 0 ? 100 : 0, unitsReported: latest.units, doneDate: done.at(-1) || null };
  }
  if (rule.kind === 'ratio' && rule.measureType === 'flow') {
    const numerator = reported.reduce((sum, sums) => sum + sums.numerator, 0);
    const denominator = reported.reduce((sum, sums) => sum + sums.denominator, 0);
    return { ...empty, value: denominator > 0 ? (numerator / denominator) * 100 : null, numerator, denominator, unitsReported: latest.units };
  }
  return {
    ...empty,
    value: monthValue(rule, latest),
    numerator: rule.kind === 'ratio' ? latest.numerator : null,
    denominator: rule.kind === 'ratio' ? latest.denominator : null,
    unitsReported: latest.units,
    unitsMet: rule.kind === 'unit_count' ? latest.met : null,
  };
}

export const satisfies = (value: number, target: Target): boolean =>
  target.value === null ? false : target.comparator === 'gt' ? value > target.value : value >= target.value;

/** Where the monthly figures head by December: a least-squares line through the months reported. */
export function projectToDecember(series: { month: number; value: number | null }[]): number | null {
  const points = series.filter((point): point is { month: number; value: number } => point.value !== null);
  if (points.length === 0) return null;
  const last = points[points.length - 1] as { month: number; value: number };
  if (points.length === 1) return last.value;
  const meanX = points.reduce((sum, point) => sum + point.month, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  const slope =
    points.reduce((sum, point) => sum + (point.month - meanX) * (point.value - meanY), 0) /
    points.reduce((sum, point) => sum + (point.month - meanX) ** 2, 0);
  return meanY + slope * (12 - meanX);
}

/** A projection this close below the target (as a share of it) is "at risk" rather than "not met". */
export const AT_RISK_MARGIN = 0.1;
/** A milestone not done this many days before it is due is "at risk". */
export const MILESTONE_WARNING_DAYS = 30;

export interface Assessment {
  status: AchievementStatus;
  /** value / target × 100, for numeric targets. */
  achievementPercent: number | null;
  projected: number | null;
}

/**
 * đạt: the target is met now; đúng tiến độ: the line through the months reaches it by December;
 * nguy cơ: it falls short by less than AT_RISK_MARGIN; chưa đạt: otherwise (or the year is over);
 * chưa có số liệu: no figures. `asOf` is the last day of the data (yyyy-mm-dd).
 */
export function assess(rule: IndicatorRule, current: IndicatorValue, asOf: string, yearOver: boolean): Assessment {
  if (current.value === null) return { status: 'no_data', achievementPercent: null, projected: null };
  if (rule.kind === 'milestone') {
    const due = rule.target.dueDate;
    if (current.doneDate !== null) {
      return { status: due === null || current.doneDate <= due ? 'met' : 'not_met', achievementPercent: null, projected: null };
    }
    if (due === null || asOf > due || yearOver) return { status: 'not_met', achievementPercent: null, projected: null };
    const warnFrom = new Date(Date.parse(`${due}T00:00:00Z`) - MILESTONE_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);
    return { status: asOf >= warnFrom ? 'at_risk' : 'on_track', achievementPercent: null, projected: null };
  }
  const target = rule.target.value;
  const achievementPercent = target ? (current.value / target) * 100 : null;
  if (satisfies(current.value, rule.target)) return { status: 'met', achievementPercent, projected: null };
  const projected = projectToDecember(current.series);
  if (yearOver || projected === null || target === null) return { status: 'not_met', achievementPercent, projected };
  if (satisfies(projected, rule.target)) return { status: 'on_track', achievementPercent, projected };
  return { status: projected >= target * (1 - AT_RISK_MARGIN) ? 'at_risk' : 'not_met', achievementPercent, projected };
}
