// Statuses → the standing of a set of indicators, as the Operations Center shows it.
import { achievementStatuses, type AchievementStatus } from '../../../common/reporting.js';
import type { Standing } from '../../../common/dashboard.js';
import type { AchievementCounts } from '../../../common/public.js';

export interface PastStatus {
  status: AchievementStatus;
  value: number | null;
}

/** Counts by status; achievement = (đạt + đúng tiến độ) / all indicators, those without figures included. */
export function presentStanding(statuses: readonly AchievementStatus[]): Standing {
  const counts = Object.fromEntries(achievementStatuses.map((status) => [status, 0])) as AchievementCounts;
  for (const status of statuses) counts[status] += 1;
  const total = statuses.length;
  return { counts, total, achievementPercent: total === 0 ? null : ((counts.met + counts.on_track) / total) * 100 };
}
