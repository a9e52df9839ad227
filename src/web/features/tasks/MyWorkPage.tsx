// Việc của tôi: what the user's unit leads or helps with, and the directives it owes, open work first.
import { Link } from 'react-router';
import type { Directive, ItemStatus } from '../../../common/tasks.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { directivePath, taskPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { type MyWork, fetchMyWork } from './api.js';
import { Deadline, DemoTag, ProgressBar, StatusBadge, TimingText } from './badges.js';
import { TasksTabs } from './TasksTabs.js';

type MyTask = MyWork['tasks'][number];

const finished = (status: ItemStatus) => status === 'done' || status === 'done_late' || status === 'cancelled';
/** Open work first (most overdue first, then by due date), finished work after it. */
const byUrgency = <T extends { status: ItemStatus; dueDate: string | null }>(items: readonly T[]) =>
  [...items].sort(
    (a, b) => Number(finished(a.status)) - Number(finished(b.status)) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

export function MyWorkPage() {
  const { t } = useI18n();
  usePageTitle(t('myWork.pageTitle'));
  const work = useResource(fetchMyWork);
  return (
    <>
      <header className="page-header">
        <h1>{t('myWork.pageTitle')}</h1>
      </header>
      <TasksTabs />
      <ResourceView resource={work}>{(data) => <MyWorkView work={data} />}</ResourceView>
    </>
  );
}

function MyWorkView({ work }: { work: MyWork }) {
  const { t, language } = useI18n();
  const openTasks = work.tasks.filter((task) => !finished(task.status));
  const openDirectives = work.directives.filter((directive) => !finished(directive.status));
  const overdue = [...work.tasks, ...work.directives].filter((item) => item.timing.overdue).length;

  const taskColumns: Column<MyTask>[] = [
    {
      key: 'title',
      header: t('task.title'),
      className: 'work-col-title',
      render: (task) => (
        <>
          <Link to={taskPath(task.id)}>{task.title}</Link>
          <span className="cell-detail">
            {task.role === 'lead' ? t('myWork.roleLead') : t('myWork.roleCoordinating', { unit: task.leadUnit.name })}
          </span>
          {task.demo && <DemoTag />}
        </>
      ),
    },
    { key: 'due', header: t('task.dueDate'), className: 'work-col-date', render: (task) => <Deadline dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} /> },
    { key: 'status', header: t('task.status'), className: 'work-col-status', render: (task) => <StatusBadge status={task.status} /> },
    {
      key: 'progress',
      header: t('task.progress'),
      className: 'work-col-progress',
      render: (task) => <ProgressBar value={task.progress} derived={task.progressDerived} label={t('task.progressOf', { title: task.title })} />,
    },
    {
      key: 'delay',
      header: t('task.delay'),
      className: 'work-col-delay',
      render: (task) => <TimingText status={task.status} timing={task.timing} dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} />,
    },
  ];

  const directiveColumns: Column<Directive>[] = [
    {
      key: 'title',
      header: t('directive.title'),
      className: 'work-col-title',
      render: (directive) => (
        <>
          <Link to={directivePath(directive.id)}>{directive.title}</Link>
          <span className="cell-detail">{t('directive.conclusionRef', { number: directive.conclusion.number })}</span>
          {directive.demo && <DemoTag />}
        </>
      ),
    },
    {
      key: 'due',
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

  const count = (value: number) => formatNumber(value, language);
  return (
    <>
      <div className="card work-summary">
        <h2>{work.unit.name}</h2>
        <ul className="work-stats" aria-label={t('myWork.summary')}>
          <li>
            <strong>{count(openTasks.length)}</strong> {t('myWork.openTasks')}
          </li>
          <li>
            <strong>{count(openDirectives.length)}</strong> {t('myWork.openDirectives')}
          </li>
          <li className="work-stat-late">
            <strong>{count(overdue)}</strong> {t('myWork.overdue')}
          </li>
        </ul>
      </div>
      <section className="card" aria-labelledby="my-directives">
        <h2 id="my-directives">{t('myWork.directives', { count: count(work.directives.length) })}</h2>
        <DataTable
          className="work-table"
          caption={t('myWork.directivesCaption', { unit: work.unit.name })}
          columns={directiveColumns}
          rows={byUrgency(work.directives)}
          rowKey={(directive) => directive.id}
          rowAttributes={(directive) => ({ 'data-testid': `directive-${directive.id}` })}
          empty={t('myWork.noDirectives')}
        />
      </section>
      <section className="card" aria-labelledby="my-tasks">
        <h2 id="my-tasks">{t('myWork.tasks', { count: count(work.tasks.length) })}</h2>
        <DataTable
          className="work-table"
          caption={t('myWork.tasksCaption', { unit: work.unit.name })}
          columns={taskColumns}
          rows={byUrgency(work.tasks)}
          rowKey={(task) => task.id}
          rowAttributes={(task) => ({ 'data-testid': `task-${task.id}` })}
          empty={t('myWork.noTasks')}
        />
      </section>
    </>
  );
}
