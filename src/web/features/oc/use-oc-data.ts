// The overview and the alerts of one month, refreshed whenever the live stream says something changed
// and every few minutes.
import { useCallback, useEffect } from 'react';
import type { OcAlerts, OcOverview } from '../../../common/dashboard.js';
import { type Resource, useResource } from '../../app/use-resource.js';
import { fetchAlerts, fetchOverview } from './api.js';
import { type LiveState, useLiveEvents } from './use-live-events.js';

export interface OcData {
  overview: Resource<OcOverview>;
  alerts: Resource<OcAlerts>;
  live: LiveState;
}

/**
 * Alerts age with the clock (a task turns overdue at midnight, a field report nears its deadline) when
 * nothing is published, so the screens also refresh every few minutes; it keeps a wall's session in use too.
 */
export const CLOCK_REFRESH_MS = 5 * 60_000;

export function useOcData(year: number, month: number): OcData {
  const overview = useResource(useCallback(() => fetchOverview(year, month), [year, month]));
  const alerts = useResource(useCallback(() => fetchAlerts(year, month), [year, month]));
  const { reload: reloadOverview } = overview;
  const { reload: reloadAlerts } = alerts;
  const refresh = useCallback(() => {
    reloadOverview();
    reloadAlerts();
  }, [reloadOverview, reloadAlerts]);
  const live = useLiveEvents(refresh);
  useEffect(() => {
    const timer = setInterval(refresh, CLOCK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { overview, alerts, live };
}
