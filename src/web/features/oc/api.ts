import type { OcAlerts, OcOverview } from '../../../common/dashboard.js';
import { api } from '../../app/api.js';

export const fetchOverview = (year: number, month: number) => api.get<OcOverview>(`/oc/overview?year=${year}&month=${month}`);
export const fetchAlerts = (year: number, month: number) => api.get<OcAlerts>(`/oc/alerts?year=${year}&month=${month}`);
/** The server-sent events stream (same origin, session cookie). */
export const EVENTS_URL = '/api/oc/events';
