// A meeting's directive register: the conclusions in order, each with the directives it assigned,
// their owners, deadlines and status; the minutes; and, for the coordinator and leaders, new
// conclusions with their directives.
import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { workPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { AttachmentList } from '../tasks/AttachmentList.js';
import { DemoTag } from '../tasks/badges.js';
import { type MeetingDetail, attachMinutes, directiveExportUrl, fetchMeeting } from './api.js';
import { ConclusionFormDialog } from './ConclusionForm.js';
import { DirectiveTable } from './DirectivesPage.js';

export function MeetingPage() {
  const id = Number(useParams().meetingId);
  const meeting = useResource(useCallback(() => fetchMeeting(id), [id]));
  return <ResourceView resource={meeting}>{(data) => <MeetingView meeting={data} reload={meeting.reload} />}</ResourceView>;
}

function MeetingView({ meeting, reload }: { meeting: MeetingDetail; reload: () => void }) {
  const { t, language } = useI18n();
  usePageTitle(meeting.title);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string>();
  const canManage = meeting.actions.includes('manage');
  const count = (value: number) => formatNumber(value, language);

  return (
    <article className="work-detail">
      <nav className="work-breadcrumb" aria-label={t('work.breadcrumb')}>
        <Link to={workPaths.directives}>{t('directives.pageTitle')}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{t('meeting.ofDate', { date: formatDate(meeting.heldOn, language) })}</span>
      </nav>
      <header className="page-header work-detail-header">
        <h1>{meeting.title}</h1>
        <p className="work-badges">
          <strong>{formatDate(meeting.heldOn, language)}</strong>
          {meeting.place && <span>{meeting.place}</span>}
          {meeting.demo && <DemoTag />}
        </p>
        <div className="work-header-actions">
          <a className="button" href={directiveExportUrl({ meetingId: meeting.id })} download>
            {t('work.exportXlsx')}
          </a>
          {canManage && (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              {t('conclusion.create')}
            </button>
          )}
        </div>
      </header>
      <SuccessNotice message={notice} />

      <section className="card" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts">{t('meeting.facts')}</h2>
        <dl className="work-facts">
          {meeting.chair && (
            <div className="work-fact">
              <dt>{t('meeting.chair')}</dt>
              <dd>{meeting.chair}</dd>
            </div>
          )}
          {meeting.attendees.length > 0 && (
            <div className="work-fact">
              <dt>{t('meeting.attendees')}</dt>
              <dd>
                <ul className="work-plain-list">
                  {meeting.attendees.map((attendee) => (
                    <li key={attendee}>{attendee}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          <div className="work-fact">
            <dt>{t('meeting.progress')}</dt>
            <dd>
              {t('meeting.progressLine', {
                directives: count(meeting.counts.directives),
                done: count(meeting.counts.done),
                overdue: count(meeting.counts.overdue),
              })}
            </dd>
          </div>
        </dl>
        {meeting.minutes && (
          <details className="note">
            <summary>{t('meeting.minutes')}</summary>
            <p className="work-text">{meeting.minutes}</p>
          </details>
        )}
        <AttachmentList files={meeting.minutesFiles} />
        {canManage && (
          <MinutesUpload
            meetingId={meeting.id}
            onUploaded={() => {
              setNotice(t('meeting.minutesUploaded'));
              reload();
            }}
          />
        )}
      </section>

      <h2>{t('meeting.register')}</h2>
      {meeting.conclusions.length === 0 && <p className="empty">{t('meeting.noConclusions')}</p>}
      {meeting.conclusions.map((conclusion) => (
        <section key={conclusion.id} className="card conclusion" aria-labelledby={`conclusion-${conclusion.id}`} data-testid={`conclusion-${conclusion.number}`}>
          <h3 id={`conclusion-${conclusion.id}`}>
            {t('conclusion.numbered', { number: conclusion.number })}
            {conclusion.heading && <span className="muted"> · {conclusion.heading}</span>}
          </h3>
          <p className="work-text conclusion-text">{conclusion.text}</p>
          <DirectiveTable
            directives={conclusion.directives}
            meetings={[meeting]}
            showConclusion={false}
            caption={t('conclusion.directivesCaption', { number: conclusion.number })}
          />
        </section>
      ))}

      {adding && (
        <ConclusionFormDialog
          meeting={meeting}
          onSaved={() => {
            setAdding(false);
            setNotice(t('conclusion.created'));
            reload();
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </article>
  );
}

function MinutesUpload({ meetingId, onUploaded }: { meetingId: number; onUploaded: () => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, onSubmit } = useSubmit(async () => {
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return;
    await attachMinutes(meetingId, files);
    if (input.current) input.current.value = '';
    onUploaded();
  });

  return (
    <form className="work-inline-upload" onSubmit={onSubmit}>
      <ErrorNotice error={error} />
      <label htmlFor="minutes-files">{t('meeting.attachMinutes')}</label>
      <input id="minutes-files" ref={input} type="file" name="files" multiple required />
      <button type="submit" className="button button-small" disabled={busy}>
        {t('meeting.upload')}
      </button>
    </form>
  );
}
