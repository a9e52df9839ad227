// Tra cứu phản ánh: with the tracking code, anyone sees the status, its history, the unit handling
// it, the public answer, the deadline and the photos (never who reported it).
import { type FormEvent, useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackPaths, trackingPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { type TrackedFieldReport, trackReport } from './api.js';
import { FeedbackStatus, History, PhotoStrip, TimeLeft } from './parts.js';

export function TrackPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  usePageTitle(code ? t('feedback.trackTitleCode', { code }) : t('feedback.trackTitle'));
  return (
    <div className="fb-page">
      <h1>{t('feedback.trackTitle')}</h1>
      <CodeForm initial={code} />
      {code && <Tracked key={code} code={code} />}
    </div>
  );
}

function CodeForm({ initial }: { initial: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (code.trim()) void navigate(trackingPath(code.trim().toUpperCase()));
  }
  return (
    <form className="fb-code-form" onSubmit={submit} role="search">
      <label htmlFor="fb-code">{t('feedback.codeLabel')}</label>
      <div className="fb-code-row">
        <input id="fb-code" type="text" required maxLength={20} autoCapitalize="characters" value={code} onChange={(event) => setCode(event.target.value)} />
        <button type="submit" className="button button-primary">
          {t('feedback.lookUp')}
        </button>
      </div>
    </form>
  );
}

function Tracked({ code }: { code: string }) {
  const load = useCallback(() => trackReport(code), [code]);
  const report = useResource(load);
  return <ResourceView resource={report}>{(data) => <ReportView report={data} />}</ResourceView>;
}

function ReportView({ report }: { report: TrackedFieldReport }) {
  const { t, language } = useI18n();
  const before = report.photos.filter((photo) => photo.stage === 'before');
  const after = report.photos.filter((photo) => photo.stage === 'after');
  return (
    <article className="card fb-tracked" aria-labelledby="fb-tracked-title">
      <header className="fb-tracked-header">
        <h2 id="fb-tracked-title">
          {t('feedback.reportCode', { code: report.code })} <FeedbackStatus status={report.status} />
        </h2>
        <p className="muted">{report.category.name}</p>
      </header>
      <dl className="fb-facts">
        <dt>{t('feedback.receivedAt')}</dt>
        <dd>{formatDate(new Date(report.receivedAt), language)}</dd>
        <dt>{t('feedback.unit')}</dt>
        <dd>{report.unit?.name ?? t('feedback.unitPending')}</dd>
        <dt>{t('feedback.ward')}</dt>
        <dd>{report.ward?.name ?? '—'}</dd>
        {report.address && (
          <>
            <dt>{t('feedback.address')}</dt>
            <dd>{report.address}</dd>
          </>
        )}
        <dt>{t('feedback.deadline')}</dt>
        <dd>
          <TimeLeft timing={report.timing} />
          {report.timing.extended && <span className="muted"> · {t('feedback.extendedFrom', { date: formatDate(report.timing.baselineDueDate, language) })}</span>}
        </dd>
        <dt>{t('feedback.supportersLabel')}</dt>
        <dd>{t('feedback.supporters', { count: report.supporters })}</dd>
      </dl>
      {report.description && <p className="fb-description">{report.description}</p>}
      <PhotoStrip photos={before} label={t('feedback.photosBefore')} />

      {report.answer && (
        <section className="fb-answer" aria-labelledby="fb-answer-title">
          <h3 id="fb-answer-title">{t('feedback.answer')}</h3>
          <p data-testid="public-answer">{report.answer}</p>
          <PhotoStrip photos={after} label={t('feedback.photosAfter')} />
        </section>
      )}
      {report.rejectionReason && (
        <section className="fb-answer fb-answer-rejected" aria-labelledby="fb-rejected-title">
          <h3 id="fb-rejected-title">{t('feedback.rejectionReason')}</h3>
          <p>{report.rejectionReason}</p>
        </section>
      )}
      {report.mergedInto && (
        <p className="notice notice-info">
          {t('feedback.mergedInto')} <a href={trackingPath(report.mergedInto)}>{report.mergedInto}</a>
        </p>
      )}

      <section aria-labelledby="fb-history-title">
        <h3 id="fb-history-title">{t('feedback.history')}</h3>
        <History events={report.history} />
      </section>
      <p>
        <a href={feedbackPaths.browse}>{t('feedback.browseLink')}</a>
      </p>
    </article>
  );
}
