import { useDeferredValue, useMemo, useState } from 'react';
import type { Unit } from '../../../common/units.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { fetchUnits } from './api.js';
import { type UnitNode, buildUnitTree, filterUnitTree, isMatch } from './unit-tree.js';

export function UnitsPage() {
  const { t } = useI18n();
  usePageTitle(t('units.pageTitle'));
  const units = useResource(fetchUnits);
  return (
    <>
      <header className="page-header">
        <h1>{t('units.pageTitle')}</h1>
        <p className="muted">{t('units.intro')}</p>
      </header>
      <ResourceView resource={units}>{(data) => <UnitBrowser units={data} />}</ResourceView>
    </>
  );
}

function UnitBrowser({ units }: { units: Unit[] }) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const shown = useMemo(() => filterUnitTree(tree, deferredQuery), [tree, deferredQuery]);
  const searching = deferredQuery.trim() !== '';
  const matchCount = searching ? units.filter((unit) => isMatch(unit, deferredQuery)).length : units.length;

  return (
    <div className="card">
      <div className="toolbar">
        <Field label={t('units.search')} hint={t('units.searchHint')}>
          {(control) => (
            <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          )}
        </Field>
      </div>
      <p className="result-count" role="status">
        {searching
          ? t('units.matches', { count: formatNumber(matchCount, language) })
          : t('units.count', { count: formatNumber(matchCount, language) })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('units.none')}</p>
      ) : (
        <UnitList nodes={shown} query={searching ? deferredQuery : ''} />
      )}
    </div>
  );
}

function UnitList({ nodes, query }: { nodes: UnitNode[]; query: string }) {
  const { t } = useI18n();
  return (
    <ul className="unit-tree">
      {nodes.map(({ unit, children }) => (
        <li key={unit.id} data-testid={`unit-${unit.code}`}>
          <div className={query && !isMatch(unit, query) ? 'unit-row unit-context' : 'unit-row'}>
            <span className="unit-name">{unit.name}</span>
            <span className={`badge badge-${unit.kind}`}>{t(`unitKind.${unit.kind}`)}</span>
            <span className="unit-code">{unit.code}</span>
          </div>
          {children.length > 0 && <UnitList nodes={children} query={query} />}
        </li>
      ))}
    </ul>
  );
}
