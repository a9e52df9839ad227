// Statuses → the standing of a set of indicators, as the Operations Center shows it.
import type { AchievementStatus } from '../../../common/reporting.js';
import type { Standing } from '../../../common/dashboard.js';
import { countStatuses } from '../public/presenter.js';

export interface PastStatus {
  status: AchievementStatus;
  value: number | null;
}

/** Counts by status; achievement = (đạt + đúng tiến độ) / all indicators, those without figures included. */
export function presentStanding(statuses: AchievementStatus[]): Standing {
  const counts = countStatuses(statuses);
  const total = statuses.length;
  return { counts, total, achievementPercent: total === 0 ? null : ((counts.met + counts.on_track) / total) * 100 };
}
