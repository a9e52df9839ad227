// Achievement against the year's target, apart from the zod contracts: a web page that only lists
// the statuses (the OC's tiles) then does not download zod with them.
export const achievementStatuses = ['met', 'on_track', 'at_risk', 'not_met', 'no_data'] as const;
export type AchievementStatus = (typeof achievementStatuses)[number];
