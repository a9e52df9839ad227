// /ban-do/ranh-gioi: the administrator or coordinator imports the wards' boundaries from a GeoJSON
// file, reads every problem of a refused file at once or the wards matched, sees the outlines on
// the map, and can go back to points at the approximate centres.
import { type FormEvent, Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { type BoundaryImportResult, type GisWard, fetchGisWards, importBoundaryFile, removeBoundaries } from './api.js';

const WardMapChart = lazy(() => import('./WardMapChart.js').then((module) => ({ default: module.WardMapChart })));

/** The wards on the map, coloured by whether each has an outline yet. */
function Preview({ wards }: { wards: GisWard[] }) {
  const { t } = useI18n();
  const values = useMemo(() => Object.fromEntries(wards.map((ward) => [ward.code, ward.geometry ? 1 : 0])), [wards]);
  const format = useCallback((value: number) => (value ? t('gis.yes') : t('gis.no')), [t]);
  return (
    <Suspense fallback={<p className="loading">{t('gis.chart.loading')}</p>}>
      <WardMapChart wards={wards} values={values} measureLabel={t('gis.previewMeasure')} format={format} />
    </Suspense>
  );
}

export function WardBoundariesPage() {
  const { t, language } = useI18n();
  usePageTitle(t('gis.title'));
  const wards = useResource(fetchGisWards);
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BoundaryImportResult>();
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<Error>();
  const [notice, setNotice] = useState<string>();

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    setProblems([]);
    setNotice(undefined);
    try {
      setNotice(await work());
      wards.reload();
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setProblems(Object.values(caught.fields));
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setResult(undefined);
    void run(async () => {
      const imported = await importBoundaryFile(file);
      setResult(imported);
      return t('gis.imported', { count: imported.boundaries.wardCount, file: imported.boundaries.fileName });
    });
  }

  function revert() {
    if (!window.confirm(t('gis.revertConfirm'))) return;
    setResult(undefined);
    void run(async () => {
      await removeBoundaries();
      return t('gis.reverted');
    });
  }

  return (
    <>
      <h1>{t('gis.title')}</h1>
      <p className="page-intro">{t('gis.intro')}</p>
      <SuccessNotice message={notice} />
      <ErrorNotice error={error} />
      {problems.length > 0 && (
        <div className="notice notice-error" data-testid="boundary-problems">
          <p>{t('gis.errors')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <ResourceView resource={wards}>
        {(data) => (
          <>
            <p role="status" data-testid="boundary-source">
              {data.boundaries
                ? t('gis.current', { file: data.boundaries.fileName, date: formatDate(new Date(data.boundaries.importedAt), language), count: data.boundaries.wardCount })
                : t('gis.none')}
            </p>
            <form className="card" onSubmit={submit}>
              <Field label={t('gis.file')}>
                {(control) => <input {...control} type="file" accept=".geojson,.json,application/geo+json,application/json" required onChange={(event) => setFile(event.target.files?.[0])} />}
              </Field>
              <p className="form-actions">
                <button type="submit" className="button button-primary" disabled={busy || !file}>
                  {busy ? t('gis.importing') : t('gis.import')}
                </button>
                {data.boundaries && (
                  <button type="button" className="button" disabled={busy} onClick={revert}>
                    {t('gis.revert')}
                  </button>
                )}
              </p>
            </form>
            {result && (
              <>
                <h2>{t('gis.matches')}</h2>
                <DataTable
                  caption={t('gis.matches')}
                  rows={result.matches}
                  rowKey={(match) => match.code}
                  columns={[
                    { key: 'feature', header: t('gis.feature'), className: 'col-number', render: (match) => match.feature + 1 },
                    { key: 'ward', header: t('gis.chart.ward'), render: (match) => match.name },
                    { key: 'by', header: t('gis.matchedBy'), render: (match) => t(`gis.matchedBy.${match.matchedBy}`) },
                  ]}
                />
              </>
            )}
            <h2>{t('gis.preview')}</h2>
            <Preview wards={data.wards} />
          </>
        )}
      </ResourceView>
    </>
  );
}
