// The units that still owe the chosen month's report, and in-app reminders to them.
import { useCallback, useMemo, useState } from 'react';
import type { Completeness, Period } from '../../../common/reporting.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice, Loading, SuccessNotice } from '../../components/Feedback.js';
import { useSession } from '../auth/session.js';
import { type ReminderList, fetchReminders, sendReminders } from './api.js';
import { LateDays, ReportStatusBadge } from './badges.js';
import { formatDateTime } from './format.js';
import { periodPhrase } from './period.js';

type Row = ReminderList['units'][number];

const owes = (row: Row) => row.state === 'missing' || row.state === 'draft' || row.state === 'returned';

/** Built from the grid when the reminders service does not answer: the list without the button. */
function fromCompleteness(completeness: Completeness, period: Period): Row[] {
  return completeness.units.flatMap((row) => {
    const cell = row.cells.find((candidate) => candidate.periodId === period.id);
    if (!cell) return [];
    const { id, code, name } = row.unit;
    return [{ unit: { id, code, name }, state: cell.state, daysLate: cell.daysLate, lastRemindedAt: null }];
  });
}

export function RemindersPanel({ period, completeness }: { period: Period; completeness: Completeness }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const load = useCallback(() => fetchReminders(period.id), [period.id]);
  const reminders = useResource(load);
  const [unchecked, setUnchecked] = useState<ReadonlySet<number>>(new Set());
  const [notice, setNotice] = useState<string>();

  const served = reminders.data !== undefined;
  const rows = useMemo(
    () => (reminders.data ? reminders.data.units : fromCompleteness(completeness, period)).filter(owes),
    [reminders.data, completeness, period],
  );
  // Only the coordinator reminds, and only when the reminders service answers.
  const maySend = served && user?.role === 'coordinator';
  const chosen = rows.filter((row) => !unchecked.has(row.unit.id));
  const send = useSubmit(async () => {
    setNotice(undefined);
    const { sent } = await sendReminders(
      period.id,
      chosen.map((row) => row.unit.id),
    );
    // Each officer gets at most one reminder a day, so a second click the same day sends none.
    setNotice(sent === 0 ? t('reminders.noneSent') : t('reminders.sent', { count: formatNumber(sent, language) }));
    reminders.reload();
  });

  if (!reminders.data && !reminders.error) return <Loading />;

  const toggle = (unitId: number) =>
    setUnchecked((previous) => {
      const next = new Set(previous);
      if (next.has(unitId)) next.delete(unitId);
      else next.add(unitId);
      return next;
    });

  const columns: Column<Row>[] = [
    ...(maySend
      ? [
          {
            key: 'choose',
            header: <span className="visually-hidden">{t('reminders.choose')}</span>,
            className: 'col-check',
            render: (row: Row) => (
              <input
                type="checkbox"
                aria-label={t('reminders.chooseUnit', { unit: row.unit.name })}
                checked={!unchecked.has(row.unit.id)}
                onChange={() => toggle(row.unit.id)}
              />
            ),
          },
        ]
      : []),
    { key: 'unit', header: t('user.unit'), render: (row) => row.unit.name },
    { key: 'state', header: t('report.status'), render: (row) => <ReportStatusBadge status={row.state} /> },
    { key: 'late', header: t('report.late'), render: (row) => <LateDays days={row.daysLate} sent={row.state === 'returned'} /> },
    {
      key: 'reminded',
      header: t('reminders.last'),
      render: (row) => (row.lastRemindedAt ? formatDateTime(row.lastRemindedAt, language) : <span className="muted">{t('reminders.never')}</span>),
    },
  ];

  return (
    <div className="reminders" data-testid="reminders">
      <p className="muted">{t('reminders.intro', { period: periodPhrase(period, language) })}</p>
      <SuccessNotice message={notice} />
      <ErrorNotice error={send.error} />
      <DataTable
        caption={t('reminders.title')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.unit.id}
        rowAttributes={(row) => ({ 'data-testid': `reminder-${row.unit.code}` })}
        empty={t('reminders.allIn')}
      />
      {maySend && rows.length > 0 && (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={send.busy || chosen.length === 0} onClick={() => send.run()}>
            {t('reminders.send', { count: formatNumber(chosen.length, language) })}
          </button>
        </div>
      )}
    </div>
  );
}
