// The public read API as /cong-khai uses it: no session needed.
import type { PublicOverview } from '../../../common/public.js';
import { api } from '../../app/api.js';

export type { PublicOverview };

/** A year's plan (the current one without) and a month of it; without one, the last month the coordinator has consolidated. */
export function fetchPublicOverview(year: number | undefined, month: number | undefined): Promise<PublicOverview> {
  const query = new URLSearchParams();
  if (year !== undefined) query.set('year', String(year));
  if (month !== undefined) query.set('month', String(month));
  const search = query.toString();
  return api.get<PublicOverview>(`/public/overview${search ? `?${search}` : ''}`);
}
