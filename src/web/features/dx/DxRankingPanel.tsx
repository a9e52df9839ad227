// The ranking in brief for the Operations Center's overview: the first wards, their scores and
// moves, and a link to the full page.
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import { dxPaths, wardPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { fetchRanking } from './api.js';
import { formatPoints } from './format.js';
import { RankChange } from './parts.js';
import './dx.css';

export function DxRankingPanel({ year, month, limit = 17 }: { year: number; month: number; limit?: number }) {
  const { t, language } = useI18n();
  const load = useCallback(() => fetchRanking(year, month), [year, month]);
  const ranking = useResource(load);
  return (
    <section className="card dx-panel" aria-labelledby="dx-panel-title">
      <h2 id="dx-panel-title">{t('dx.topTitle')}</h2>
      <ResourceView resource={ranking}>
        {(data) => (
          <>
            <p className="dx-panel-city">
              {t('dx.cityIndex')}: <strong>{formatPoints(data.city.total, language)}</strong> <span className="muted">{t('dx.outOf')}</span>
            </p>
            <ol className="dx-panel-list">
              {data.wards.slice(0, limit).map((ward) => (
                <li key={ward.unit.code}>
                  <span className="dx-panel-rank">{ward.rank}</span>
                  <Link to={wardPath(ward.unit.code, data.month)} className="dx-panel-name">
                    {ward.unit.name}
                  </Link>
                  <span className="dx-panel-score">{formatPoints(ward.total, language)}</span>
                  <RankChange rank={ward.rank} previousRank={ward.previousRank} />
                </li>
              ))}
            </ol>
            <Link to={`${dxPaths.ranking}?thang=${data.month}`}>{t('dx.topAll')}</Link>
          </>
        )}
      </ResourceView>
    </section>
  );
}
