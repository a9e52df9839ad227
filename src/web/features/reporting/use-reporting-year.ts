import type { Period } from '../../../common/reporting.js';
import { type Resource, useResource } from '../../app/use-resource.js';
import { fetchPlanYear } from '../plan/api.js';
import { fetchPeriods } from './api.js';

export interface ReportingYear {
  year: number;
  periods: Period[];
}

/** Reporting follows the plan: its year, and that year's twelve periods. */
async function loadReportingYear(): Promise<ReportingYear> {
  const year = await fetchPlanYear();
  return { year, periods: await fetchPeriods(year) };
}

export const useReportingYear = (): Resource<ReportingYear> => useResource(loadReportingYear);
