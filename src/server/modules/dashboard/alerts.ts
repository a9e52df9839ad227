// What is late or about to be, for the Operations Center: the month's missing and returned reports
// and indicators that turned at risk, and (as of now, whatever the month) overdue or nearly due
// tasks, directives and field reports. Critical first, then the newest; warnings by nearest deadline.
import { type Alert, type AlertKind, MAX_ALERTS, type OcAlerts, alertKinds } from '../../../common/dashboard.js';
import { openFieldReportStatuses } from '../../../common/feedback.js';
import { addDays, endOfVietnamDay, vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { daysLate } from '../reporting/calendar.js';
import { reportingUnits } from '../reporting/completeness.js';
import { presentPeriod } from '../reporting/presenter.js';
import { isOpen, timingOf } from '../tasks/delay.js';
import { listUnits } from '../units/service.js';
import type { PastStatus } from './presenter.js';
import { type MonthRef, type MonthRollup, type RollupSource, previousMonth, statusesAt } from './service.js';

/** Tasks and directives due within this many days are flagged. */
export const DUE_SOON_DAYS = 7;
/** Field reports within this many hours of their deadline are flagged. */
export const FIELD_REPORT_WARNING_HOURS = 24;
const HOUR_MS = 3_600_000;

type UnitRef = Alert['unit'];

async function unitLookup(db: Db): Promise<(id: number | null) => UnitRef> {
  const units = new Map((await listUnits(db)).map((unit) => [unit.id, { code: unit.code, name: unit.name }]));
  return (id) => (id === null ? null : (units.get(id) ?? null));
}

/** The month's reports: not sent after the due day, or returned and not sent again. */
async function reportAlerts(db: Db, cityId: number, period: { id: number; year: number; due_date: string }, now: Date): Promise<Alert[]> {
  const units = await reportingUnits(db, cityId, period.year);
  const submissions = new Map(
    (await db.selectFrom('report_submissions').select(['id', 'unit_id', 'status', 'decided_at']).where('period_id', '=', period.id).execute()).map((row) => [row.unit_id, row]),
  );
  const due = endOfVietnamDay(period.due_date).toISOString();
  const late = daysLate(now, period.due_date);
  return units.flatMap((unit): Alert[] => {
    const submission = submissions.get(unit.id);
    const ref = { code: unit.code, name: unit.name };
    if (submission?.status === 'returned') {
      return [{
        id: `report_returned:${submission.id}`,
        kind: 'report_returned',
        severity: late > 0 ? 'critical' : 'warning',
        subject: unit.name,
        code: unit.code,
        unit: ref,
        since: submission.decided_at ?? due,
        due,
        daysLate: late,
        hoursLeft: null,
        link: `/bao-cao/${submission.id}`,
      }];
    }
    if (late === 0 || (submission !== undefined && submission.status !== 'draft')) return [];
    return [{
      id: `report_missing:${period.id}:${unit.id}`,
      kind: 'report_missing',
      severity: 'critical',
      subject: unit.name,
      code: unit.code,
      unit: ref,
      since: due,
      due,
      daysLate: late,
      hoursLeft: null,
      link: submission ? `/bao-cao/${submission.id}` : '/bao-cao/tinh-hinh',
    }];
  });
}

interface Scheduled {
  id: number;
  code: string | null;
  title: string;
  unitId: number;
  status: Parameters<typeof isOpen>[0];
  dueDate: string;
  baselineDueDate: string | null;
  createdAt: string;
}

/** Open tasks and directives past their due date or due within DUE_SOON_DAYS. */
function scheduleAlerts(items: Scheduled[], kind: 'task' | 'directive', unitOf: (id: number) => UnitRef, now: Date): Alert[] {
  const today = vietnamDate(now);
  return items.flatMap((item): Alert[] => {
    if (!isOpen(item.status)) return [];
    const timing = timingOf({ status: item.status, dueDate: item.dueDate, baselineDueDate: item.baselineDueDate, completedOn: null }, today);
    const soon = !timing.overdue && timing.daysLeft !== null && timing.daysLeft <= DUE_SOON_DAYS;
    if (!timing.overdue && !soon) return [];
    const due = endOfVietnamDay(item.dueDate);
    return [{
      id: `${kind}:${item.id}`,
      kind: `${kind}_${timing.overdue ? 'overdue' : 'due_soon'}`,
      severity: timing.overdue ? 'critical' : 'warning',
      subject: item.title,
      code: item.code,
      unit: unitOf(item.unitId),
      since: timing.overdue ? due.toISOString() : item.createdAt,
      due: due.toISOString(),
      daysLate: timing.delay.days,
      hoursLeft: timing.overdue ? null : Math.max(0, Math.ceil((due.getTime() - now.getTime()) / HOUR_MS)),
      link: kind === 'task' ? `/nhiem-vu/${item.id}` : `/chi-dao/${item.id}`,
    }];
  });
}

async function taskAlerts(db: Db, cityId: number, unitOf: (id: number) => UnitRef, now: Date): Promise<Alert[]> {
  const horizon = addDays(vietnamDate(now), DUE_SOON_DAYS);
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'code', 'title', 'lead_unit_id', 'status', 'due_date', 'baseline_due_date', 'created_at'])
    .where('city_id', '=', cityId)
    .where('status', 'in', ['not_started', 'in_progress', 'paused'])
    .where('due_date', '<=', horizon)
    .execute();
  const directives = await db
    .selectFrom('directives')
    .select(['id', 'title', 'owner_unit_id', 'status', 'due_date', 'created_at'])
    .where('city_id', '=', cityId)
    .where('status', 'in', ['not_started', 'in_progress', 'paused'])
    .where('due_date', 'is not', null)
    .where('due_date', '<=', horizon)
    .execute();
  return [
    ...scheduleAlerts(
      tasks.map((task) => ({ id: task.id, code: task.code, title: task.title, unitId: task.lead_unit_id, status: task.status, dueDate: task.due_date, baselineDueDate: task.baseline_due_date, createdAt: task.created_at })),
      'task',
      unitOf,
      now,
    ),
    ...scheduleAlerts(
      directives.flatMap((directive) =>
        directive.due_date === null
          ? []
          : [{ id: directive.id, code: null, title: directive.title, unitId: directive.owner_unit_id, status: directive.status, dueDate: directive.due_date, baselineDueDate: null, createdAt: directive.created_at }],
      ),
      'directive',
      unitOf,
      now,
    ),
  ];
}

/** Open field reports past their deadline (the end of the due day, Vietnam time) or within FIELD_REPORT_WARNING_HOURS of it. */
async function fieldReportAlerts(db: Db, cityId: number, unitOf: (id: number | null) => UnitRef, now: Date): Promise<Alert[]> {
  // A deadline ends at the end of its due day: tomorrow's due day ends within 48 hours.
  const horizon = addDays(vietnamDate(now), 1);
  const reports = await db
    .selectFrom('field_reports')
    .innerJoin('field_report_categories', 'field_report_categories.id', 'field_reports.category_id')
    .select(['field_reports.id', 'field_reports.code', 'field_reports.unit_id', 'field_reports.due_date', 'field_reports.created_at', 'field_reports.address', 'field_report_categories.name as category'])
    .where('field_reports.city_id', '=', cityId)
    .where('field_reports.status', 'in', [...openFieldReportStatuses])
    .where('field_reports.due_date', '<=', horizon)
    .execute();
  return reports.flatMap((report): Alert[] => {
    const deadline = endOfVietnamDay(report.due_date);
    const left = deadline.getTime() - now.getTime();
    if (left > FIELD_REPORT_WARNING_HOURS * HOUR_MS) return [];
    const overdue = left <= 0;
    return [{
      id: `field_report:${report.id}`,
      kind: overdue ? 'field_report_overdue' : 'field_report_due_soon',
      severity: overdue ? 'critical' : 'warning',
      subject: report.address ? `${report.category} – ${report.address}` : report.category,
      code: report.code,
      unit: unitOf(report.unit_id),
      since: overdue ? deadline.toISOString() : report.created_at,
      due: deadline.toISOString(),
      daysLate: daysLate(now, report.due_date),
      hoursLeft: overdue ? null : Math.ceil(left / HOUR_MS),
      link: `/phan-anh/xu-ly/${report.id}`,
    }];
  });
}

/** Indicators at risk this month that were not at risk the month before (January: any at risk). */
function indicatorAlerts(current: MonthRollup, before: Map<string, PastStatus> | null, at: MonthRef): Alert[] {
  const since = endOfVietnamDay(current.period.data_to).toISOString();
  return current.indicators.flatMap((indicator): Alert[] =>
    indicator.approved.status !== 'at_risk' || before?.get(indicator.code)?.status === 'at_risk'
      ? []
      : [{
          id: `indicator_at_risk:${indicator.code}:${at.year}-${at.month}`,
          kind: 'indicator_at_risk',
          severity: 'warning',
          subject: indicator.text,
          code: indicator.code,
          unit: null,
          since,
          due: null,
          daysLate: 0,
          hoursLeft: null,
          link: `/chi-tieu/${encodeURIComponent(indicator.code)}?thang=${at.month}`,
        }],
  );
}

const severityRank = { critical: 0, warning: 1 } as const;

/** Critical first, newest first; warnings by nearest deadline (none last), then newest. */
export function byUrgency(a: Alert, b: Alert): number {
  if (a.severity !== b.severity) return severityRank[a.severity] - severityRank[b.severity];
  if (a.severity === 'warning' && a.due !== b.due) return (a.due ?? '~').localeCompare(b.due ?? '~');
  return b.since.localeCompare(a.since) || a.id.localeCompare(b.id);
}

export async function ocAlerts(db: Db, rollups: RollupSource, cityId: number, at: MonthRef, now: Date): Promise<OcAlerts> {
  const current = await rollups(cityId, at);
  const before = at.month === 1 ? null : await statusesAt(db, rollups, cityId, previousMonth(at));
  const unitOf = await unitLookup(db);
  const all = [
    ...(await reportAlerts(db, cityId, current.period, now)),
    ...(await taskAlerts(db, cityId, unitOf, now)),
    ...(await fieldReportAlerts(db, cityId, unitOf, now)),
    ...indicatorAlerts(current, before, at),
  ].sort(byUrgency);
  const byKind = Object.fromEntries(alertKinds.map((kind) => [kind, 0])) as Record<AlertKind, number>;
  for (const alert of all) byKind[alert.kind] += 1;
  return { period: presentPeriod(current.period), total: all.length, byKind, alerts: all.slice(0, MAX_ALERTS), generatedAt: now.toISOString() };
}
