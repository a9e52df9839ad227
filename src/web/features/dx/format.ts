// Index points as people read them: "826,8" in Vietnamese, "826.8" in English.
import { formatNumber } from '../../app/format.js';
import type { Language } from '../../app/i18n.js';

export const formatPoints = (points: number, language: Language): string => formatNumber(points, language, 1);

/** Places gained since the previous period (positive: moved up); null without a previous rank. */
export const rankGain = (rank: number, previousRank: number | null): number | null => (previousRank === null ? null : previousRank - rank);
