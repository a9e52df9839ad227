import type { Plan, PlanContent, PlanDetail, PlanProposalView, PlanSummary, ProvinceRollup } from '../../../common/plan.js';
import { api } from '../../app/api.js';

let plansRequest: Promise<PlanSummary[]> | undefined;

/** The plans, first the one /plan opens on when asked for none; fetched once per visit (header, reporting pages). */
export function fetchPlans(): Promise<PlanSummary[]> {
  plansRequest ??= api.get<PlanSummary[]>('/plans').catch((error: unknown) => {
    plansRequest = undefined;
    throw error;
  });
  return plansRequest;
}

/** After creating, issuing or amending a plan the list is asked for again. */
export function forgetPlans(): void {
  plansRequest = undefined;
  planRequest = undefined;
}

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
export const cityName = (unitName: string) => unitName.replace(/^(UBND\s+)?(thành phố|TP\.)\s+/i, '');

/** The header's city: the one /plan opens on (the first listed), from the short list of plans. */
export async function fetchCityName(): Promise<string | null> {
  const [first] = await fetchPlans();
  return first ? cityName(first.unitName) : null;
}

/** The first city's issued plans, newest first, and the one its screens open on. */
export async function fetchPlanYears(): Promise<{ years: number[]; current: number }> {
  const plans = await fetchPlans();
  const city = plans.find((plan) => plan.unitKind === 'city')?.unitCode;
  const issued = plans.filter((plan) => plan.unitCode === city && plan.status === 'issued');
  const current = issued.find((plan) => plan.current) ?? issued[0];
  // No plan at all: /plan answers with its own "not found".
  return current ? { years: issued.map((plan) => plan.year), current: current.year } : { years: [], current: (await fetchPlan()).year };
}

export const fetchPlanYearOf = (year: number) => api.get<Plan>(`/plan?year=${year}`);
export const fetchPlanDetail = (id: number) => api.get<PlanDetail>(`/plans/${id}`);
export const createPlan = (input: { unit?: string; year: number; from: 'blank' | 'copy' }) => api.post<PlanDetail>('/plans', input);
export const savePlan = (id: number, content: PlanContent) => api.put<PlanDetail>(`/plans/${id}`, { content });
export const deletePlan = (id: number) => api.delete(`/plans/${id}`);
export const issuePlan = (id: number, form: FormData) => api.upload<PlanDetail>(`/plans/${id}/issue`, form);
export const amendPlan = (id: number, form: FormData) => api.upload<PlanDetail>(`/plans/${id}/amendments`, form);
export const importPlanWorkbook = (id: number, form: FormData) => api.upload<PlanDetail>(`/plans/${id}/import`, form);
export const proposeFromText = (id: number, form: FormData) => api.upload<{ proposal: PlanProposalView; content: PlanContent }>(`/plans/${id}/text-proposal`, form);
export const fetchProvinceRollup = (year: number, month: number) => api.get<ProvinceRollup>(`/plans/province-rollup?year=${year}&month=${month}`);

export const templateUrl = (year: number, unit?: string) => `/api/plans/template.xlsx?year=${year}${unit ? `&unit=${encodeURIComponent(unit)}` : ''}`;
export const planWorkbookUrl = (id: number) => `/api/plans/${id}/plan.xlsx`;
export const versionDocumentUrl = (id: number, version: number) => `/api/plans/${id}/versions/${version}/document`;
