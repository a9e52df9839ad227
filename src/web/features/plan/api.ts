import type { Plan } from '../../../common/plan.js';
import { api } from '../../app/api.js';

let planRequest: Promise<Plan> | undefined;

/** The current plan; fetched once per visit (the header and the plan page both need it). */
export function fetchPlan(): Promise<Plan> {
  planRequest ??= api.get<Plan>('/plan').catch((error: unknown) => {
    planRequest = undefined;
    throw error;
  });
  return planRequest;
}

/** A plan as listed by /plans: a few fields, where the whole plan is tens of kilobytes. */
interface PlanSummary {
  id: number;
  year: number;
  title: string;
  unitCode: string;
  unitName: string;
}

/** "UBND thành phố Vũng Tàu" → "Vũng Tàu": the city's own name, for the header. */
export const cityName = (unitName: string) => unitName.replace(/^(UBND\s+)?(thành phố|TP\.)\s+/i, '');

/** The header's city: the one /plan opens on (the first listed), from the short list of plans. */
export async function fetchCityName(): Promise<string | null> {
  const [first] = await api.get<PlanSummary[]>('/plans');
  return first ? cityName(first.unitName) : null;
}
