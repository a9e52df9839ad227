// /oc's first data, asked for as the app starts, beside /auth/me and the page's code instead of after
// them: the achievement figure is the page's largest paint. The page's own GETs take these answers.
import type { Period } from '../../../common/reporting.js';
import { api } from '../../app/api.js';
import { fetchPlanYears } from '../plan/api.js';
import { periodsPath } from '../reporting/api.js';
import { chosenMonth, chosenYear, pickPeriod } from '../reporting/period.js';
import { pickYear } from '../reporting/use-reporting-year.js';
import { alertsPath, overviewPath } from './api.js';

/**
 * The year's periods, then the overview and alerts of the month the page will open on (as OcPage picks
 * it); settles when they have arrived or failed.
 */
export async function prefetchOc(search: string): Promise<void> {
  // Who is signed in too: the page renders once /auth/me has answered (the session asks for it after the first render).
  void api.prefetch('/auth/me');
  const params = new URLSearchParams(search);
  const { years, current } = await fetchPlanYears();
  const year = pickYear(years, current, chosenYear(params));
  const periods = await api.prefetch<Period[]>(periodsPath(year));
  if (!periods) return;
  const month = pickPeriod(periods, chosenMonth(params))?.month ?? 12;
  await Promise.all([api.prefetch(overviewPath(year, month)), api.prefetch(alertsPath(year, month))]);
}

let markPainted: (() => void) | undefined;

/** Settles once /oc has painted its overview (ocPainted), or after 5 s: the web font waits for it. */
export function ocFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    markPainted = resolve;
    setTimeout(resolve, 5000);
  });
}

/** Called by /oc when its overview is on screen. */
export function ocPainted(): void {
  markPainted?.();
  markPainted = undefined;
}
