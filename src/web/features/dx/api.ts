import type { DxExplanation, DxRanking, DxWeights, DxWeightsInput, WardOverview } from '../../../common/dx.js';
import { api } from '../../app/api.js';

const period = (year: number, month: number) => `year=${year}&month=${month}`;

export const fetchRanking = (year: number, month: number) => api.get<DxRanking>(`/dx/ranking?${period(year, month)}`);
/** A ward's explanation, or the city's when given the city's code. */
export const fetchExplanation = (unitCode: string, year: number, month: number) =>
  api.get<DxExplanation>(`/dx/wards/${encodeURIComponent(unitCode)}?${period(year, month)}`);
export const fetchWeights = (year: number) => api.get<DxWeights>(`/dx/weights?year=${year}`);
export const saveWeights = (year: number, input: DxWeightsInput) => api.put<DxWeights>(`/dx/weights?year=${year}`, input);
export const fetchWardOverview = (unitCode: string, year: number, month: number) =>
  api.get<WardOverview>(`/wards/${encodeURIComponent(unitCode)}/overview?${period(year, month)}`);
