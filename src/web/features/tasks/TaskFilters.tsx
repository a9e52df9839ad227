// The task filters (unit, area or solution group, status, overdue, due this month, search), kept in
// the page's address so that a filtered list can be bookmarked, shared and exported as it is.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { type TaskFilter, filterFromParams, filterQuery } from './api.js';
import { type PlanRefs, PlanRefOptions } from './plan-refs.js';
import { StatusFilter } from './StatusFilter.js';
import { type CityUnit, UnitOptions } from './units.js';

/** The filter in the address, and a setter that rewrites the address (without a new history entry). */
export function useTaskFilter(): [TaskFilter, (next: TaskFilter) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed on the query text, so the same filter keeps the same object (a stable effect dependency).
  const filter = useMemo(() => filterFromParams(new URLSearchParams(search)), [search]);
  const setFilter = useCallback(
    (next: TaskFilter) => setParams(new URLSearchParams(filterQuery(next)), { replace: true }),
    [setParams],
  );
  return [filter, setFilter];
}

interface TaskFiltersProps {
  filter: TaskFilter;
  onChange: (filter: TaskFilter) => void;
  units: readonly CityUnit[];
  refs: PlanRefs;
}

const SEARCH_DELAY_MS = 300;

export function TaskFilters({ filter, onChange, units, refs }: TaskFiltersProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState(filter.q ?? '');

  // The search waits for a pause in typing before it asks the server.
  useEffect(() => {
    if (query.trim() === (filter.q ?? '')) return;
    const timer = setTimeout(() => onChange({ ...filter, q: query.trim() || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filter, onChange]);

  const planRef = filter.areaId ? `area:${filter.areaId}` : filter.solutionGroupId ? `group:${filter.solutionGroupId}` : '';
  const setPlanRef = (value: string) => {
    const [kind, id] = value.split(':');
    onChange({
      ...filter,
      areaId: kind === 'area' ? Number(id) : undefined,
      solutionGroupId: kind === 'group' ? Number(id) : undefined,
    });
  };
  const filtered = Object.values(filter).some((value) => value !== undefined);

  return (
    <div className="work-filters" role="search" aria-label={t('tasks.filters')}>
      <Field label={t('tasks.search')} hint={t('tasks.searchHint')}>
        {(control) => <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />}
      </Field>
      <Field label={t('task.leadOrCoordinating')}>
        {(control) => (
          <select
            {...control}
            value={filter.unitId ?? ''}
            onChange={(event) => onChange({ ...filter, unitId: event.target.value ? Number(event.target.value) : undefined })}
          >
            <option value="">{t('tasks.allUnits')}</option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <Field label={t('task.planRef')}>
        {(control) => (
          <select {...control} value={planRef} onChange={(event) => setPlanRef(event.target.value)}>
            <option value="">{t('tasks.allPlanRefs')}</option>
            <PlanRefOptions refs={refs} />
          </select>
        )}
      </Field>
      <StatusFilter filter={filter} onChange={onChange} />
      <div className="work-filter-flags">
        <label className="work-check">
          <input
            type="checkbox"
            checked={filter.overdue === true}
            onChange={(event) => onChange({ ...filter, overdue: event.target.checked || undefined })}
          />
          {t('tasks.onlyOverdue')}
        </label>
        <label className="work-check">
          <input
            type="checkbox"
            checked={filter.dueThisMonth === true}
            onChange={(event) => onChange({ ...filter, dueThisMonth: event.target.checked || undefined })}
          />
          {t('tasks.dueThisMonth')}
        </label>
        {filtered && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setQuery('');
              onChange({});
            }}
          >
            {t('tasks.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
