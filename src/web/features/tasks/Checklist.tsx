// Picking several of a long list (coordinating units, related tasks): checkboxes in a scrolling
// fieldset, with a search box that folds diacritics. Chosen items stay listed whatever the search.
import { useDeferredValue, useId, useState } from 'react';
import { matchesSearch } from '../../../common/text.js';
import { useI18n } from '../../app/i18n.js';

export interface ChecklistItem {
  id: number;
  label: string;
  detail?: string | undefined;
}

interface ChecklistProps {
  legend: string;
  items: readonly ChecklistItem[];
  selected: readonly number[];
  onChange: (selected: number[]) => void;
  error?: string | undefined;
}

export function Checklist({ legend, items, selected, onChange, error }: ChecklistProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const chosen = new Set(selected);
  const shown = items.filter((item) => chosen.has(item.id) || matchesSearch(`${item.label} ${item.detail ?? ''}`, deferred));
  const toggle = (itemId: number) => onChange(chosen.has(itemId) ? selected.filter((one) => one !== itemId) : [...selected, itemId]);

  return (
    <fieldset className={error ? 'work-checklist field-invalid' : 'work-checklist'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend} <span className="muted">{t('work.chosenCount', { count: selected.length })}</span>
      </legend>
      <input
        type="search"
        className="work-checklist-search"
        aria-label={t('work.checklistSearch', { what: legend })}
        placeholder={t('work.checklistSearchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul>
        {shown.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
              <span>
                {item.label}
                {item.detail && <span className="cell-detail">{item.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
