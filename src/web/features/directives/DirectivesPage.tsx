// Chỉ đạo: the steering committee's meetings, and every directive with its owner, deadline and
// status, filterable and exported to XLSX as filtered.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Directive, Meeting } from '../../../common/tasks.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { directingRoles, directivePath, meetingPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { filterFromParams, filterQuery } from '../tasks/api.js';
import { Deadline, DemoTag, StatusBadge, TimingText } from '../tasks/badges.js';
import { StatusFilter } from '../tasks/StatusFilter.js';
import { UnitOptions, useCityUnits } from '../tasks/units.js';
import { type DirectiveFilter, directiveExportUrl, fetchDirectives, fetchMeetings } from './api.js';
import { DirectivesTabs } from './DirectivesTabs.js';
import { MeetingFormDialog } from './MeetingForm.js';

function useDirectiveFilter(): [DirectiveFilter, (next: DirectiveFilter) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo(() => {
    const parsed = new URLSearchParams(search);
    const { unitId, status, overdue, q } = filterFromParams(parsed);
    const meetingId = Number(parsed.get('meetingId'));
    return { unitId, status, overdue, q, meetingId: Number.isInteger(meetingId) && meetingId > 0 ? meetingId : undefined };
  }, [search]);
  const setFilter = useCallback((next: DirectiveFilter) => setParams(new URLSearchParams(filterQuery(next)), { replace: true }), [setParams]);
  return [filter, setFilter];
}

export function DirectivesPage() {
  const { t } = useI18n();
  usePageTitle(t('directives.pageTitle'));
  const { user } = useSession();
  const navigate = useNavigate();
  const meetings = useResource(fetchMeetings);
  const [filter, setFilter] = useDirectiveFilter();
  const directives = useResource(useCallback(() => fetchDirectives(filter), [filter]));
  const [creating, setCreating] = useState(false);
  const canCreate = user !== null && user !== undefined && directingRoles.includes(user.role);

  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1>{t('directives.pageTitle')}</h1>
          <p className="muted">{t('directives.intro')}</p>
        </div>
        <div className="work-header-actions">
          <a className="button" href={directiveExportUrl(filter)} download>
            {t('work.exportXlsx')}
          </a>
          {canCreate && (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('meeting.create')}
            </button>
          )}
        </div>
      </header>
      <DirectivesTabs />
      <section aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('directives.meetings')}</h2>
        <ResourceView resource={meetings}>
          {(data) => (data.length === 0 ? <p className="empty">{t('directives.noMeetings')}</p> : <MeetingCards meetings={data} />)}
        </ResourceView>
      </section>
      <section className="card" aria-labelledby="directives-title">
        <h2 id="directives-title">{t('directives.all')}</h2>
        <DirectiveFilters filter={filter} onChange={setFilter} meetings={meetings.data ?? []} />
        <ResourceView resource={directives}>{(data) => <DirectiveTable directives={data} meetings={meetings.data ?? []} />}</ResourceView>
      </section>
      {creating && (
        <MeetingFormDialog onSaved={(meeting) => void navigate(meetingPath(meeting.id))} onClose={() => setCreating(false)} />
      )}
    </>
  );
}

function MeetingCards({ meetings }: { meetings: Meeting[] }) {
  const { t, language } = useI18n();
  const count = (value: number) => formatNumber(value, language);
  return (
    <ul className="meeting-cards">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="card meeting-card" data-testid={`meeting-${meeting.id}`}>
          <p className="meeting-date">{formatDate(meeting.heldOn, language)}</p>
          <h3>
            <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>
          </h3>
          {(meeting.place ?? meeting.chair) && (
            <p className="muted">{[meeting.place, meeting.chair && t('meeting.chairedBy', { chair: meeting.chair })].filter(Boolean).join(' · ')}</p>
          )}
          <p className="work-badges">
            <span className="badge">{t('meeting.directiveCount', { count: count(meeting.counts.directives) })}</span>
            <span className="badge work-status-done">{t('meeting.doneCount', { count: count(meeting.counts.done) })}</span>
            {meeting.counts.overdue > 0 && <span className="badge work-overdue">{t('meeting.overdueCount', { count: count(meeting.counts.overdue) })}</span>}
            {meeting.demo && <DemoTag />}
          </p>
        </li>
      ))}
    </ul>
  );
}

function DirectiveFilters({ filter, onChange, meetings }: { filter: DirectiveFilter; onChange: (filter: DirectiveFilter) => void; meetings: Meeting[] }) {
  const { t, language } = useI18n();
  const units = useCityUnits() ?? [];
  const [query, setQuery] = useState(filter.q ?? '');
  useEffect(() => {
    if (query.trim() === (filter.q ?? '')) return;
    const timer = setTimeout(() => onChange({ ...filter, q: query.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [query, filter, onChange]);

  return (
    <div className="work-filters" role="search" aria-label={t('directives.filters')}>
      <Field label={t('directives.search')} hint={t('tasks.searchHint')}>
        {(control) => <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />}
      </Field>
      <Field label={t('directive.ownerUnit')}>
        {(control) => (
          <select {...control} value={filter.unitId ?? ''} onChange={(event) => onChange({ ...filter, unitId: Number(event.target.value) || undefined })}>
            <option value="">{t('tasks.allUnits')}</option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <Field label={t('directive.meeting')}>
        {(control) => (
          <select {...control} value={filter.meetingId ?? ''} onChange={(event) => onChange({ ...filter, meetingId: Number(event.target.value) || undefined })}>
            <option value="">{t('directives.allMeetings')}</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {formatDate(meeting.heldOn, language)} – {meeting.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <StatusFilter filter={filter} onChange={onChange} />
      <div className="work-filter-flags">
        <label className="work-check">
          <input type="checkbox" checked={filter.overdue === true} onChange={(event) => onChange({ ...filter, overdue: event.target.checked || undefined })} />
          {t('tasks.onlyOverdue')}
        </label>
      </div>
    </div>
  );
}

interface DirectiveTableProps {
  directives: Directive[];
  meetings: readonly Meeting[];
  caption?: string;
  /** Off in a meeting's register, where the directives sit under their conclusion. */
  showConclusion?: boolean;
}

export function DirectiveTable({ directives, meetings, caption, showConclusion = true }: DirectiveTableProps) {
  const { t, language } = useI18n();
  const meetingDates = new Map(meetings.map((meeting) => [meeting.id, meeting.heldOn]));
  const conclusionColumn: Column<Directive> = {
      key: 'conclusion',
      header: t('directive.conclusion'),
      className: 'work-col-conclusion',
      render: (directive) => {
        const heldOn = meetingDates.get(directive.meetingId);
        return (
          <>
            <Link to={meetingPath(directive.meetingId)} title={directive.conclusion.text}>
              {directive.conclusion.number}
            </Link>
            {heldOn && <span className="cell-detail">{formatDate(heldOn, language)}</span>}
          </>
        );
      },
    };
  const columns: Column<Directive>[] = [
    ...(showConclusion ? [conclusionColumn] : []),
    {
      key: 'title',
      header: t('directive.title'),
      className: 'work-col-title',
      render: (directive) => (
        <>
          <Link to={directivePath(directive.id)}>{directive.title}</Link>
          {directive.tasks.length > 0 && (
            <span className="cell-detail">{t('directive.taskRefs', { tasks: directive.tasks.map((task) => task.code ?? task.title).join(', ') })}</span>
          )}
          {directive.demo && <DemoTag />}
        </>
      ),
    },
    { key: 'owner', header: t('directive.ownerUnit'), className: 'work-col-unit', render: (directive) => directive.ownerUnit.name },
    {
      key: 'deadline',
      header: t('directive.deadline'),
      className: 'work-col-date',
      render: (directive) => <Deadline dueDate={directive.dueDate} standing={directive.standing} />,
    },
    { key: 'status', header: t('task.status'), className: 'work-col-status', render: (directive) => <StatusBadge status={directive.status} /> },
    {
      key: 'delay',
      header: t('task.delay'),
      className: 'work-col-delay',
      render: (directive) => <TimingText status={directive.status} timing={directive.timing} dueDate={directive.dueDate} />,
    },
  ];
  return (
    <DataTable
      className="work-table"
      caption={caption ?? t('directives.all')}
      columns={columns}
      rows={directives}
      rowKey={(directive) => directive.id}
      rowAttributes={(directive) => ({ 'data-testid': `directive-${directive.id}` })}
      empty={t('directives.none')}
    />
  );
}
