// Reporting tables (see migrations/20241102000000_reporting.ts).
import type { Generated, Selectable } from 'kysely';
import type { DueOnDayOff, SubmissionStatus } from '../../../common/reporting.js';

/** approved: approved figures only; provisional: submitted or approved. */
export type RollupStage = 'approved' | 'provisional';

export interface ReportingCalendarTable {
  unit_id: number;
  cutoff_day: number;
  unit_due_day: number;
  consolidation_day: number;
  change_warning_percent: number;
  due_on_day_off: DueOnDayOff;
  updated_at: string;
}

export interface ReportingPeriodTable {
  id: Generated<number>;
  unit_id: number;
  year: number;
  month: number;
  data_from: string;
  data_to: string;
  due_date: string;
  consolidation_due_date: string;
}

export interface ReportSubmissionTable {
  id: Generated<number>;
  period_id: number;
  unit_id: number;
  status: SubmissionStatus;
  version: number;
  first_submitted_at: string | null;
  submitted_at: string | null;
  submitted_by: number | null;
  decided_at: string | null;
  decided_by: number | null;
  return_reason: string | null;
  demo: number;
  created_at: string;
  updated_at: string;
}

export interface ReportValueTable {
  id: Generated<number>;
  submission_id: number;
  indicator_id: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  met: number | null;
  done_date: string | null;
  comment: string | null;
  updated_at: string;
  updated_by: number | null;
}

export interface ReportEvidenceTable {
  id: Generated<number>;
  submission_id: number;
  indicator_id: number | null;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface RollupCellTable {
  indicator_id: number;
  period_id: number;
  stage: RollupStage;
  units: number;
  numerator: number;
  denominator: number;
  value_sum: number;
  met: number;
  done: number;
  latest_done_date: string | null;
}

declare module '../../db/schema.js' {
  interface Database {
    reporting_calendars: ReportingCalendarTable;
    reporting_periods: ReportingPeriodTable;
    report_submissions: ReportSubmissionTable;
    report_values: ReportValueTable;
    report_evidence: ReportEvidenceTable;
    rollup_cells: RollupCellTable;
  }
}

export type PeriodRow = Selectable<ReportingPeriodTable>;
export type SubmissionRow = Selectable<ReportSubmissionTable>;
export type ValueRow = Selectable<ReportValueTable>;
export type RollupCellRow = Selectable<RollupCellTable>;
