// The field-report setup API as the admin screens use it: categories, routing rules, ward centres
// and Open311 keys.
import type { z } from 'zod';
import type {
  CategoryInput,
  CategoryPatch,
  FieldReportCategory,
  RoutingRule,
  RoutingRuleInput,
  apiKeySchema,
  newApiKeySchema,
} from '../../../common/feedback.js';
import { api } from '../../app/api.js';
import type { WardLocation } from '../feedback/api.js';

export type ApiKey = z.infer<typeof apiKeySchema>;
export type NewApiKey = z.infer<typeof newApiKeySchema>;
export type { CategoryInput, FieldReportCategory, RoutingRule, WardLocation };

export const fetchCategories = () => api.get<FieldReportCategory[]>('/field-reports/categories');
export const createCategory = (input: CategoryInput) => api.post<FieldReportCategory>('/field-reports/categories', input);
export const updateCategory = (id: number, patch: CategoryPatch) => api.patch<FieldReportCategory>(`/field-reports/categories/${id}`, patch);

export const fetchRules = () => api.get<RoutingRule[]>('/field-reports/routing-rules');
export const createRule = (input: RoutingRuleInput) => api.post<RoutingRule[]>('/field-reports/routing-rules', input);
export const deleteRule = (id: number) => api.delete(`/field-reports/routing-rules/${id}`);

export const setWardCentre = (unitId: number, point: { lat: number; lng: number }) => api.put<WardLocation[]>(`/field-reports/wards/${unitId}/centre`, point);

export const fetchApiKeys = () => api.get<ApiKey[]>('/open311/keys');
export const issueApiKey = (name: string) => api.post<NewApiKey>('/open311/keys', { name });
export const revokeApiKey = (id: number) => api.post<ApiKey>(`/open311/keys/${id}/revoke`, {});
