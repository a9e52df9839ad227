// Nhiệm vụ: every task of the city, filterable, with its status, progress and delay; XLSX export.
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Task } from '../../../common/tasks.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { directingRoles, taskPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { fetchTasks, planRefsOf, taskExportUrl } from './api.js';
import { Deadline, DemoTag, ProgressBar, StatusBadge, TimingText } from './badges.js';
import { TaskFilters, useTaskFilter } from './TaskFilters.js';
import { TaskFormDialog } from './TaskForm.js';
import { TasksTabs } from './TasksTabs.js';
import { useCityUnits } from './units.js';

const fetchAllTasks = () => fetchTasks();

export function TasksPage() {
  const { t } = useI18n();
  usePageTitle(t('tasks.pageTitle'));
  const { user } = useSession();
  const navigate = useNavigate();
  const [filter, setFilter] = useTaskFilter();
  const tasks = useResource(useCallback(() => fetchTasks(filter), [filter]));
  // Unfiltered, for the choices of the filters and the form (the plan areas and groups in use).
  const all = useResource(fetchAllTasks);
  const units = useCityUnits();
  const refs = useMemo(() => planRefsOf(all.data ?? []), [all.data]);
  const [creating, setCreating] = useState(false);
  const canCreate = user !== null && user !== undefined && directingRoles.includes(user.role);

  return (
    <>
      <header className="page-header page-header-row">
        <h1>{t('tasks.pageTitle')}</h1>
        <div className="work-header-actions">
          <a className="button" href={taskExportUrl(filter)} download>
            {t('work.exportXlsx')}
          </a>
          {canCreate && (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('tasks.create')}
            </button>
          )}
        </div>
      </header>
      <TasksTabs />
      <div className="card">
        <TaskFilters filter={filter} onChange={setFilter} units={units ?? []} refs={refs} />
      </div>
      <ResourceView resource={tasks}>{(data) => <TaskList tasks={data} />}</ResourceView>
      {creating && <TaskFormDialog onSaved={(task) => void navigate(taskPath(task.id))} onClose={() => setCreating(false)} />}
    </>
  );
}

function TaskList({ tasks }: { tasks: Task[] }) {
  const { t, language } = useI18n();
  const titles = useMemo(() => new Map(tasks.map((task) => [task.id, task.code ?? task.title])), [tasks]);
  const count = (value: number) => formatNumber(value, language);
  const overdue = tasks.filter((task) => task.timing.overdue).length;
  const done = tasks.filter((task) => task.status === 'done' || task.status === 'done_late').length;
  const open = tasks.filter((task) => task.status === 'in_progress' || task.status === 'not_started' || task.status === 'paused').length;

  const columns: Column<Task>[] = [
    {
      key: 'title',
      header: t('task.title'),
      className: 'work-col-title',
      render: (task) => (
        <>
          <Link to={taskPath(task.id)} className="work-title-link">
            {task.title}
          </Link>
          <span className="cell-detail">
            {[task.code, task.area?.name ?? task.solutionGroup?.name].filter(Boolean).join(' · ')}
            {task.parentId !== null && (
              <>
                {' · '}
                {t('task.subtaskOf', { parent: titles.get(task.parentId) ?? `#${task.parentId}` })}
              </>
            )}
          </span>
          {task.demo && <DemoTag />}
        </>
      ),
    },
    {
      key: 'lead',
      header: t('task.leadUnit'),
      className: 'work-col-unit',
      render: (task) => (
        <>
          {task.leadUnit.name}
          {task.coordinatingUnits.length > 0 && (
            <span className="cell-detail">{t('task.coordinatingCount', { count: count(task.coordinatingUnits.length) })}</span>
          )}
        </>
      ),
    },
    {
      key: 'due',
      header: t('task.dueDate'),
      className: 'work-col-date',
      render: (task) => <Deadline dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} />,
    },
    { key: 'status', header: t('task.status'), className: 'work-col-status', render: (task) => <StatusBadge status={task.status} /> },
    {
      key: 'progress',
      header: t('task.progress'),
      className: 'work-col-progress',
      render: (task) => (
        <ProgressBar value={task.progress} derived={task.progressDerived} label={t('task.progressOf', { title: task.code ?? task.title })} />
      ),
    },
    {
      key: 'delay',
      header: t('task.delay'),
      className: 'work-col-delay',
      render: (task) => <TimingText status={task.status} timing={task.timing} dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} />,
    },
  ];

  return (
    <div className="card">
      <ul className="work-stats" aria-label={t('tasks.summary')} role="status">
        <li>
          <strong>{count(tasks.length)}</strong> {t('tasks.statTotal')}
        </li>
        <li className="work-stat-late">
          <strong>{count(overdue)}</strong> {t('tasks.statOverdue')}
        </li>
        <li>
          <strong>{count(open)}</strong> {t('tasks.statOpen')}
        </li>
        <li className="work-stat-done">
          <strong>{count(done)}</strong> {t('tasks.statDone')}
        </li>
      </ul>
      <DataTable
        className="work-table"
        caption={t('tasks.pageTitle')}
        columns={columns}
        rows={tasks}
        rowKey={(task) => task.id}
        rowAttributes={(task) => ({ 'data-testid': `task-${task.id}` })}
        empty={t('tasks.none')}
      />
    </div>
  );
}
