// One directive: what the meeting concluded, who carries it out and by when, the owner unit's
// follow-up reports, and the completion with its date and result.
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { settableStatuses } from '../../../common/tasks.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { meetingPath, taskPath, workPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice, Loading, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { FormActions } from '../../components/FormActions.js';
import { fetchTasks } from '../tasks/api.js';
import { Deadline, DemoTag, StatusBadge, TimingText } from '../tasks/badges.js';
import { type ReportFields, ReportDialog } from '../tasks/ReportDialog.js';
import { StatusField, isSettable } from '../tasks/StatusField.js';
import { Fact, UpdateItem } from '../tasks/TaskPage.js';
import { useCityUnits } from '../tasks/units.js';
import { type DirectiveDetail, fetchDirective, reportOnDirective, updateDirective } from './api.js';
import { type DirectiveDraft, DirectiveFields, directiveInput } from './DirectiveFields.js';

type OpenDialog = 'progress' | 'complete' | 'edit' | null;

export function DirectivePage() {
  const id = Number(useParams().directiveId);
  const directive = useResource(useCallback(() => fetchDirective(id), [id]));
  return <ResourceView resource={directive}>{(data) => <DirectiveView directive={data} reload={directive.reload} />}</ResourceView>;
}

function DirectiveView({ directive, reload }: { directive: DirectiveDetail; reload: () => void }) {
  const { t, language } = useI18n();
  usePageTitle(directive.title);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string>();
  const can = (action: string) => directive.actions.includes(action);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    reload();
  };
  const report = async (fields: ReportFields, files: File[]) => {
    await reportOnDirective(directive.id, fields, files);
    done(t(fields.completedOn ? 'directivePage.completed' : 'directivePage.reported'));
  };

  return (
    <article className="work-detail">
      <nav className="work-breadcrumb" aria-label={t('work.breadcrumb')}>
        <Link to={workPaths.directives}>{t('directives.pageTitle')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={meetingPath(directive.meetingId)}>{t('directivePage.meeting')}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{t('conclusion.numbered', { number: directive.conclusion.number })}</span>
      </nav>
      <header className="page-header work-detail-header">
        <h1>{directive.title}</h1>
        <p className="work-badges">
          <StatusBadge status={directive.status} />
          {directive.timing.overdue && <span className="badge work-overdue">{t('work.overdue')}</span>}
          {directive.demo && <DemoTag />}
        </p>
        <div className="work-header-actions">
          {can('report') && (
            <>
              <button type="button" className="button button-primary" onClick={() => setDialog('progress')}>
                {t('directivePage.report')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('complete')}>
                {t('directivePage.complete')}
              </button>
            </>
          )}
          {can('manage') && (
            <button type="button" className="button" onClick={() => setDialog('edit')}>
              {t('directivePage.edit')}
            </button>
          )}
        </div>
      </header>
      <SuccessNotice message={notice} />

      <div className="work-detail-layout">
        <div className="work-detail-main">
          <section className="card" aria-labelledby="directive-facts">
            <h2 id="directive-facts">{t('directivePage.facts')}</h2>
            <dl className="work-facts">
              <Fact label={t('directive.ownerUnit')}>{directive.ownerUnit.name}</Fact>
              <Fact label={t('directive.deadline')}>
                <Deadline dueDate={directive.dueDate} standing={directive.standing} />
              </Fact>
              <Fact label={t('task.delay')}>
                <TimingText status={directive.status} timing={directive.timing} dueDate={directive.dueDate} />
              </Fact>
              <Fact label={t('task.completedOn')}>
                {directive.completedOn ? formatDate(directive.completedOn, language) : <span className="muted">{t('taskPage.notCompleted')}</span>}
              </Fact>
              {directive.result && <Fact label={t('directive.result')}>{directive.result}</Fact>}
              {directive.tasks.length > 0 && (
                <Fact label={t('directive.tasks')}>
                  <ul className="work-plain-list">
                    {directive.tasks.map((task) => (
                      <li key={task.id}>
                        <Link to={taskPath(task.id)}>{task.code ?? task.title}</Link> <StatusBadge status={task.status} />
                        {task.code && <span className="cell-detail">{task.title}</span>}
                      </li>
                    ))}
                  </ul>
                </Fact>
              )}
            </dl>
            {directive.content && (
              <>
                <h3>{t('directive.content')}</h3>
                <p className="work-text">{directive.content}</p>
              </>
            )}
            {directive.note && (
              <details className="note">
                <summary>{t('task.note')}</summary>
                <p>{directive.note}</p>
              </details>
            )}
          </section>
          <section className="card" aria-labelledby="directive-updates">
            <h2 id="directive-updates">{t('directivePage.updates')}</h2>
            {directive.updates.length === 0 ? (
              <p className="empty">{t('directivePage.noUpdates')}</p>
            ) : (
              <ol className="work-updates">
                {directive.updates.map((update) => (
                  <UpdateItem key={update.id} update={update} />
                ))}
              </ol>
            )}
          </section>
        </div>
        <aside className="work-detail-aside">
          <section className="card" aria-labelledby="directive-conclusion">
            <h2 id="directive-conclusion">{t('conclusion.numbered', { number: directive.conclusion.number })}</h2>
            <p className="work-text">{directive.conclusion.text}</p>
            <Link to={meetingPath(directive.meetingId)}>{t('directivePage.toRegister')}</Link>
          </section>
        </aside>
      </div>

      {(dialog === 'progress' || dialog === 'complete') && (
        <ReportDialog kind="directive" mode={dialog} subject={directive.title} onSubmit={report} onClose={() => setDialog(null)} />
      )}
      {dialog === 'edit' && <DirectiveEditDialog directive={directive} onSaved={() => done(t('directivePage.saved'))} onClose={() => setDialog(null)} />}
    </article>
  );
}

const fetchAllTasks = () => fetchTasks();

function DirectiveEditDialog({ directive, onSaved, onClose }: { directive: DirectiveDetail; onSaved: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const units = useCityUnits();
  const tasks = useResource(fetchAllTasks);
  const [draft, setDraft] = useState<DirectiveDraft>({
    title: directive.title,
    content: directive.content ?? '',
    ownerUnitId: String(directive.ownerUnit.id),
    dueDate: directive.dueDate ?? '',
    standing: directive.standing,
    taskIds: directive.tasks.map((task) => task.id),
    note: directive.note ?? '',
  });
  const [status, setStatus] = useState(isSettable(directive.status) ? directive.status : '');
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () => {
      const next = settableStatuses.find((candidate) => candidate === status);
      await updateDirective(directive.id, { ...directiveInput(draft), ...(next && next !== directive.status ? { status: next } : {}) });
      onSaved();
    },
    { keepBusy: true },
  );

  return (
    <Dialog title={t('directivePage.edit')} onClose={onClose}>
      {!units || !tasks.data ? (
        <>
          <ErrorNotice error={tasks.error} />
          {!tasks.error && <Loading />}
        </>
      ) : (
        <form className="form work-form" onSubmit={onSubmit}>
          <ErrorNotice error={error} />
          <DirectiveFields draft={draft} onChange={setDraft} units={units} tasks={tasks.data} errors={fieldErrors} />
          <StatusField current={directive.status} value={status} onChange={(event) => setStatus(event.target.value)} error={fieldErrors.status} />
          <FormActions onCancel={onClose} disabled={busy} />
        </form>
      )}
    </Dialog>
  );
}
