// Rollups → the public shape: the approved stage only, never the provisional one.
import type { AchievementCounts, PublicIndicator } from '../../../common/public.js';
import { type AchievementStatus, type IndicatorRollup, achievementStatuses } from '../../../common/reporting.js';

export const presentPublicIndicator = (rollup: IndicatorRollup): PublicIndicator => ({
  code: rollup.code,
  text: rollup.text,
  kind: rollup.kind,
  measureType: rollup.measureType,
  measureUnit: rollup.measureUnit,
  target: rollup.target,
  expectedUnits: rollup.expectedUnits,
  approved: rollup.approved,
});

/** How many indicators stand at each status. */
export function countStatuses(statuses: AchievementStatus[]): AchievementCounts {
  const counts = Object.fromEntries(achievementStatuses.map((status) => [status, 0])) as AchievementCounts;
  for (const status of statuses) counts[status] += 1;
  return counts;
}
