// Tiến độ: a Gantt-style chart of the tasks by lead unit, with today's line and late work in red,
// and the same figures as a table for keyboards and screen readers.
import { type CSSProperties, useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../app/format.js';
import { type Language, useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { taskPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { ResourceView } from '../../components/Feedback.js';
import { type Timeline, type TimelineTask, fetchTasks, fetchTimeline, planRefsOf } from './api.js';
import { ProgressBar, StatusBadge, TimingText } from './badges.js';
import { barOf, barStart, datesOf, positionOf, scaleOf, ticksOf, yearsOf } from './gantt.js';
import { TaskFilters, useTaskFilter } from './TaskFilters.js';
import { TasksTabs } from './TasksTabs.js';
import { delayPhrase } from './timing.js';
import { useCityUnits } from './units.js';

const fetchAllTasks = () => fetchTasks();

export function TimelinePage() {
  const { t } = useI18n();
  usePageTitle(t('timeline.pageTitle'));
  const [filter, setFilter] = useTaskFilter();
  const timeline = useResource(useCallback(() => fetchTimeline(filter), [filter]));
  const all = useResource(fetchAllTasks);
  const units = useCityUnits();
  const refs = useMemo(() => planRefsOf(all.data ?? []), [all.data]);
  const [view, setView] = useState<'chart' | 'table'>('chart');

  return (
    <>
      <header className="page-header">
        <h1>{t('timeline.pageTitle')}</h1>
        <p className="muted">{t('timeline.intro')}</p>
      </header>
      <TasksTabs />
      <div className="card">
        <TaskFilters filter={filter} onChange={setFilter} units={units ?? []} refs={refs} />
      </div>
      <div className="card">
        <div className="work-view-switch" role="group" aria-label={t('timeline.view')}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('timeline.viewChart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('timeline.viewTable')}
          </button>
        </div>
        <ResourceView resource={timeline}>
          {(data) =>
            data.units.length === 0 ? (
              <p className="empty">{t('tasks.none')}</p>
            ) : view === 'chart' ? (
              <Gantt timeline={data} />
            ) : (
              <TimelineTable timeline={data} />
            )
          }
        </ResourceView>
      </div>
    </>
  );
}

/** "Phòng VHTT: hạn 30/06/2024, Đang thực hiện, trễ 29 tháng": what a bar shows, in words. */
function describe(task: TimelineTask, language: Language, t: ReturnType<typeof useI18n>['t']): string {
  const late = delayPhrase(task.timing.delay);
  return [
    task.plannedStartDate ? t('timeline.from', { date: formatDate(task.plannedStartDate, language) }) : null,
    t('timeline.due', { date: formatDate(task.dueDate, language) }),
    task.baselineDueDate !== task.dueDate ? t('work.baselineDue', { date: formatDate(task.baselineDueDate, language) }) : null,
    t(`itemStatus.${task.status}`),
    `${formatNumber(task.progress, language, 0)}%`,
    late ? t(late.key, { count: formatNumber(late.params.count ?? 0, language) }) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function Gantt({ timeline }: { timeline: Timeline }) {
  const { t, language } = useI18n();
  const tasks = timeline.units.flatMap((group) => group.tasks);
  const scale = scaleOf(datesOf(tasks, timeline.today));
  const { unit, ticks } = ticksOf(scale);
  const years = yearsOf(scale);
  const today = positionOf(scale, timeline.today);

  return (
    <figure className="gantt" style={{ '--today': today / 100 } as CSSProperties}>
      <figcaption className="gantt-legend">
        <span className="gantt-key gantt-key-planned">{t('timeline.legendPlanned')}</span>
        <span className="gantt-key gantt-key-done">{t('timeline.legendDone')}</span>
        <span className="gantt-key gantt-key-late">{t('timeline.legendLate')}</span>
        <span className="gantt-key gantt-key-late-done">{t('timeline.legendLateDone')}</span>
        <span className="gantt-key gantt-key-baseline">{t('timeline.legendBaseline')}</span>
        <span className="gantt-key gantt-key-today">{t('timeline.today', { date: formatDate(timeline.today, language) })}</span>
      </figcaption>
      <div className="gantt-scroll">
        <div className="gantt-chart">
          <div className="gantt-head" aria-hidden="true">
            <div className="gantt-label" />
            <div className="gantt-track">
              {years.map((year) => (
                <span key={year.year} className="gantt-year" style={{ left: `${year.at}%`, width: `${year.span}%` }}>
                  {year.year}
                </span>
              ))}
              {ticks.map((tick) => (
                <span key={tick.date} className="gantt-tick" style={{ left: `${tick.at}%`, width: `${tick.span}%` }}>
                  {unit === 'quarter' ? t('timeline.quarter', { index: tick.index }) : formatNumber(tick.index, language)}
                </span>
              ))}
            </div>
          </div>
          {timeline.units.map((group) => (
            <section key={group.unit.id} className="gantt-group" aria-label={group.unit.name}>
              <h3 className="gantt-unit">
                {group.unit.name} <span className="muted">({formatNumber(group.tasks.length, language)})</span>
              </h3>
              <ul className="gantt-rows">
                {group.tasks.map((task) => {
                  const bar = barOf(task, scale, timeline.today);
                  const tone = task.status === 'done' ? 'done' : task.status === 'done_late' ? 'done' : task.status === 'cancelled' ? 'cancelled' : task.timing.overdue ? 'overdue' : task.status;
                  const descriptionId = `gantt-task-${task.id}`;
                  return (
                    <li key={task.id} className="gantt-row" data-testid={`gantt-${task.id}`}>
                      <div className="gantt-label">
                        <Link to={taskPath(task.id)} aria-describedby={descriptionId} title={task.title}>
                          {task.title}
                        </Link>
                        <span id={descriptionId} className="visually-hidden">
                          {describe(task, language, t)}
                        </span>
                      </div>
                      <div className="gantt-track" aria-hidden="true" title={`${task.title} — ${describe(task, language, t)}`}>
                        {ticks.map((tick) => (
                          <span key={tick.date} className="gantt-grid" style={{ left: `${tick.at}%` }} />
                        ))}
                        <span
                          className={`gantt-bar gantt-bar-${tone}${bar.startAssumed ? ' gantt-bar-assumed' : ''}`}
                          style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                        >
                          {task.status !== 'done' && task.status !== 'done_late' && (
                            <span className="gantt-progress" style={{ width: `${Math.min(100, task.progress)}%` }} />
                          )}
                        </span>
                        {bar.late && (
                          <span
                            className={bar.late.open ? 'gantt-late' : 'gantt-late gantt-late-done'}
                            style={{ left: `${bar.late.left}%`, width: `${bar.late.width}%` }}
                          />
                        )}
                        {bar.baseline !== null && <span className="gantt-baseline" style={{ left: `${bar.baseline}%` }} />}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          <div className="gantt-today" aria-hidden="true">
            <span>{t('timeline.todayShort')}</span>
          </div>
        </div>
      </div>
    </figure>
  );
}

function TimelineTable({ timeline }: { timeline: Timeline }) {
  const { t, language } = useI18n();
  const date = (value: string | null) => (value ? formatDate(value, language) : <span className="muted">{t('work.notSet')}</span>);
  return (
    <div className="table-scroll">
      <table className="data-table work-table">
        <caption className="visually-hidden">{t('timeline.tableCaption', { date: formatDate(timeline.today, language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('task.title')}</th>
            <th scope="col">{t('task.plannedStart')}</th>
            <th scope="col">{t('task.dueDate')}</th>
            <th scope="col">{t('task.baselineDueDate')}</th>
            <th scope="col">{t('task.completedOn')}</th>
            <th scope="col">{t('task.status')}</th>
            <th scope="col">{t('task.progress')}</th>
            <th scope="col">{t('task.delay')}</th>
          </tr>
        </thead>
        {timeline.units.map((group) => (
          <tbody key={group.unit.id}>
            <tr className="work-group-row">
              <th scope="colgroup" colSpan={8}>
                {group.unit.name}
              </th>
            </tr>
            {group.tasks.map((task) => (
              <tr key={task.id}>
                <th scope="row" className="work-col-title">
                  <Link to={taskPath(task.id)}>{task.title}</Link>
                </th>
                <td className="work-col-date">{task.plannedStartDate ? date(task.plannedStartDate) : <span className="muted">{t('timeline.assumedStart', { date: formatDate(barStart(task), language) })}</span>}</td>
                <td className="work-col-date">{date(task.dueDate)}</td>
                <td className="work-col-date">{task.baselineDueDate !== task.dueDate ? date(task.baselineDueDate) : <span className="muted">—</span>}</td>
                <td className="work-col-date">{date(task.completedOn)}</td>
                <td className="work-col-status">
                  <StatusBadge status={task.status} />
                </td>
                <td className="work-col-progress">
                  <ProgressBar value={task.progress} label={t('task.progressOf', { title: task.title })} />
                </td>
                <td className="work-col-delay">
                  <TimingText status={task.status} timing={task.timing} dueDate={task.dueDate} baselineDueDate={task.baselineDueDate} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
