// /quan-tri/nhat-ky: the audit log, for the administrator (their jurisdiction) and a coordinator (their
// unit). Filters live in the address; entries come worded by the server in the page's language, newest
// first, a page at a time by cursor; "Tải CSV" downloads the same filter.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_EXPORT_LIMIT, AUDIT_SEARCH_READ_LIMIT, type AuditEntryView, type AuditOptions, type AuditPage as AuditPageData } from '../../../common/audit.js';
import { TIME_ZONE, formatVietnameseTimestamp } from '../../../common/vietnam-time.js';
import { dateTimeFormat, formatNumber, locales } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { UnitOptions, useCityUnits } from '../tasks/units.js';
import { fetchUsers } from '../users/api.js';
import { type AuditFilter, auditCsvUrl, auditFilterFromParams, auditQuery, fetchAuditOptions, fetchAuditPage } from './api.js';

export function AuditPage() {
  const { t, language } = useI18n();
  usePageTitle(t('audit.title'));
  // The server words the entries in the page's language: a new language reads them afresh.
  return <AuditLog key={language} />;
}

/** The filter in the address, and a setter that rewrites the address (without a new history entry). */
function useAuditFilter(): [AuditFilter, (next: AuditFilter) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo(() => auditFilterFromParams(new URLSearchParams(search)), [search]);
  const setFilter = useCallback((next: AuditFilter) => setParams(new URLSearchParams(auditQuery(next)), { replace: true }), [setParams]);
  return [filter, setFilter];
}

function AuditLog() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const [filter, setFilter] = useAuditFilter();
  const options = useResource(fetchAuditOptions);
  return (
    <>
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{me?.role === 'coordinator' ? t('audit.introCoordinator') : t('audit.intro')}</p>
      </header>
      <div className="card">
        <AuditFilters filter={filter} onChange={setFilter} options={options.data} showUnits={me?.role === 'admin'} />
        {/* A new filter starts again at its first page. */}
        <AuditResults key={auditQuery(filter)} filter={filter} />
      </div>
    </>
  );
}

const TYPING_DELAY_MS = 300;

/** A text filter that asks the server once typing pauses. */
function useTypedFilter(value: string | undefined, apply: (text: string | undefined) => void): [string, (text: string) => void] {
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    if (text.trim() === (value ?? '')) return;
    const timer = setTimeout(() => apply(text.trim() || undefined), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, apply]);
  return [text, setText];
}

interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  options: AuditOptions | undefined;
  showUnits: boolean;
}

function AuditFilters({ filter, onChange, options, showUnits }: AuditFiltersProps) {
  const { t } = useI18n();
  const users = useResource(fetchUsers);
  const units = useCityUnits();
  const applyUser = useCallback((text: string | undefined) => onChange({ ...filter, user: text }), [filter, onChange]);
  const applyQuery = useCallback((text: string | undefined) => onChange({ ...filter, q: text }), [filter, onChange]);
  const [user, setUser] = useTypedFilter(filter.user, applyUser);
  const [query, setQuery] = useTypedFilter(filter.q, applyQuery);
  const set = (field: keyof AuditFilter) => (event: { target: { value: string } }) =>
    onChange({ ...filter, [field]: field === 'unitId' ? Number(event.target.value) || undefined : event.target.value || undefined });
  const filtered = Object.values(filter).some((value) => value !== undefined);

  return (
    <div className="audit-filters" role="search" aria-label={t('audit.filters')}>
      <Field label={t('audit.user')} hint={t('audit.userHint')}>
        {(control) => <input {...control} type="search" list="audit-users" autoComplete="off" value={user} onChange={(event) => setUser(event.target.value)} />}
      </Field>
      <datalist id="audit-users">
        {users.data?.map((account) => (
          <option key={account.id} value={account.username}>
            {account.fullName}
          </option>
        ))}
      </datalist>
      {showUnits && (
        <Field label={t('audit.unit')}>
          {(control) => (
            <select {...control} value={filter.unitId ?? ''} onChange={set('unitId')}>
              <option value="">{t('audit.allUnits')}</option>
              <UnitOptions units={units ?? []} />
            </select>
          )}
        </Field>
      )}
      <ChoiceField label={t('audit.entity')} all={t('audit.allEntities')} choices={options?.entities} value={filter.entity} onChange={set('entity')} />
      <ChoiceField label={t('audit.action')} all={t('audit.allActions')} choices={options?.actions} value={filter.action} onChange={set('action')} />
      <Field label={t('audit.from')}>{(control) => <input {...control} type="date" value={filter.from ?? ''} max={filter.to} onChange={set('from')} />}</Field>
      <Field label={t('audit.to')}>{(control) => <input {...control} type="date" value={filter.to ?? ''} min={filter.from} onChange={set('to')} />}</Field>
      <Field label={t('audit.search')} hint={t('audit.searchHint')}>
        {(control) => <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />}
      </Field>
      {filtered && (
        <div className="audit-filter-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setUser('');
              setQuery('');
              onChange({});
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      )}
    </div>
  );
}

interface ChoiceFieldProps {
  label: string;
  /** The first choice, which filters nothing. */
  all: string;
  choices: AuditOptions['entities'] | undefined;
  value: string | undefined;
  onChange: (event: { target: { value: string } }) => void;
}

function ChoiceField({ label, all, choices, value, onChange }: ChoiceFieldProps) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} value={value ?? ''} onChange={onChange}>
          <option value="">{all}</option>
          {choices?.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Where a page starts: its cursor (none for the first) and the number of its first entry. */
interface PageStart {
  cursor: string | undefined;
  first: number;
}

function AuditResults({ filter }: { filter: AuditFilter }) {
  const { t, language } = useI18n();
  const [starts, setStarts] = useState<PageStart[]>([{ cursor: undefined, first: 1 }]);
  const start = starts.at(-1) ?? { cursor: undefined, first: 1 };
  const load = useCallback(() => fetchAuditPage(filter, start.cursor), [filter, start.cursor]);
  const page = useResource(load);
  return (
    <ResourceView resource={page}>
      {(data) => (
        <>
          <div className="audit-results-head">
            <p className="result-count" role="status">
              {rangeText(data, start.first, t, language)}
            </p>
            <CsvLink filter={filter} tooMany={data.totalCapped} />
          </div>
          {data.partial && <p className="notice">{t('audit.partial', { limit: formatNumber(AUDIT_SEARCH_READ_LIMIT, language) })}</p>}
          <DataTable
            caption={t('audit.caption')}
            className="audit-table"
            columns={columns(t, language)}
            rows={data.entries}
            rowKey={(entry) => entry.id}
            rowAttributes={(entry) => ({ 'data-testid': `audit-${entry.id}` })}
            empty={t('audit.none')}
          />
          {(starts.length > 1 || data.nextCursor) && (
            <nav className="audit-pager" aria-label={t('audit.paging')}>
              <button type="button" className="button" disabled={starts.length === 1} onClick={() => setStarts(starts.slice(0, -1))}>
                {t('audit.previous')}
              </button>
              <button
                type="button"
                className="button"
                disabled={!data.nextCursor}
                onClick={() => data.nextCursor && setStarts([...starts, { cursor: data.nextCursor, first: start.first + data.entries.length }])}
              >
                {t('audit.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </ResourceView>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

function rangeText(data: AuditPageData, first: number, t: Translate, language: Language): string {
  if (data.entries.length === 0) return t('audit.none');
  const range = { first: formatNumber(first, language), last: formatNumber(first + data.entries.length - 1, language) };
  if (data.total === null) return t('audit.rangeSearch', range);
  return t(data.totalCapped ? 'audit.rangeOver' : 'audit.range', { ...range, total: formatNumber(data.total, language) });
}

function CsvLink({ filter, tooMany }: { filter: AuditFilter; tooMany: boolean }) {
  const { t, language } = useI18n();
  if (tooMany) return <p className="field-hint">{t('audit.csvTooMany', { limit: formatNumber(AUDIT_EXPORT_LIMIT, language) })}</p>;
  return (
    <a className="button" href={auditCsvUrl(filter)} download title={t('audit.csvNote')}>
      {t('audit.csv')}
    </a>
  );
}

/** 04/12/2026 10:01:02 (Vietnam time); 4 Dec 2026, 10:01:02 in English. */
function formatLogTime(at: string, language: Language): string {
  if (language === 'vi') return formatVietnameseTimestamp(new Date(at));
  return dateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(new Date(at));
}

const columns = (t: Translate, language: Language): Column<AuditEntryView>[] => [
  {
    key: 'time',
    header: t('audit.col.time'),
    className: 'audit-col-time',
    render: (entry) => <time dateTime={entry.at}>{formatLogTime(entry.at, language)}</time>,
  },
  {
    key: 'actor',
    header: t('audit.col.actor'),
    className: 'audit-col-actor',
    render: (entry) =>
      entry.actor ? (
        <>
          {entry.actor.fullName}
          <span className="cell-detail">
            {entry.actor.username}
            {entry.actor.unit && ` · ${entry.actor.unit.name}`}
          </span>
        </>
      ) : (
        <span className="muted">{entry.actorText}</span>
      ),
  },
  {
    key: 'what',
    header: t('audit.col.what'),
    render: (entry) => (
      <>
        {entry.summary}
        {entry.reason && entry.entity !== 'login' && <span className="cell-detail">{t('audit.reason', { reason: entry.reason })}</span>}
      </>
    ),
  },
  {
    key: 'changes',
    header: t('audit.col.changes'),
    className: 'audit-col-changes',
    render: (entry) =>
      entry.changes.length > 0 && (
        <ul className="audit-changes">
          {entry.changes.map((change) => (
            <li key={change.field}>
              <span className="audit-field">{change.label}:</span> <span className="audit-before">{change.before}</span> → <span className="audit-after">{change.after}</span>
            </li>
          ))}
        </ul>
      ),
  },
  {
    key: 'origin',
    header: t('audit.col.origin'),
    className: 'audit-col-origin',
    render: (entry) => (
      <span title={entry.userAgent ?? undefined}>
        {entry.address ?? '—'}
        {entry.browser && <span className="cell-detail">{entry.browser}</span>}
      </span>
    ),
  },
];
