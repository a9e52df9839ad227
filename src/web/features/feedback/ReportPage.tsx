// /phan-anh/xu-ly/:id: one report as the officers see it — who reported it (unless anonymous), the
// photos before and after, the deadline, the whole history with internal remarks, the steps this
// user may take (the desk's dialogs), and the internal notes, which never reach the public pages.
import { Fragment, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackPaths, trackingPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { fetchUnits } from '../units/api.js';
import { type PublicConfig, type StaffReportDetail, addNote, fetchFeedbackConfig, fetchNotes, fetchStaffReport } from './api.js';
import { type Step, StepButtons, StepForm } from './DeskPage.js';
import { FeedbackStatus, History, PhotoStrip, TimeLeft } from './parts.js';

export function ReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const load = useCallback(() => fetchStaffReport(id), [id]);
  const report = useResource(load);
  const [done, setDone] = useState<string>();
  // Sent back to the coordinator, the report is no longer the unit's to read: only the message stays.
  const [handedBack, setHandedBack] = useState(false);
  usePageTitle(report.data ? t('feedback.reportCode', { code: report.data.code }) : t('desk.title'));

  return (
    <div className="fb-page fb-page-wide">
      <p className="breadcrumb">
        <Link to={feedbackPaths.desk}>{t('desk.title')}</Link>
      </p>
      <SuccessNotice message={done} />
      {!handedBack && (
        <ResourceView resource={report}>
          {(data) => (
            <ReportView
              report={data}
              onDone={(message, step) => {
                setDone(message);
                if (step === 'transferBack') setHandedBack(true);
                else report.reload();
              }}
            />
          )}
        </ResourceView>
      )}
    </div>
  );
}

function ReportView({ report, onDone }: { report: StaffReportDetail; onDone: (message: string, step: Step) => void }) {
  const { t, language } = useI18n();
  const units = useResource(fetchUnits);
  const config = useResource(fetchFeedbackConfig);
  const [open, setOpen] = useState<Step>();
  const before = report.photos.filter((photo) => photo.stage === 'before');
  const after = report.photos.filter((photo) => photo.stage === 'after');
  const { reporter } = report;
  const contact = [reporter.name, reporter.phone, reporter.email].filter(Boolean).join(' · ');

  return (
    <>
      <article className="card fb-tracked" aria-labelledby="fb-report-title">
        <header className="fb-tracked-header">
          <h1 id="fb-report-title">
            {t('feedback.reportCode', { code: report.code })} <FeedbackStatus status={report.status} />
            {report.timing.overdue && <span className="badge fb-overdue-flag">{t('feedback.overdue')}</span>}
          </h1>
          <p className="muted">{report.category.name}</p>
        </header>
        <StepButtons report={report} onOpen={setOpen} />
        {open && (
          <StepForm
            step={open}
            report={report}
            units={units.data ?? []}
            onClose={() => setOpen(undefined)}
            onDone={(message) => {
              setOpen(undefined);
              onDone(message, open);
            }}
          />
        )}
        <dl className="fb-facts">
          <dt>{t('feedback.deadline')}</dt>
          <dd>
            <TimeLeft timing={report.timing} />
            {report.timing.extended && <span className="muted"> · {t('feedback.extendedFrom', { date: formatDate(report.timing.baselineDueDate, language) })}</span>}
            {report.extensionReason && <span className="muted"> · {report.extensionReason}</span>}
          </dd>
          <dt>{t('feedback.receivedAt')}</dt>
          <dd>
            {formatDate(new Date(report.receivedAt), language)} · {t(`fbReport.source.${report.source}`)}
          </dd>
          <dt>{t('feedback.unit')}</dt>
          <dd>{report.unit?.name ?? t('feedback.unitPending')}</dd>
          <dt>{t('feedback.ward')}</dt>
          <dd>
            {report.ward?.name ?? '—'}
            {report.wardSource && <span className="muted"> · {t(`fbReport.wardSource.${report.wardSource}`)}</span>}
          </dd>
          {report.address && (
            <>
              <dt>{t('feedback.address')}</dt>
              <dd>{report.address}</dd>
            </>
          )}
          {report.lat !== null && report.lng !== null && (
            <>
              <dt>{t('fbReport.point')}</dt>
              <dd>
                {formatNumber(report.lat, language, 5)}, {formatNumber(report.lng, language, 5)}
              </dd>
            </>
          )}
          <dt>{t('desk.reporter')}</dt>
          <dd data-testid="reporter">{reporter.anonymous ? t('desk.anonymous') : contact || t('desk.noContact')}</dd>
          <dt>{t('feedback.supportersLabel')}</dt>
          <dd>{t('feedback.supporters', { count: report.supporters })}</dd>
        </dl>
        {report.description && <p className="fb-description">{report.description}</p>}
        <Attributes report={report} categories={config.data?.categories ?? []} />
        <PhotoStrip photos={before} label={t('feedback.photosBefore')} />
        {report.answer && (
          <section className="fb-answer" aria-labelledby="fb-answer-title">
            <h2 id="fb-answer-title">{t('feedback.answer')}</h2>
            <p>{report.answer}</p>
          </section>
        )}
        <PhotoStrip photos={after} label={t('feedback.photosAfter')} />
        {report.rejectionReason && (
          <section className="fb-answer fb-answer-rejected" aria-labelledby="fb-rejected-title">
            <h2 id="fb-rejected-title">{t('feedback.rejectionReason')}</h2>
            <p>{report.rejectionReason}</p>
          </section>
        )}
        <p>
          <Link to={trackingPath(report.code)}>{t('fbReport.publicPage')}</Link>
        </p>
      </article>

      <div className="work-detail-layout">
        <section className="card" aria-labelledby="fb-history-title">
          <h2 id="fb-history-title">{t('feedback.history')}</h2>
          <History events={report.history} />
        </section>
        <Notes reportId={report.id} />
      </div>
    </>
  );
}

/** The category's extra answers, labelled with its questions and choices. */
function Attributes({ report, categories }: { report: StaffReportDetail; categories: PublicConfig['categories'] }) {
  const { t } = useI18n();
  const entries = Object.entries(report.attributes);
  if (entries.length === 0) return null;
  const definitions = categories.find((category) => category.id === report.category.id)?.attributes ?? [];
  return (
    <dl className="fb-facts" aria-label={t('fbReport.attributes')}>
      {entries.map(([code, value]) => {
        const definition = definitions.find((attribute) => attribute.code === code);
        const named = (key: string) => definition?.values.find((option) => option.key === key)?.name ?? key;
        return (
          <Fragment key={code}>
            <dt>{definition?.description ?? code}</dt>
            <dd>{Array.isArray(value) ? value.map(named).join(', ') : named(value)}</dd>
          </Fragment>
        );
      })}
    </dl>
  );
}

function Notes({ reportId }: { reportId: number }) {
  const { t, language } = useI18n();
  const load = useCallback(() => fetchNotes(reportId), [reportId]);
  const notes = useResource(load);
  const [body, setBody] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    await addNote(reportId, body.trim());
    setBody('');
    notes.reload();
  });

  return (
    <section className="card" aria-labelledby="fb-notes-title">
      <h2 id="fb-notes-title">{t('fbReport.notes')}</h2>
      <p className="muted">{t('fbReport.notesIntro')}</p>
      <ResourceView resource={notes}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('fbReport.notesNone')}</p>
          ) : (
            <ol className="fb-history" aria-label={t('fbReport.notes')}>
              {list.map((note) => (
                <li key={note.id}>
                  <span className="fb-history-date">{formatDate(new Date(note.createdAt), language)}</span>
                  <span className="fb-history-what">
                    {note.author} · {note.unit.name}
                  </span>
                  <span className="fb-history-note">{note.body}</span>
                </li>
              ))}
            </ol>
          )
        }
      </ResourceView>
      <form className="form" onSubmit={onSubmit}>
        <ErrorNotice error={error} />
        <Field label={t('fbReport.noteLabel')} hint={t('fbReport.noteHint')}>
          {(control) => <textarea {...control} rows={3} required minLength={2} maxLength={2000} value={body} onChange={(event) => setBody(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || body.trim().length < 2}>
            {t('fbReport.addNote')}
          </button>
        </div>
      </form>
    </section>
  );
}
