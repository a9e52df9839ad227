// The public read API as /cong-khai uses it: no session needed.
import type { PublicOverview } from '../../../common/public.js';
import { api } from '../../app/api.js';

export type { PublicOverview };

/** A month of the plan's year; without one, the last month the coordinator has consolidated. */
export const fetchPublicOverview = (month?: number) => api.get<PublicOverview>(`/public/overview${month === undefined ? '' : `?month=${month}`}`);
