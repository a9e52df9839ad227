// Who may do what to a field report. Anyone reads the public view; the coordinator and leaders of
// the city read every report in full and triage; a unit's officers read and work only the reports
// assigned to their unit; a leader extends a deadline once; the administrator keeps the calendar.
import { type FieldReportStatus, isOpenFieldReport } from '../../../common/feedback.js';
import { type Actor, definePolicy, isRole, withinJurisdiction, withinOwnCity } from '../../lib/policy.js';
import { directs } from '../tasks/policy.js';
import type { FieldReportRow } from './schema.js';

export interface ReportResource {
  cityId: number;
  unitId: number | null;
  status: FieldReportStatus;
  extended: boolean;
  /** The deadline has not passed yet. */
  beforeDeadline: boolean;
}

export const reportResource = (row: FieldReportRow, beforeDeadline: boolean): ReportResource => ({
  cityId: row.city_id,
  unitId: row.unit_id,
  status: row.status,
  extended: row.extended_at !== null,
  beforeDeadline,
});

/**
 * The administrator keeps the platform (accounts, categories, routing, keys, calendar) and works no
 * cases: the officers' desk and a report's full record, with the citizen's contact, are not theirs.
 */
const worksCases = (actor: Actor) => !isRole(actor, 'admin');

/** The assigned unit's people (a viewer only watches). */
const handles = (actor: Actor, report: ReportResource) =>
  report.unitId !== null && actor.unitId === report.unitId && !isRole(actor, 'viewer', 'admin') && withinJurisdiction(actor, report.cityId);

const working = (report: ReportResource) => report.status === 'assigned' || report.status === 'in_progress';

export const fieldReportPolicy = definePolicy({
  /** The full record: reporter's contact, internal notes. */
  read: (actor: Actor, report: ReportResource) => directs(actor, report.cityId) || handles(actor, report),
  triage: (actor: Actor, report: ReportResource) => directs(actor, report.cityId) && isOpenFieldReport(report.status),
  accept: (actor: Actor, report: ReportResource) => handles(actor, report) && report.status === 'assigned',
  update: (actor: Actor, report: ReportResource) => handles(actor, report) && working(report),
  resolve: (actor: Actor, report: ReportResource) => handles(actor, report) && working(report),
  transferBack: (actor: Actor, report: ReportResource) => handles(actor, report) && working(report),
  // Once, while the deadline still runs: a late report is not made on time afterwards.
  extend: (actor: Actor, report: ReportResource) =>
    isRole(actor, 'leader') && withinOwnCity(actor, report.cityId) && isOpenFieldReport(report.status) && !report.extended && report.beforeDeadline,
});

/** The officers' desk (lists of reports in full), for everyone who may work or watch cases. */
export const fieldReportDeskPolicy = definePolicy({
  open: (actor: Actor, _desk: 'desk') => worksCases(actor),
});

export type ReportScope = { kind: 'cities'; cityIds: number[] } | { kind: 'unit'; unitId: number };

/** Which reports an officer's lists hold, matching `read` above: the city's for those who direct, else the unit's. */
export function reportScope(actor: Actor): ReportScope {
  if (isRole(actor, 'coordinator', 'leader')) return { kind: 'cities', cityIds: [...actor.jurisdiction] };
  return { kind: 'unit', unitId: isRole(actor, 'viewer') ? -1 : actor.unitId };
}

/** Categories, routing rules, ward locations of a city: the coordinator (and the administrator). */
export const feedbackSetupPolicy = definePolicy({
  configure: (actor: Actor, cityId: number) => isRole(actor, 'coordinator', 'admin') && withinJurisdiction(actor, cityId),
  viewStats: (actor: Actor, cityId: number) => withinJurisdiction(actor, cityId),
});
