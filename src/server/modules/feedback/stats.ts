// The on-time rate of field reports for a window of Vietnam dates (both ends inclusive), for the
// city, per unit and per category, and the figure behind the plan's indicator CQS-11 ("100% phản
// ánh, kiến nghị … được xử lý đúng tiến độ") for each reporting period's data window.
//
// Two readings, both returned:
// - onTimeRate = resolved before the end of the due day / resolved in the window; openOverdue beside it.
// - the indicator counts each report once, in the window where its fate is sealed: when it is
//   resolved in time (on time), or when its deadline ends unresolved (late, even if resolved later).
//   Month windows then add up to the year without counting a report twice, and an overdue report
//   counts against the figure instead of hiding in "not closed yet". Rejected reports (spam, out of
//   scope) and merged duplicates are not "phản ánh được xử lý" and are left out.
import type { OnTimeFigures } from '../../../common/feedback.js';
import { type IsoDate, endOfVietnamDay, startOfVietnamDay } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import { unitRef } from '../tasks/presenter.js';
import { listUnits } from '../units/service.js';
import { ensurePeriods } from '../reporting/periods.js';

export interface StatsWindow {
  from: IsoDate;
  to: IsoDate;
  /** Judge as of this instant (now, for a window not over yet); the window's end when omitted. */
  asOf?: Date;
}

interface Row {
  category_id: number;
  unit_id: number | null;
  status: string;
  created_at: string;
  closed_at: string | null;
  due_date: string;
}

interface Tally {
  closed: number;
  closedOnTime: number;
  open: number;
  openOverdue: number;
  judged: number;
  judgedOnTime: number;
}

const emptyTally = (): Tally => ({ closed: 0, closedOnTime: 0, open: 0, openOverdue: 0, judged: 0, judgedOnTime: 0 });
const percent = (numerator: number, denominator: number) => (denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100);

function figures(tally: Tally): OnTimeFigures {
  return {
    closed: tally.closed,
    closedOnTime: tally.closedOnTime,
    closedLate: tally.closed - tally.closedOnTime,
    open: tally.open,
    openOverdue: tally.openOverdue,
    onTimeRate: percent(tally.closedOnTime, tally.closed),
    indicatorNumerator: tally.judgedOnTime,
    indicatorDenominator: tally.judged,
    indicatorPercent: percent(tally.judgedOnTime, tally.judged),
  };
}

function tallyRow(tally: Tally, row: Row, start: Date, end: Date, asOf: Date): void {
  if (row.status === 'rejected' || row.status === 'merged') return;
  const deadline = endOfVietnamDay(row.due_date);
  const closedAt = row.closed_at === null ? null : new Date(row.closed_at);
  const resolved = row.status === 'resolved' && closedAt !== null;
  if (resolved && closedAt >= start && closedAt < asOf) {
    tally.closed += 1;
    if (closedAt < deadline) tally.closedOnTime += 1;
  }
  if (new Date(row.created_at) < asOf && (closedAt === null || closedAt >= asOf)) {
    tally.open += 1;
    if (deadline <= asOf) tally.openOverdue += 1;
  }
  // Sealed on time at closing (an instant in [start, end)), or late when the due day ends (in (start, end]).
  if (resolved && closedAt < deadline) {
    if (closedAt >= start && closedAt < asOf) {
      tally.judged += 1;
      tally.judgedOnTime += 1;
    }
  } else if (deadline > start && deadline <= end && deadline <= asOf) {
    tally.judged += 1;
  }
}

/** The city's figures for a window, per unit (the one handling or that closed it) and per category. */
export async function fieldReportOnTimeRate(db: Db, cityId: number, window: StatsWindow) {
  const start = startOfVietnamDay(window.from);
  const end = endOfVietnamDay(window.to);
  const asOf = window.asOf && window.asOf < end ? window.asOf : end;
  // Everything alive at some moment of the window; a city files thousands a year, not millions.
  const rows = await db
    .selectFrom('field_reports')
    .select(['category_id', 'unit_id', 'status', 'created_at', 'closed_at', 'due_date'])
    .where('city_id', '=', cityId)
    .where('created_at', '<', end.toISOString())
    .where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '>=', start.toISOString())]))
    .execute();
  const city = emptyTally();
  const byUnit = new Map<number | null, Tally>();
  const byCategory = new Map<number, Tally>();
  for (const row of rows) {
    tallyRow(city, row, start, end, asOf);
    if (!byUnit.has(row.unit_id)) byUnit.set(row.unit_id, emptyTally());
    if (!byCategory.has(row.category_id)) byCategory.set(row.category_id, emptyTally());
    tallyRow(byUnit.get(row.unit_id) ?? emptyTally(), row, start, end, asOf);
    tallyRow(byCategory.get(row.category_id) ?? emptyTally(), row, start, end, asOf);
  }
  const units = new Map((await listUnits(db)).map((unit) => [unit.id, unit]));
  const categories = await db.selectFrom('field_report_categories').select(['id', 'code', 'name', 'sort_order']).where('city_id', '=', cityId).orderBy('sort_order').orderBy('id').execute();
  const counted = (tally: Tally) => tally.closed + tally.open + tally.judged > 0;
  return {
    from: window.from,
    to: window.to,
    city: figures(city),
    // In the unit tree's order; reports still with the coordinator (no unit) last.
    byUnit: [...byUnit.entries()]
      .filter(([, tally]) => counted(tally))
      .sort(([a], [b]) => (a === null ? Infinity : (units.get(a)?.sort_order ?? 0)) - (b === null ? Infinity : (units.get(b)?.sort_order ?? 0)))
      .map(([unitId, tally]) => ({ unit: unitId === null ? null : unitRef(units, unitId), ...figures(tally) })),
    byCategory: categories.flatMap((category) => {
      const tally = byCategory.get(category.id);
      return tally && counted(tally) ? [{ category: { id: category.id, code: category.code, name: category.name }, ...figures(tally) }] : [];
    }),
  };
}

export interface MonthFigure {
  month: number;
  dataFrom: IsoDate;
  dataTo: IsoDate;
  numerator: number;
  denominator: number;
}

/** CQS-11 month by month up to `month`, each over its period's data window: what the rollup reads. */
export async function fieldReportOnTimeMonths(db: Db, cityId: number, year: number, month: number, asOf: Date): Promise<MonthFigure[]> {
  const periods = (await ensurePeriods(db, cityId, year)).filter((period) => period.month <= month);
  const months: MonthFigure[] = [];
  for (const period of periods) {
    const stats = await fieldReportOnTimeRate(db, cityId, { from: period.data_from, to: period.data_to, asOf });
    months.push({ month: period.month, dataFrom: period.data_from, dataTo: period.data_to, numerator: stats.city.indicatorNumerator, denominator: stats.city.indicatorDenominator });
  }
  return months;
}

/** The figure for one reporting period (its data window) and the year to date. */
export async function periodOnTime(db: Db, cityId: number, year: number, month: number, asOf: Date) {
  const months = await fieldReportOnTimeMonths(db, cityId, year, month, asOf);
  const current = months.find((candidate) => candidate.month === month);
  if (!current) throw notFound({ vi: 'kỳ báo cáo', en: 'Reporting period' });
  const numerator = months.reduce((sum, figure) => sum + figure.numerator, 0);
  const denominator = months.reduce((sum, figure) => sum + figure.denominator, 0);
  return {
    indicatorCode: 'CQS-11' as const,
    period: { year, month, dataFrom: current.dataFrom, dataTo: current.dataTo },
    month: await fieldReportOnTimeRate(db, cityId, { from: current.dataFrom, to: current.dataTo, asOf }),
    yearToDate: { numerator, denominator, percent: percent(numerator, denominator) },
    months,
  };
}
