import type { OcAlerts, OcOverview } from '../../../common/dashboard.js';
import type { WardMeasures } from '../../../common/dx.js';
import { api } from '../../app/api.js';

export const overviewPath = (year: number, month: number) => `/oc/overview?year=${year}&month=${month}`;
export const alertsPath = (year: number, month: number) => `/oc/alerts?year=${year}&month=${month}`;
export const fetchOverview = (year: number, month: number) => api.get<OcOverview>(overviewPath(year, month));
export const fetchAlerts = (year: number, month: number) => api.get<OcAlerts>(alertsPath(year, month));
/** What the ward map colours the wards by (the DX module's figures). */
export const fetchWardMeasures = (year: number, month: number) => api.get<WardMeasures>(`/dx/ward-measures?year=${year}&month=${month}`);
/** The server-sent events stream (same origin, session cookie). */
export const EVENTS_URL = '/api/oc/events';
