// Bảng điều hành: for the leaders, what is overdue or due within the next days (tasks and
// directives together), unit by unit with the most overdue first, and the counts.
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { WorkItem } from '../../../common/tasks.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { directivePath, taskPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { Deadline, StatusBadge, TimingText } from '../tasks/badges.js';
import { type Board, fetchBoard } from './api.js';
import { DirectivesTabs } from './DirectivesTabs.js';

const horizons = [7, 14, 30] as const;

export function BoardPage() {
  const { t } = useI18n();
  usePageTitle(t('board.pageTitle'));
  const [withinDays, setWithinDays] = useState<number>(7);
  const board = useResource(useCallback(() => fetchBoard(withinDays), [withinDays]));
  return (
    <>
      <header className="page-header page-header-row">
        <div>
          <h1>{t('board.pageTitle')}</h1>
          <p className="muted">{t('board.intro')}</p>
        </div>
        <div className="board-horizon">
          <Field label={t('board.horizon')}>
            {(control) => (
              <select {...control} value={withinDays} onChange={(event) => setWithinDays(Number(event.target.value))}>
                {horizons.map((days) => (
                  <option key={days} value={days}>
                    {t('board.horizonDays', { days })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </header>
      <DirectivesTabs />
      <ResourceView resource={board}>{(data) => <BoardView board={data} />}</ResourceView>
    </>
  );
}

const itemPath = (item: WorkItem) => (item.kind === 'task' ? taskPath(item.id) : directivePath(item.id));

function BoardView({ board }: { board: Board }) {
  const { t, language } = useI18n();
  const count = (value: number) => formatNumber(value, language);
  const items = board.units.flatMap((unit) => unit.items);
  const tally = (kind: WorkItem['kind'], overdue: boolean) => items.filter((item) => item.kind === kind && item.timing.overdue === overdue).length;
  const unitsLate = board.units.filter((unit) => unit.overdue > 0).length;

  const columns: Column<WorkItem>[] = [
    {
      key: 'kind',
      header: t('board.kind'),
      className: 'work-col-kind',
      render: (item) => <span className={`badge board-kind board-kind-${item.kind}`}>{t(item.kind === 'task' ? 'board.kindTask' : 'board.kindDirective')}</span>,
    },
    { key: 'title', header: t('board.item'), className: 'work-col-title', render: (item) => <Link to={itemPath(item)}>{item.title}</Link> },
    { key: 'due', header: t('task.dueDate'), className: 'work-col-date', render: (item) => <Deadline dueDate={item.dueDate} /> },
    { key: 'status', header: t('task.status'), className: 'work-col-status', render: (item) => <StatusBadge status={item.status} /> },
    {
      key: 'timing',
      header: t('task.delay'),
      className: 'work-col-delay',
      render: (item) => <TimingText status={item.status} timing={item.timing} dueDate={item.dueDate} />,
    },
  ];

  return (
    <>
      <p className="board-today">{t('board.asOf', { date: formatDate(board.today, language) })}</p>
      <ul className="board-stats" aria-label={t('board.totals')}>
        <li className="board-stat board-stat-late" data-testid="board-overdue">
          <span className="board-stat-value">{count(board.totals.overdue)}</span>
          <span className="board-stat-label">{t('board.overdue')}</span>
          <span className="board-stat-detail">{t('board.split', { tasks: count(tally('task', true)), directives: count(tally('directive', true)) })}</span>
        </li>
        <li className="board-stat board-stat-soon" data-testid="board-due-soon">
          <span className="board-stat-value">{count(board.totals.dueSoon)}</span>
          <span className="board-stat-label">{t('board.dueSoon', { days: board.withinDays })}</span>
          <span className="board-stat-detail">{t('board.split', { tasks: count(tally('task', false)), directives: count(tally('directive', false)) })}</span>
        </li>
        <li className="board-stat">
          <span className="board-stat-value">{count(unitsLate)}</span>
          <span className="board-stat-label">{t('board.unitsLate')}</span>
        </li>
      </ul>

      {board.units.length === 0 ? (
        <p className="card empty">{t('board.nothing', { days: board.withinDays })}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="board-units">
            <h2 id="board-units">{t('board.byUnit')}</h2>
            <div className="table-scroll">
              <table className="data-table board-summary">
                <caption className="visually-hidden">{t('board.byUnitCaption', { days: board.withinDays })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('board.unit')}</th>
                    <th scope="col" className="work-num">{t('board.overdueTasks')}</th>
                    <th scope="col" className="work-num">{t('board.overdueDirectives')}</th>
                    <th scope="col" className="work-num">{t('board.dueSoonShort')}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.units.map((unit) => {
                    const late = (kind: WorkItem['kind']) => unit.items.filter((item) => item.kind === kind && item.timing.overdue).length;
                    return (
                      <tr key={unit.unit.id} data-testid={`board-unit-${unit.unit.code}`}>
                        <th scope="row">
                          <a href={`#board-${unit.unit.code}`}>{unit.unit.name}</a>
                        </th>
                        <td className={late('task') > 0 ? 'work-num board-late' : 'work-num'}>{count(late('task'))}</td>
                        <td className={late('directive') > 0 ? 'work-num board-late' : 'work-num'}>{count(late('directive'))}</td>
                        <td className={unit.dueSoon > 0 ? 'work-num board-soon' : 'work-num'}>{count(unit.dueSoon)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
          {board.units.map((unit) => (
            <section key={unit.unit.id} id={`board-${unit.unit.code}`} className="card board-unit" aria-labelledby={`board-title-${unit.unit.code}`}>
              <header className="board-unit-header">
                <h2 id={`board-title-${unit.unit.code}`}>{unit.unit.name}</h2>
                <p className="work-badges">
                  {unit.overdue > 0 && <span className="badge work-overdue">{t('board.overdueCount', { count: count(unit.overdue) })}</span>}
                  {unit.dueSoon > 0 && <span className="badge board-soon-badge">{t('board.dueSoonCount', { count: count(unit.dueSoon) })}</span>}
                </p>
              </header>
              <DataTable
                className="work-table"
                caption={t('board.unitCaption', { unit: unit.unit.name })}
                columns={columns}
                rows={unit.items}
                rowKey={(item) => `${item.kind}-${item.id}`}
                rowAttributes={(item) => ({ 'data-testid': `board-${item.kind}-${item.id}` })}
              />
            </section>
          ))}
        </>
      )}
    </>
  );
}
