// Holiday calendar tables (see migrations/20241202000000_holiday_calendar.ts); the days are in
// holidays (lib/working-days.ts).
import type { Generated, Selectable } from 'kysely';
import type { AdjustmentKind, HolidayYearStatus } from '../../../common/holidays.js';

export interface HolidayYearTable {
  year: number;
  status: HolidayYearStatus;
  /** JSON: Holiday[], the computed days before any adjustment. */
  proposal: string;
  reference: string | null;
  proposed_at: string;
  confirmed_at: string | null;
  confirmed_by: number | null;
  updated_at: string;
}

export interface HolidayAdjustmentTable {
  id: Generated<number>;
  year: number;
  kind: AdjustmentKind;
  date: string;
  from_date: string | null;
  name: string | null;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export type HolidayYearRow = Selectable<HolidayYearTable>;
export type HolidayAdjustmentRow = Selectable<HolidayAdjustmentTable>;

declare module '../../db/schema.js' {
  interface Database {
    holiday_years: HolidayYearTable;
    holiday_adjustments: HolidayAdjustmentTable;
  }
}
