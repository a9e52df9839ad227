// A ward's page: its figures against the targets, its reports month by month, the tasks and
// directives it owns, the field reports in it (never who filed them) and its rank through the year.
import { isOpenFieldReport } from '../../../common/feedback.js';
import type { WardOverview } from '../../../common/dx.js';
import { endOfVietnamDay } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import type { UnitRow } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { visibleDirectives } from '../directives/service.js';
import { assess } from '../reporting/achievement.js';
import { daysLate } from '../reporting/calendar.js';
import { visibleTasks } from '../tasks/views.js';
import { dxPolicy } from './policy.js';
import { indicatorValue, loadInputs, scoreYear } from './service.js';

const RECENT_FIELD_REPORTS = 20;

async function recentFieldReports(db: Db, ward: UnitRow, now: Date): Promise<WardOverview['fieldReports']['recent']> {
  const rows = await db
    .selectFrom('field_reports')
    .innerJoin('field_report_categories as c', 'c.id', 'field_reports.category_id')
    .select(['field_reports.code', 'c.name as category', 'field_reports.status', 'field_reports.created_at', 'field_reports.due_date', 'field_reports.closed_at'])
    .where((eb) => eb.or([eb('field_reports.ward_id', '=', ward.id), eb('field_reports.unit_id', '=', ward.id)]))
    .where('field_reports.status', '!=', 'merged')
    .orderBy('field_reports.created_at', 'desc')
    .orderBy('field_reports.id', 'desc')
    .limit(RECENT_FIELD_REPORTS)
    .execute();
  return rows.map((row) => {
    const deadline = endOfVietnamDay(row.due_date);
    return {
      code: row.code,
      category: row.category,
      status: row.status,
      receivedAt: row.created_at,
      dueDate: row.due_date,
      overdue: isOpenFieldReport(row.status) && now >= deadline,
      closedOnTime: row.status === 'resolved' && row.closed_at !== null ? new Date(row.closed_at) < deadline : null,
    };
  });
}

export async function wardOverview(db: Db, actor: Actor, ward: UnitRow, year: number, month: number, now: Date): Promise<WardOverview> {
  const cityId = ward.parent_id ?? -1;
  dxPolicy.authorize(actor, 'read', cityId);
  const inputs = await loadInputs(db, cityId, year, month, now, true);
  const history = await scoreYear(db, inputs);
  const current = history.at(-1);
  const standing = current?.wards.find((candidate) => candidate.unit.id === ward.id);
  const period = inputs.periods.at(-1);
  if (!current || !standing || !period) throw new Error(`no scores for ${ward.code} in ${month}/${year}`);
  const only = new Set([ward.id]);

  const [{ tasks }, directives] = await Promise.all([visibleTasks(db, actor, now), visibleDirectives(db, actor, now)]);
  const { fieldReports } = standing;
  return {
    year,
    month,
    unit: { id: ward.id, code: ward.code, name: ward.name },
    dx: { total: standing.score.total, rank: standing.rank, wardCount: current.wards.length },
    indicators: [...inputs.indicators.values()].map((indicator) => {
      const { rule, value } = indicatorValue(inputs, only, indicator, month);
      return {
        code: indicator.code,
        text: indicator.text,
        kind: indicator.kind,
        measureUnit: indicator.measure_unit,
        target: rule.target,
        value: value.value,
        numerator: value.numerator,
        denominator: value.denominator,
        status: assess(rule, value, period.data_to, month === 12).status,
      };
    }),
    reports: inputs.periods.map((row) => {
      const submission = inputs.submissions.get(`${ward.id}:${row.id}`);
      const sentAt = submission?.firstSubmittedAt ?? null;
      const overdue = now >= endOfVietnamDay(row.due_date);
      return {
        month: row.month,
        dueDate: row.due_date,
        state: submission?.status ?? 'missing',
        firstSubmittedAt: sentAt,
        daysLate: sentAt !== null ? daysLate(new Date(sentAt), row.due_date) : overdue ? daysLate(now, row.due_date) : null,
      };
    }),
    tasks: tasks
      .filter((task) => task.leadUnit.id === ward.id || task.coordinatingUnits.some((unit) => unit.id === ward.id))
      .map((task) => ({
        id: task.id,
        code: task.code,
        title: task.title,
        lead: task.leadUnit.id === ward.id,
        status: task.status,
        dueDate: task.dueDate,
        overdue: task.timing.overdue,
        delayDays: task.timing.delay.days,
      })),
    directives: directives
      .filter((directive) => directive.ownerUnit.id === ward.id)
      .map((directive) => ({
        id: directive.id,
        title: directive.title,
        status: directive.status,
        dueDate: directive.dueDate,
        overdue: directive.timing.overdue,
        delayDays: directive.timing.delay.days,
      })),
    fieldReports: {
      closed: fieldReports.closed,
      closedOnTime: fieldReports.closedOnTime,
      open: fieldReports.open,
      openOverdue: fieldReports.openOverdue,
      onTimeRate: fieldReports.closed === 0 ? null : (fieldReports.closedOnTime / fieldReports.closed) * 100,
      recent: await recentFieldReports(db, ward, now),
    },
    rankHistory: history.flatMap((scores) => {
      const row = scores.wards.find((candidate) => candidate.unit.id === ward.id);
      return row ? [{ month: scores.month, total: row.score.total, rank: row.rank }] : [];
    }),
  };
}
