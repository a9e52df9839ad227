// /oc/xep-hang: the wards ranked by the digital-transformation index for a month, the city's own
// index, the change since the previous month; any score opens the figures that made it.
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { DxRanking } from '../../../common/dx.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { dxPaths, wardPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { periodName, periodPhrase, pickPeriod, useChosenMonth } from '../reporting/period.js';
import { PeriodPicker } from '../reporting/PeriodPicker.js';
import { type ReportingYear, useReportingYear } from '../reporting/use-reporting-year.js';
import { fetchRanking } from './api.js';
import { ExplanationDialog } from './Explanation.js';
import { formatPoints } from './format.js';
import { PointsChange, RankChange } from './parts.js';
import './dx.css';

type WardRow = DxRanking['wards'][number];
interface Explained {
  code: string;
  name: string;
}

export function RankingPage() {
  const { t } = useI18n();
  usePageTitle(t('dx.rankingTitle'));
  const year = useReportingYear();
  return <ResourceView resource={year}>{(data) => <RankingView year={data} />}</ResourceView>;
}

function RankingView({ year }: { year: ReportingYear }) {
  const { t, language } = useI18n();
  const [month, setMonth] = useChosenMonth();
  const period = pickPeriod(year.periods, month);
  const chosenMonth = period?.month ?? 12;
  const load = useCallback(() => fetchRanking(year.year, chosenMonth), [year.year, chosenMonth]);
  const ranking = useResource(load);
  const [explained, setExplained] = useState<Explained | null>(null);

  const columns: Column<WardRow>[] = [
    { key: 'rank', header: t('dx.rank'), className: 'col-number', render: (row) => <strong>{row.rank}</strong> },
    { key: 'ward', header: t('dx.ward'), render: (row) => <Link to={wardPath(row.unit.code, chosenMonth)}>{row.unit.name}</Link> },
    {
      key: 'score',
      header: t('dx.score'),
      className: 'col-number',
      render: (row) => (
        <button
          type="button"
          className="button-link dx-score-button"
          aria-label={t('dx.explain', { name: row.unit.name })}
          onClick={() => setExplained({ code: row.unit.code, name: row.unit.name })}
        >
          {formatPoints(row.total, language)}
        </button>
      ),
    },
    { key: 'change', header: t('dx.change'), render: (row) => <PointsChange total={row.total} previousTotal={row.previousTotal} /> },
    { key: 'move', header: t('dx.previousRank'), render: (row) => (
      <>
        {row.previousRank ?? '—'} <RankChange rank={row.rank} previousRank={row.previousRank} />
      </>
    ) },
  ];

  return (
    <article className="dx-ranking">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('dx.rankingTitle')}</h1>
          <p className="muted">{t('dx.rankingIntro')}</p>
          <p>
            <Link to={dxPaths.weights}>{t('dx.weightsLink')}</Link>
          </p>
        </div>
        {period && <PeriodPicker periods={year.periods} value={period} onChange={setMonth} years={year.years} />}
      </header>
      <ResourceView resource={ranking}>
        {(data) => (
          <>
            <section className="card dx-city" aria-labelledby="dx-city-title">
              <h2 id="dx-city-title">{t('dx.cityIndex')}</h2>
              <p className="dx-city-score">
                <strong className="stat-value" data-testid="dx-city-total">
                  {formatPoints(data.city.total, language)}
                </strong>{' '}
                <span className="muted">{t('dx.outOf')}</span>
              </p>
              <p>
                {data.previous ? (
                  <>
                    {t('dx.vsPrevious', { period: periodPhrase(data.previous, language) })}: <PointsChange total={data.city.total} previousTotal={data.city.previousTotal} />
                  </>
                ) : (
                  <span className="muted">{t('dx.noPrevious')}</span>
                )}
              </p>
              <p className="muted">{t('dx.cityHint')}</p>
              <button type="button" className="button button-small" onClick={() => setExplained({ code: data.city.unit.code, name: data.city.unit.name })}>
                {t('dx.explainCity')}
              </button>
            </section>
            <section className="card" aria-label={t('dx.rankingCaption', { period: periodName(data, language) })}>
              <DataTable
                caption={t('dx.rankingCaption', { period: periodName(data, language) })}
                columns={columns}
                rows={data.wards}
                rowKey={(row) => row.unit.code}
                rowAttributes={(row) => ({ 'data-testid': `dx-row-${row.unit.code}` })}
                className="dx-table"
              />
            </section>
            {explained && <ExplanationDialog unitCode={explained.code} name={explained.name} year={data.year} month={data.month} onClose={() => setExplained(null)} />}
          </>
        )}
      </ResourceView>
    </article>
  );
}
