import type {
  CityRollup,
  Completeness,
  DueOnDayOff,
  FigureInput,
  IndicatorPage,
  Period,
  ReportForm,
  SubmissionStatus,
  SubmissionSummary,
} from '../../../common/reporting.js';
import { api } from '../../app/api.js';

export type ReportAction = 'read' | 'edit' | 'submit' | 'approve' | 'return' | 'reopen';
export type ReportUnit = { id: number; code: string; name: string };

export interface MyReports {
  /** The signed-in user's unit, or null when it reports no indicator. */
  unit: ReportUnit | null;
  periods: { period: Period; submission: SubmissionSummary | null }[];
}

export interface ReportingCalendar {
  cutoffDay: number;
  unitDueDay: number;
  consolidationDay: number;
  changeWarningPercent: number;
  dueOnDayOff: DueOnDayOff;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { username: string; fullName: string } | null;
  entity: string;
  indicatorCode: string | null;
  action: string;
  changes: Record<string, [unknown, unknown]> | null;
  reason: string | null;
}

export type CellState = SubmissionStatus | 'missing';

export interface ReminderList {
  period: Period;
  units: { unit: ReportUnit; state: CellState; daysLate: number; lastRemindedAt: string | null }[];
}

const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

export const periodsPath = (year: number) => `/reporting/periods?${query({ year })}`;
export const fetchPeriods = (year: number) => api.get<Period[]>(periodsPath(year));
export const fetchMyReports = (year: number) => api.get<MyReports>(`/reporting/mine?${query({ year })}`);
/** Opens the unit's report for a period, creating the draft when there is none yet. */
export const openReport = (periodId: number, unitId: number) => api.post<ReportForm>('/reporting/submissions', { periodId, unitId });
export const fetchReport = (id: number) => api.get<ReportForm>(`/reporting/submissions/${id}`);
export const saveFigures = (id: number, version: number, figures: FigureInput[]) =>
  api.put<ReportForm>(`/reporting/submissions/${id}/figures`, { version, figures });
export const submitReport = (id: number, version: number) => api.post<ReportForm>(`/reporting/submissions/${id}/submit`, { version });
export const approveReport = (id: number, version: number) => api.post<ReportForm>(`/reporting/submissions/${id}/approve`, { version });
export const returnReport = (id: number, version: number, reason: string) =>
  api.post<ReportForm>(`/reporting/submissions/${id}/return`, { version, reason });
export const reopenReport = (id: number, version: number, reason: string) =>
  api.post<ReportForm>(`/reporting/submissions/${id}/reopen`, { version, reason });

export function uploadEvidence(id: number, files: readonly File[], indicatorCode: string | null): Promise<ReportForm> {
  const form = new FormData();
  if (indicatorCode) form.append('indicatorCode', indicatorCode);
  for (const file of files) form.append('files', file, file.name);
  return api.upload<ReportForm>(`/reporting/submissions/${id}/evidence`, form);
}
export const evidenceUrl = (id: number) => `/api/reporting/evidence/${id}`;

export const fetchAudit = (submissionId: number) => api.get<AuditEntry[]>(`/reporting/audit?${query({ submissionId })}`);
export const fetchQueue = () => api.get<SubmissionSummary[]>('/reporting/queue');
export const fetchCompleteness = (year: number) => api.get<Completeness>(`/reporting/completeness?${query({ year })}`);
export const fetchRollup = (year: number, month: number) => api.get<CityRollup>(`/reporting/rollup?${query({ year, month })}`);
export const fetchIndicatorPage = (code: string, year: number, month: number) =>
  api.get<IndicatorPage>(`/reporting/indicators/${encodeURIComponent(code)}?${query({ year, month })}`);
export const breakdownUrl = (code: string, format: 'csv' | 'xlsx', year: number, month: number) =>
  `/api/reporting/indicators/${encodeURIComponent(code)}/breakdown.${format}?${query({ year, month })}`;

export const fetchCalendar = () => api.get<ReportingCalendar>('/reporting/calendar');
export const saveCalendar = (calendar: ReportingCalendar) => api.put<ReportingCalendar>('/reporting/calendar', calendar);

export const fetchReminders = (periodId: number) => api.get<ReminderList>(`/reporting/reminders?${query({ periodId })}`);
export const sendReminders = (periodId: number, unitIds?: number[]) =>
  api.post<{ sent: number }>('/reporting/reminders', unitIds ? { periodId, unitIds } : { periodId });
