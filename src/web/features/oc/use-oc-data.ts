// The overview and the alerts of one month, refreshed whenever the live stream says something changed.
import { useCallback } from 'react';
import type { OcAlerts, OcOverview } from '../../../common/dashboard.js';
import { type Resource, useResource } from '../../app/use-resource.js';
import { fetchAlerts, fetchOverview } from './api.js';
import { type LiveState, useLiveEvents } from './use-live-events.js';

export interface OcData {
  overview: Resource<OcOverview>;
  alerts: Resource<OcAlerts>;
  live: LiveState;
}

export function useOcData(year: number, month: number): OcData {
  const overview = useResource(useCallback(() => fetchOverview(year, month), [year, month]));
  const alerts = useResource(useCallback(() => fetchAlerts(year, month), [year, month]));
  const { reload: reloadOverview } = overview;
  const { reload: reloadAlerts } = alerts;
  const live = useLiveEvents(
    useCallback(() => {
      reloadOverview();
      reloadAlerts();
    }, [reloadOverview, reloadAlerts]),
  );
  return { overview, alerts, live };
}
