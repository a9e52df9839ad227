// One task: its facts, sub-tasks, the rescheduling history against the original due date, the lead
// unit's progress reports with their evidence, and the forms the user's rights allow.
import { type ReactNode, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TaskDetail, TaskUpdate } from '../../../common/tasks.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { directivePath, taskPath, workPaths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { type Task } from '../../../common/tasks.js';
import { fetchTask, reportTaskProgress } from './api.js';
import { Deadline, DemoTag, ProgressBar, StatusBadge, TimingText } from './badges.js';
import { AttachmentList } from './AttachmentList.js';
import { type ReportFields, ReportDialog } from './ReportDialog.js';
import { RescheduleDialog } from './RescheduleDialog.js';
import { TaskFormDialog } from './TaskForm.js';
import { delayPhrase } from './timing.js';

type OpenDialog = 'progress' | 'complete' | 'reschedule' | 'edit' | 'subtask' | null;

export function TaskPage() {
  const id = Number(useParams().taskId);
  const task = useResource(useCallback(() => fetchTask(id), [id]));
  return <ResourceView resource={task}>{(data) => <TaskView task={data} reload={task.reload} />}</ResourceView>;
}

function TaskView({ task, reload }: { task: TaskDetail; reload: () => void }) {
  const { t, language } = useI18n();
  usePageTitle(task.code ?? task.title);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string>();
  const can = (action: string) => task.actions.includes(action);

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    reload();
  };
  const report = async (fields: ReportFields, files: File[]) => {
    await reportTaskProgress(task.id, fields, files);
    done(t(fields.completedOn ? 'taskPage.completed' : 'taskPage.reported'));
  };

  return (
    <article className="work-detail">
      <nav className="work-breadcrumb" aria-label={t('work.breadcrumb')}>
        <Link to={workPaths.tasks}>{t('tasks.pageTitle')}</Link>
        {task.parentId !== null && (
          <>
            <span aria-hidden="true"> › </span>
            <Link to={taskPath(task.parentId)}>{t('taskPage.parent')}</Link>
          </>
        )}
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{task.code ?? t('taskPage.task')}</span>
      </nav>
      <header className="page-header work-detail-header">
        <h1>{task.title}</h1>
        <p className="work-badges">
          <StatusBadge status={task.status} />
          {task.timing.overdue && <span className="badge work-overdue">{t('work.overdue')}</span>}
          {task.demo && <DemoTag />}
          {task.code && <span className="muted">{task.code}</span>}
        </p>
        <div className="work-header-actions">
          {can('report') && (
            <>
              <button type="button" className="button button-primary" onClick={() => setDialog('progress')}>
                {t('taskPage.reportProgress')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('complete')}>
                {t('taskPage.complete')}
              </button>
            </>
          )}
          {can('reschedule') && (
            <button type="button" className="button" onClick={() => setDialog('reschedule')}>
              {t('taskPage.reschedule')}
            </button>
          )}
          {can('manage') && (
            <>
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                {t('taskPage.edit')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('subtask')}>
                {t('taskPage.addSubtask')}
              </button>
            </>
          )}
        </div>
      </header>
      <SuccessNotice message={notice} />

      <div className="work-detail-layout">
        <div className="work-detail-main">
          <section className="card" aria-labelledby="task-facts">
            <h2 id="task-facts">{t('taskPage.facts')}</h2>
            <dl className="work-facts">
              <Fact label={t('task.leadUnit')}>{task.leadUnit.name}</Fact>
              <Fact label={t('task.coordinatingUnits')}>
                {task.coordinatingUnits.length === 0 ? (
                  <span className="muted">{t('work.none')}</span>
                ) : (
                  task.coordinatingUnits.map((unit) => unit.name).join('; ')
                )}
              </Fact>
              {(task.area ?? task.solutionGroup) && (
                <Fact label={task.area ? t('task.area') : t('task.solutionGroup')}>{(task.area ?? task.solutionGroup)?.name}</Fact>
              )}
              <Fact label={t('task.plannedStart')}>
                {task.plannedStartDate ? formatDate(task.plannedStartDate, language) : <span className="muted">{t('work.notSet')}</span>}
              </Fact>
              <Fact label={t('task.dueDate')}>
                <Deadline dueDate={task.dueDate} />
              </Fact>
              {task.baselineDueDate !== task.dueDate && <Fact label={t('task.baselineDueDate')}>{formatDate(task.baselineDueDate, language)}</Fact>}
              <Fact label={t('task.completedOn')}>
                {task.completedOn ? formatDate(task.completedOn, language) : <span className="muted">{t('taskPage.notCompleted')}</span>}
              </Fact>
              <Fact label={t('task.progress')}>
                <ProgressBar value={task.progress} derived={task.progressDerived} label={t('task.progress')} />
                {task.progressDerived && <span className="cell-detail">{t('taskPage.progressFromChildren', { count: task.children.length })}</span>}
              </Fact>
              <Fact label={t('taskPage.delayCurrent', { date: formatDate(task.dueDate, language) })}>
                <DelayLine delay={task.timing.delay} fallback={<TimingText status={task.status} timing={task.timing} dueDate={task.dueDate} />} />
              </Fact>
              {task.baselineDueDate !== task.dueDate && (
                <Fact label={t('taskPage.delayBaseline', { date: formatDate(task.baselineDueDate, language) })}>
                  <DelayLine delay={task.timing.baselineDelay} fallback={<span>{t('work.onTime')}</span>} />
                </Fact>
              )}
              {task.source && <Fact label={t('task.source')}>{task.source}</Fact>}
            </dl>
            {task.description && task.description !== task.title && (
              <>
                <h3>{t('task.description')}</h3>
                <p className="work-text">{task.description}</p>
              </>
            )}
            {task.solution && (
              <>
                <h3>{t('task.solution')}</h3>
                <p className="work-text">{task.solution}</p>
              </>
            )}
            {task.note && (
              <details className="note">
                <summary>{t('task.note')}</summary>
                <p>{task.note}</p>
              </details>
            )}
          </section>

          <section className="card" aria-labelledby="task-updates">
            <h2 id="task-updates">{t('taskPage.updates')}</h2>
            {task.updates.length === 0 ? (
              <p className="empty">{t('taskPage.noUpdates')}</p>
            ) : (
              <ol className="work-updates">
                {task.updates.map((update) => (
                  <UpdateItem key={update.id} update={update} />
                ))}
              </ol>
            )}
          </section>
        </div>

        <aside className="work-detail-aside">
          <section className="card" aria-labelledby="task-reschedules">
            <h2 id="task-reschedules">{t('taskPage.reschedules')}</h2>
            <ol className="work-reschedules">
              <li>
                <span className="work-reschedule-date">{formatDate(task.baselineDueDate, language)}</span>
                <span className="cell-detail">{t('taskPage.originalDue')}</span>
              </li>
              {task.reschedules.map((change) => (
                <li key={change.id}>
                  <span className="work-reschedule-date">
                    {formatDate(change.fromDueDate, language)} → {formatDate(change.toDueDate, language)}
                  </span>
                  <span className="work-reschedule-who">
                    {change.decidedOn
                      ? t('taskPage.decidedByOn', { who: change.decidedBy, date: formatDate(change.decidedOn, language) })
                      : t('taskPage.decidedBy', { who: change.decidedBy })}
                  </span>
                  <span className="work-reschedule-reason">{t('taskPage.reason', { reason: change.reason })}</span>
                </li>
              ))}
            </ol>
            {task.reschedules.length === 0 && <p className="muted">{t('taskPage.noReschedules')}</p>}
          </section>
          {task.directives.length > 0 && (
            <section className="card" aria-labelledby="task-directives">
              <h2 id="task-directives">{t('taskPage.directives')}</h2>
              <ul className="work-links">
                {task.directives.map((directive) => (
                  <li key={directive.id}>
                    <Link to={directivePath(directive.id)}>{directive.title}</Link> <StatusBadge status={directive.status} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      {task.children.length > 0 && <Subtasks tasks={task.children} />}

      {(dialog === 'progress' || dialog === 'complete') && (
        <ReportDialog
          kind="task"
          mode={dialog}
          subject={task.title}
          {...(task.progressDerived ? {} : { progress: task.progress })}
          onSubmit={report}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reschedule' && <RescheduleDialog task={task} onSaved={() => done(t('taskPage.rescheduled'))} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <TaskFormDialog task={task} onSaved={() => done(t('taskPage.saved'))} onClose={() => setDialog(null)} />}
      {dialog === 'subtask' && <TaskFormDialog parent={task} onSaved={() => done(t('taskPage.subtaskCreated'))} onClose={() => setDialog(null)} />}
    </article>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="work-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "Trễ 29 tháng (876 ngày)", or what to say when there is no delay. */
function DelayLine({ delay, fallback }: { delay: TaskDetail['timing']['delay']; fallback: ReactNode }) {
  const { t, language } = useI18n();
  const phrase = delayPhrase(delay);
  if (!phrase) return fallback;
  return (
    <span className="work-tone work-tone-late">
      {t(phrase.key, { count: formatNumber(phrase.params.count ?? 0, language) })}
      {delay.months >= 1 && ` (${t('work.lateDaysDetail', { count: formatNumber(delay.days, language) })})`}
    </span>
  );
}

function Subtasks({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  const columns: Column<Task>[] = [
    {
      key: 'title',
      header: t('task.title'),
      className: 'work-col-title',
      render: (task) => (
        <>
          <Link to={taskPath(task.id)}>{task.title}</Link>
          {task.demo && <DemoTag />}
        </>
      ),
    },
    { key: 'lead', header: t('task.leadUnit'), className: 'work-col-unit', render: (task) => task.leadUnit.name },
    { key: 'due', header: t('task.dueDate'), className: 'work-col-date', render: (task) => <Deadline dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} /> },
    { key: 'status', header: t('task.status'), className: 'work-col-status', render: (task) => <StatusBadge status={task.status} /> },
    {
      key: 'progress',
      header: t('task.progress'),
      className: 'work-col-progress',
      render: (task) => <ProgressBar value={task.progress} label={t('task.progressOf', { title: task.title })} />,
    },
    {
      key: 'delay',
      header: t('task.delay'),
      className: 'work-col-delay',
      render: (task) => <TimingText status={task.status} timing={task.timing} dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} />,
    },
  ];
  return (
    <section className="card" aria-labelledby="task-children">
      <h2 id="task-children">{t('taskPage.children', { count: tasks.length })}</h2>
      <DataTable className="work-table" caption={t('taskPage.childrenCaption')} columns={columns} rows={tasks} rowKey={(task) => task.id} />
    </section>
  );
}

/** One report of a task or a directive: when, by whom, what, with the files. */
export function UpdateItem({ update }: { update: Omit<TaskUpdate, 'progress' | 'figure' | 'figureUnit'> & Partial<Pick<TaskUpdate, 'progress' | 'figure' | 'figureUnit'>> }) {
  const { t, language } = useI18n();
  return (
    <li className="work-update" data-testid={`update-${update.id}`}>
      <p className="work-update-head">
        <strong>{formatDate(update.reportedOn, language)}</strong>
        <span>{update.unit.name}</span>
        {update.author && <span className="muted">{update.author}</span>}
        {update.demo && <DemoTag />}
      </p>
      {update.completedOn && (
        <p className="work-update-complete">{t('taskPage.completedOnLine', { date: formatDate(update.completedOn, language) })}</p>
      )}
      {(update.progress !== undefined && update.progress !== null) || (update.figure !== undefined && update.figure !== null) ? (
        <p className="work-update-figures">
          {update.progress !== undefined && update.progress !== null && (
            <span>{t('taskPage.progressLine', { value: formatNumber(update.progress, language) })}</span>
          )}
          {update.figure !== undefined && update.figure !== null && (
            <span>
              {t('taskPage.figureLine', { value: formatNumber(update.figure, language), unit: update.figureUnit ?? '' })}
            </span>
          )}
        </p>
      ) : null}
      <p className="work-text">{update.text}</p>
      <AttachmentList files={update.files} />
    </li>
  );
}
