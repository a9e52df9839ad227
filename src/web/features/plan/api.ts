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

/** "UBND thành phố Vũng Tàu" → "Vũng Tàu": the city's own name, for the header. */
export const cityName = (plan: Plan) => plan.unit.name.replace(/^(UBND\s+)?(thành phố|TP\.)\s+/i, '');
