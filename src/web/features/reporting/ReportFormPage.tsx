// /bao-cao/:submissionId: one unit's report for one month. The unit enters, saves and submits it;
// the coordinator or a leader approves or returns it; the coordinator may reopen an approved one.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReportForm } from '../../../common/reporting.js';
import { ApiError } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import { usePageTitle } from '../../app/page-title.js';
import { approverRoles, paths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { type ReportAction, approveReport, fetchReport, reopenReport, returnReport, saveFigures, submitReport } from './api.js';
import { DemoBadge, LateDays, ReportStatusBadge } from './badges.js';
import { EvidencePanel } from './EvidencePanel.js';
import { type FigureDraft, type DraftField, checkDraft, draftFromFigure, isEmptyDraft, sameDraft } from './figure-draft.js';
import { FigureFields, type ServerFieldErrors } from './FigureFields.js';
import { formatDateTime } from './format.js';
import { HistoryPanel } from './HistoryPanel.js';
import { periodPhrase } from './period.js';
import { ReasonDialog } from './ReasonDialog.js';

export function ReportFormPage() {
  const { t, language } = useI18n();
  const id = Number(useParams().submissionId);
  const load = useCallback(() => fetchReport(id), [id]);
  const report = useResource(load);
  const submission = report.data?.submission;
  usePageTitle(
    submission ? t('form.pageTitle', { period: periodPhrase(submission.period, language), unit: submission.unit.name }) : t('reporting.pageTitle'),
  );
  return <ResourceView resource={report}>{(data) => <ReportEditor key={id} initial={data} />}</ResourceView>;
}

type Drafts = Record<string, FigureDraft>;

const draftsOf = (form: ReportForm, language: Language): Drafts =>
  Object.fromEntries(form.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.code, draftFromFigure(indicator.figure, language)])));

/** "figures.CQS-08.numerator" → the indicator's field; "figures.CQS-08" → the indicator as a whole. */
function serverErrorsFor(fields: Record<string, string>, code: string): ServerFieldErrors {
  const errors: ServerFieldErrors = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key === `figures.${code}`) errors.row = message;
    else if (key.startsWith(`figures.${code}.`)) errors[key.slice(`figures.${code}.`.length) as DraftField] = message;
  }
  return errors;
}

type Step = 'save' | 'submit' | 'approve';
const stepNotices: Record<Step | 'return' | 'reopen', MessageKey> = {
  save: 'form.saved',
  submit: 'form.submitted',
  approve: 'form.approved',
  return: 'form.returned',
  reopen: 'form.reopened',
};

function ReportEditor({ initial }: { initial: ReportForm }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [form, setForm] = useState(initial);
  const [drafts, setDrafts] = useState(() => draftsOf(initial, language));
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string>();
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);

  const { submission } = form;
  const actions = submission.actions as ReportAction[];
  const editable = actions.includes('edit');
  const indicators = useMemo(() => form.areas.flatMap((area) => area.indicators), [form]);
  const originals = useMemo(() => draftsOf(form, language), [form, language]);
  const checks = useMemo(
    () => new Map(indicators.map((indicator) => [indicator.code, checkDraft(indicator, drafts[indicator.code] ?? originals[indicator.code]!, language)])),
    [indicators, drafts, originals, language],
  );
  const changed = indicators.filter((indicator) => {
    const draft = drafts[indicator.code];
    const original = originals[indicator.code];
    if (!draft || !original || sameDraft(draft, original)) return false;
    // A figure never entered and still empty is not a change.
    return indicator.figure !== null || !isEmptyDraft(draft);
  });
  const dirty = editable && changed.length > 0;
  const invalidCodes = indicators.filter((indicator) => Object.keys(checks.get(indicator.code)?.errors ?? {}).length > 0).map((indicator) => indicator.code);

  // Leaving with unsaved figures asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const accept = (next: ReportForm) => {
    setForm(next);
    setDrafts(draftsOf(next, language));
    setServerFields({});
  };

  // One at a time: a step, or reloading after a conflict; its refusal is the page's failure.
  const {
    busy,
    error: failure,
    setError: setFailure,
    run: perform,
  } = useSubmit(async (step: Step | 'reload') => {
    try {
      if (step === 'reload') {
        accept(await fetchReport(submission.id));
        return;
      }
      let next = form;
      if ((step === 'save' || step === 'submit') && dirty) {
        const figures = changed.map((indicator) => checks.get(indicator.code)!.input);
        next = await saveFigures(submission.id, next.submission.version, figures);
        // Saved even if submitting fails below: the next attempt carries the new version.
        accept(next);
      }
      if (step === 'submit') next = await submitReport(submission.id, next.submission.version);
      if (step === 'approve') next = await approveReport(submission.id, next.submission.version);
      accept(next);
      setNotice(t(stepNotices[step]));
    } catch (caught) {
      setServerFields(caught instanceof ApiError ? caught.fields : {});
      throw caught;
    }
  });

  function run(step: Step) {
    setNotice(undefined);
    if ((step === 'save' || step === 'submit') && invalidCodes.length > 0) {
      setFailure(new Error(t('form.fixErrors')));
      document.getElementById(`figure-${invalidCodes[0]}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    perform(step);
  }

  const decide = (kind: 'return' | 'reopen') => async (reason: string) => {
    const next = await (kind === 'return' ? returnReport : reopenReport)(submission.id, submission.version, reason);
    accept(next);
    setDialog(null);
    setFailure(undefined);
    setNotice(t(stepNotices[kind]));
  };

  // Uploads leave the figures (and the version) alone: only the file list changes, unsaved edits stay.
  const showEvidence = (next: ReportForm) => {
    setForm((previous) => ({ ...previous, evidence: next.evidence }));
    setFailure(undefined);
    setNotice(t('evidence.uploaded'));
  };

  const updateDraft = (code: string, patch: Partial<FigureDraft>) => {
    setDrafts((previous) => ({ ...previous, [code]: { ...(previous[code] ?? originals[code]!), ...patch } }));
    // The server's word on this indicator no longer applies once it is edited.
    setServerFields((previous) => Object.fromEntries(Object.entries(previous).filter(([key]) => key !== `figures.${code}` && !key.startsWith(`figures.${code}.`))));
  };

  const period = submission.period;
  const approver = user ? approverRoles.includes(user.role) : false;

  return (
    <article className="report-form">
      <nav className="breadcrumb" aria-label={t('form.breadcrumb')}>
        <Link to={paths.reports}>{t('reporting.pageTitle')}</Link>
        {approver && actions.some((action) => action === 'approve' || action === 'return') && (
          <>
            {' › '}
            <Link to={paths.reportQueue}>{t('queue.title')}</Link>
          </>
        )}
      </nav>
      <header className="page-header report-header">
        <div>
          <h1>
            {t('form.title', { period: periodPhrase(period, language) })} – {submission.unit.name}
          </h1>
          <p className="muted">
            {t('report.dataRangeValue', { from: formatDate(period.dataFrom, language), to: formatDate(period.dataTo, language) })} ·{' '}
            {t('report.dueOn', { date: formatDate(period.dueDate, language) })}
          </p>
        </div>
        <dl className="report-facts">
          <div>
            <dt>{t('report.status')}</dt>
            <dd className="badge-row" data-testid="report-status">
              <ReportStatusBadge status={submission.status} />
              {submission.demo && <DemoBadge />}
            </dd>
          </div>
          <div>
            <dt>{t('form.version')}</dt>
            <dd data-testid="report-version">{submission.version}</dd>
          </div>
          {submission.firstSubmittedAt && (
            <div>
              <dt>{t('form.firstSubmitted')}</dt>
              <dd>
                {formatDateTime(submission.firstSubmittedAt, language)} <LateDays days={submission.daysLate} />
              </dd>
            </div>
          )}
        </dl>
      </header>

      {submission.status === 'returned' && submission.returnReason && (
        <div className="notice notice-warning return-reason" role="note">
          <strong>{t('form.returnedTitle')}</strong>
          <p>{submission.returnReason}</p>
        </div>
      )}
      <SuccessNotice message={notice} />
      {failure && <FailureNotice error={failure} fields={serverFields} onReload={() => perform('reload')} />}

      <div className="report-layout">
        <form className="report-figures" onSubmit={(event) => event.preventDefault()} noValidate>
          {editable && <p className="muted">{t('form.help', { limit: form.changeWarningPercent })}</p>}
          {form.areas.map((area) => (
            <section key={area.code} className="card report-area" aria-labelledby={`area-${area.code}`}>
              <h2 id={`area-${area.code}`}>{area.name}</h2>
              {area.indicators.map((indicator) => (
                <FigureFields
                  key={indicator.code}
                  indicator={indicator}
                  draft={drafts[indicator.code] ?? originals[indicator.code]!}
                  check={checks.get(indicator.code)!}
                  serverErrors={serverErrorsFor(serverFields, indicator.code)}
                  editable={editable}
                  changeWarningPercent={form.changeWarningPercent}
                  onChange={(patch) => updateDraft(indicator.code, patch)}
                />
              ))}
            </section>
          ))}
          <ActionBar
            actions={actions}
            busy={busy}
            dirty={dirty}
            onStep={run}
            onDecide={setDialog}
          />
        </form>
        <aside className="report-aside">
          <EvidencePanel form={form} editable={editable} onUploaded={showEvidence} />
          <HistoryPanel submissionId={submission.id} version={submission.version} />
        </aside>
      </div>

      {dialog === 'return' && (
        <ReasonDialog
          title={t('decision.returnTitle')}
          intro={t('decision.returnIntro', { unit: submission.unit.name })}
          submitLabel={t('decision.return')}
          onConfirm={decide('return')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <ReasonDialog
          title={t('decision.reopenTitle')}
          intro={t('decision.reopenIntro')}
          submitLabel={t('decision.reopen')}
          onConfirm={decide('reopen')}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}

interface ActionBarProps {
  actions: ReportAction[];
  busy: boolean;
  dirty: boolean;
  onStep: (step: Step) => void;
  onDecide: (kind: 'return' | 'reopen') => void;
}

/** Only the buttons the server says this user may use on this report. */
function ActionBar({ actions, busy, dirty, onStep, onDecide }: ActionBarProps) {
  const { t } = useI18n();
  const has = (action: ReportAction) => actions.includes(action);
  if (!['edit', 'submit', 'approve', 'return', 'reopen'].some((action) => has(action as ReportAction))) return null;
  return (
    <div className="action-bar">
      <p className="action-bar-state" role="status">
        {has('edit') && (dirty ? t('form.unsaved') : t('form.allSaved'))}
      </p>
      <div className="action-bar-buttons">
        {has('edit') && (
          <button type="button" className="button" disabled={busy} onClick={() => onStep('save')}>
            {t('form.save')}
          </button>
        )}
        {has('submit') && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => onStep('submit')}>
            {t('form.submit')}
          </button>
        )}
        {has('return') && (
          <button type="button" className="button button-warning" disabled={busy} onClick={() => onDecide('return')}>
            {t('decision.return')}
          </button>
        )}
        {has('approve') && (
          <button type="button" className="button button-success" disabled={busy} onClick={() => onStep('approve')}>
            {t('decision.approve')}
          </button>
        )}
        {has('reopen') && (
          <button type="button" className="button" disabled={busy} onClick={() => onDecide('reopen')}>
            {t('decision.reopen')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The server's refusal: a conflict offers to reload, a validation lists what to fix. */
function FailureNotice({ error, fields, onReload }: { error: Error; fields: Record<string, string>; onReload: () => void }) {
  const { t } = useI18n();
  const conflict = error instanceof ApiError && error.status === 409;
  const listed = Object.entries(fields).filter(([key]) => key.startsWith('figures.'));
  // The server's save message names its field paths ("figures.CQS-08.numerator"); the list below says it better.
  const message = listed.length > 0 && error.message.includes('figures.') ? t('form.invalidFigures') : error.message;
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {listed.length > 0 && (
        <ul className="error-list">
          {listed.map(([key, message]) => {
            const code = key.split('.')[1] ?? '';
            return (
              <li key={key}>
                <a href={`#figure-${code}`}>{code}</a>: {message}
              </li>
            );
          })}
        </ul>
      )}
      {conflict && (
        <button type="button" className="button button-small" onClick={onReload}>
          {t('form.reload')}
        </button>
      )}
    </div>
  );
}
