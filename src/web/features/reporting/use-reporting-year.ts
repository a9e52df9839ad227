import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Period } from '../../../common/reporting.js';
import { type Resource, useResource } from '../../app/use-resource.js';
import { fetchPlanYears } from '../plan/api.js';
import { fetchPeriods } from './api.js';
import { chosenYear } from './period.js';

export interface ReportingYear {
  year: number;
  periods: Period[];
  /** The years with an issued plan, newest first (the year switch). */
  years: number[];
  /** The year screens open on: this year's plan, else the latest issued. */
  current: number;
}

/** The year chosen in the address (?nam=2025) when it has an issued plan, else the current plan's. */
export const pickYear = (years: readonly number[], current: number, chosen: number | undefined) => (chosen !== undefined && years.includes(chosen) ? chosen : current);

/** Reporting follows an issued plan: the chosen or current year, and its twelve periods. */
async function loadReportingYear(chosen: number | undefined): Promise<ReportingYear> {
  const { years, current } = await fetchPlanYears();
  const year = pickYear(years, current, chosen);
  return { year, years, current, periods: await fetchPeriods(year) };
}

export function useReportingYear(): Resource<ReportingYear> {
  const [params] = useSearchParams();
  const chosen = chosenYear(params);
  return useResource(useCallback(() => loadReportingYear(chosen), [chosen]));
}
