// /oc/xep-hang/trong-so: the index's weights. Everyone who reads the ranking sees how it is built;
// the coordinator changes pillar points and which indicators count, and the server checks the rules.
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { DX_TOTAL_POINTS, type DxComponentKind, type DxWeights, type DxWeightsInput, componentMaxPoints } from '../../../common/dx.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { dxPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { useReportingYear } from '../reporting/use-reporting-year.js';
import { fetchWeights, saveWeights } from './api.js';
import { formatPoints } from './format.js';
import './dx.css';

type Draft = DxWeightsInput['pillars'];
const measures = ['reporting_timeliness', 'field_report_on_time'] as const;
/** A component's key in the draft and in the "add" list: its indicator code, or its kind. */
const keyOf = (component: { kind: DxComponentKind; indicatorCode: string | null }) => component.indicatorCode ?? component.kind;

export function WeightsPage() {
  const { t } = useI18n();
  usePageTitle(t('dx.weightsTitle'));
  const year = useReportingYear();
  return <ResourceView resource={year}>{(data) => <WeightsLoader year={data.year} />}</ResourceView>;
}

function WeightsLoader({ year }: { year: number }) {
  const load = useCallback(() => fetchWeights(year), [year]);
  const weights = useResource(load);
  return <ResourceView resource={weights}>{(data) => <WeightsEditor year={year} initial={data} />}</ResourceView>;
}

const toDraft = (weights: DxWeights): Draft =>
  weights.pillars.map((pillar) => ({
    code: pillar.code,
    weight: pillar.weight,
    components: pillar.components.map(({ kind, indicatorCode, weight }) => ({ kind, indicatorCode, weight })),
  }));

function WeightsEditor({ year, initial }: { year: number; initial: DxWeights }) {
  const { t, language } = useI18n();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [error, setError] = useState<Error>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const editable = saved.canEdit;
  const labels = new Map<string, string>([
    ...saved.indicators.map((indicator) => [indicator.code, `${indicator.code} ${indicator.text}`] as const),
    ...measures.map((kind) => [kind, t(`dx.kind.${kind}`)] as const),
  ]);
  const used = new Set(draft.flatMap((pillar) => pillar.components.map(keyOf)));
  const available = [
    ...saved.indicators.filter((indicator) => !used.has(indicator.code)).map((indicator) => ({ kind: 'indicator' as const, indicatorCode: indicator.code })),
    ...measures.filter((kind) => !used.has(kind)).map((kind) => ({ kind, indicatorCode: null })),
  ];
  const sum = draft.reduce((total, pillar) => total + pillar.weight, 0);

  const update = (index: number, change: (pillar: Draft[number]) => Draft[number]) => {
    setMessage(undefined);
    setDraft((current) => current.map((pillar, at) => (at === index ? change(pillar) : pillar)));
  };

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await saveWeights(year, { pillars: draft });
      setSaved(result);
      setDraft(toDraft(result));
      setMessage(t('dx.saved'));
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="dx-weights">
      <nav className="breadcrumb" aria-label={t('ward.breadcrumb')}>
        <Link to={dxPaths.ranking}>{t('dx.rankingTitle')}</Link> › {t('dx.weightsTitle')}
      </nav>
      <header className="page-header">
        <h1>{t('dx.weightsTitle')}</h1>
        <p className="muted">{t('dx.weightsIntro')}</p>
        {!editable && <p className="notice notice-info">{t('dx.weightsReadOnly')}</p>}
        {saved.updatedAt && <p className="muted">{t('dx.lastUpdated', { date: formatDate(new Date(saved.updatedAt), language) })}</p>}
      </header>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {draft.map((pillar, index) => {
          const name = t(`dx.pillar.${pillar.code}`);
          const maxPoints = componentMaxPoints(pillar.weight, pillar.components.map((component) => component.weight));
          return (
            <section key={pillar.code} className="card dx-pillar" aria-labelledby={`dx-pillar-${pillar.code}`}>
              <div className="dx-pillar-head">
                <h2 id={`dx-pillar-${pillar.code}`}>{name}</h2>
                <label className="dx-inline-field">
                  <span className="visually-hidden">{t('dx.pillarWeight', { name })}</span>
                  <input
                    type="number"
                    min={0}
                    max={DX_TOTAL_POINTS}
                    step={1}
                    value={pillar.weight}
                    disabled={!editable}
                    onChange={(event) => update(index, (current) => ({ ...current, weight: Number(event.target.value) }))}
                  />
                  <span aria-hidden="true"> {t('dx.points').toLocaleLowerCase(language)}</span>
                </label>
              </div>
              {pillar.components.length === 0 ? (
                <p className="empty">{t('dx.noComponents')}</p>
              ) : (
                <table className="data-table compact">
                  <caption className="visually-hidden">{t('dx.componentsCaption', { name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dx.component')}</th>
                      <th scope="col" className="col-number">
                        {t('dx.weight')}
                      </th>
                      <th scope="col" className="col-number">
                        {t('dx.maxPoints')}
                      </th>
                      {editable && (
                        <th scope="col">
                          <span className="visually-hidden">{t('dx.remove')}</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {pillar.components.map((component, at) => {
                      const label = labels.get(keyOf(component)) ?? keyOf(component);
                      return (
                        <tr key={keyOf(component)}>
                          <td>{label}</td>
                          <td className="col-number">
                            <input
                              type="number"
                              className="dx-weight-input"
                              min={0}
                              step="any"
                              value={component.weight}
                              disabled={!editable}
                              aria-label={t('dx.componentWeight', { name: label })}
                              onChange={(event) =>
                                update(index, (current) => ({
                                  ...current,
                                  components: current.components.map((item, position) => (position === at ? { ...item, weight: Number(event.target.value) } : item)),
                                }))
                              }
                            />
                          </td>
                          <td className="col-number">{formatPoints(maxPoints[at] ?? 0, language)}</td>
                          {editable && (
                            <td>
                              <button
                                type="button"
                                className="button button-small"
                                aria-label={t('dx.removeComponent', { name: label })}
                                onClick={() => update(index, (current) => ({ ...current, components: current.components.filter((_, position) => position !== at) }))}
                              >
                                {t('dx.remove')}
                              </button>
                            </td>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
              {editable && available.length > 0 && (
                <AddComponent
                  label={t('dx.addComponent', { name })}
                  options={available.map((option) => ({ key: keyOf(option), label: labels.get(keyOf(option)) ?? keyOf(option) }))}
                  onAdd={(key) => {
                    const option = available.find((candidate) => keyOf(candidate) === key);
                    if (option) update(index, (current) => ({ ...current, components: [...current.components, { ...option, weight: 1 }] }));
                  }}
                />
              )}
            </section>
          );
        })}
        <div className="card dx-weights-footer">
          <p className={sum === DX_TOTAL_POINTS ? 'dx-sum' : 'dx-sum dx-sum-wrong'} role="status">
            {t('dx.sum', { sum: formatPoints(sum, language) })}
            {sum !== DX_TOTAL_POINTS && <> — {t('dx.sumWrong')}</>}
          </p>
          <ErrorNotice error={error} />
          <SuccessNotice message={message} />
          {editable && (
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('dx.saveWeights')}
            </button>
          )}
        </div>
      </form>
    </article>
  );
}

function AddComponent({ label, options, onAdd }: { label: string; options: { key: string; label: string }[]; onAdd: (key: string) => void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState('');
  return (
    <div className="dx-add">
      <label className="dx-inline-field">
        <span className="visually-hidden">{label}</span>
        <select value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t('dx.chooseComponent')}</option>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={choice === ''}
        aria-label={label}
        onClick={() => {
          onAdd(choice);
          setChoice('');
        }}
      >
        {t('dx.add')}
      </button>
    </div>
  );
}
