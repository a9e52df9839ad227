// Arrows for a rank and a score that moved since the previous period, with the words screen readers read.
import { useI18n } from '../../app/i18n.js';
import { formatNumber } from '../../app/format.js';
import { formatPoints, rankGain } from './format.js';

export function RankChange({ rank, previousRank }: { rank: number; previousRank: number | null }) {
  const { t, language } = useI18n();
  const gain = rankGain(rank, previousRank);
  if (gain === null) return <span className="muted">—</span>;
  const count = formatNumber(Math.abs(gain), language);
  if (gain === 0) return <span className="dx-move dx-move-same">{t('dx.rankSame')}</span>;
  return (
    <span className={gain > 0 ? 'dx-move dx-move-up' : 'dx-move dx-move-down'}>
      <span aria-hidden="true">{gain > 0 ? '▲' : '▼'} </span>
      {t(gain > 0 ? 'dx.rankUp' : 'dx.rankDown', { count })}
    </span>
  );
}

export function PointsChange({ total, previousTotal }: { total: number; previousTotal: number | null }) {
  const { t, language } = useI18n();
  if (previousTotal === null) return <span className="muted">—</span>;
  // Both are multiples of 0.1: compare in tenths so 0.1 + 0.2 never shows as a change.
  const tenths = Math.round(total * 10) - Math.round(previousTotal * 10);
  const sign = tenths > 0 ? '+' : tenths < 0 ? '−' : '±';
  return (
    <span className={tenths > 0 ? 'dx-delta dx-move-up' : tenths < 0 ? 'dx-delta dx-move-down' : 'dx-delta'}>
      {t('dx.pointsChange', { sign, points: formatPoints(Math.abs(tenths) / 10, language) })}
    </span>
  );
}
