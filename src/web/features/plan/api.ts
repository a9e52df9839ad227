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

let plansRequest: Promise<PlanSummary[]> | undefined;

/** The plans, first the one /plan opens on when asked for none; fetched once per visit (header, reporting pages). */
function fetchPlans(): Promise<PlanSummary[]> {
  plansRequest ??= api.get<PlanSummary[]>('/plans').catch((error: unknown) => {
    plansRequest = undefined;
    throw error;
  });
  return plansRequest;
}

/** "UBND thành phố Vũng Tàu" → "Vũng Tàu": the city's own name, for the header. */
export const cityName = (unitName: string) => unitName.replace(/^(UBND\s+)?(thành phố|TP\.)\s+/i, '');

/** The header's city: the one /plan opens on (the first listed), from the short list of plans. */
export async function fetchCityName(): Promise<string | null> {
  const [first] = await fetchPlans();
  return first ? cityName(first.unitName) : null;
}

/** The year of the plan /plan opens on, without loading the whole plan. */
export async function fetchPlanYear(): Promise<number> {
  const [first] = await fetchPlans();
  // No plan at all: /plan answers with its own "not found".
  return first ? first.year : (await fetchPlan()).year;
}
