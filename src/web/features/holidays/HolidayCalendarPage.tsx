// /lich-nghi: the working calendar year by year — its status (dự kiến, đã xác nhận), the calendar
// deadlines use, the administrator's adjustments to the Government's announcement and the computed
// proposal with the holidays' names. The administrator moves a day, adds a day off or a working
// weekend day, and confirms the year; everyone signed in reads it.
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type Adjustment, type AdjustmentKind, type CalendarChange, type Holiday, type HolidayYear, adjustmentKinds } from '../../../common/holidays.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { holidayAdminRoles } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { DataTable } from '../../components/DataTable.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { actionsColumn } from '../feedback-admin/columns.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { AdjustmentDialog } from './AdjustmentDialog.js';
import { confirmYear, fetchYear, fetchYears, removeAdjustment } from './api.js';
import { useDayLabel } from './day-label.js';

export function HolidayCalendarPage() {
  const { t } = useI18n();
  usePageTitle(t('holidays.title'));
  const years = useResource(fetchYears);
  const [params, setParams] = useSearchParams();
  return (
    <>
      <header className="page-header">
        <h1>{t('holidays.title')}</h1>
        <p className="muted">{t('holidays.intro')}</p>
      </header>
      <ResourceView resource={years}>
        {(list) => {
          const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
          const asked = Number(params.get('nam'));
          const year = list.find((entry) => entry.year === asked)?.year ?? list.find((entry) => entry.year === thisYear)?.year ?? list.at(-1)?.year;
          return (
            <>
              <div className="toolbar">
                <Field label={t('holidays.year')}>
                  {(control) => (
                    <select {...control} value={year} onChange={(event) => setParams({ nam: event.target.value })}>
                      {list.map((entry) => (
                        <option key={entry.year} value={entry.year}>
                          {`${entry.year} – ${t(`holidays.status.${entry.status}`)}`}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              {year !== undefined && <YearView key={year} year={year} onChanged={years.reload} />}
            </>
          );
        }}
      </ResourceView>
    </>
  );
}

function YearView({ year, onChanged }: { year: number; onChanged: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const load = useCallback(() => fetchYear(year), [year]);
  const detail = useResource(load);
  const [dialog, setDialog] = useState<AdjustmentKind | 'confirm'>();
  const [removing, setRemoving] = useState<Adjustment>();
  const [notice, setNotice] = useState<string>();
  const done = (change: CalendarChange, message: string) => {
    setDialog(undefined);
    setRemoving(undefined);
    const moved = change.fieldReportsRescheduled + change.periodsRescheduled > 0;
    setNotice(moved ? `${message} ${t('holidays.rescheduled', { reports: change.fieldReportsRescheduled, periods: change.periodsRescheduled })}` : message);
    detail.reload();
    onChanged();
  };
  return (
    <ResourceView resource={detail}>
      {(data) => (
        <>
          <YearStatus data={data} />
          {data.actions.includes('adjust') ? (
            <div className="toolbar" role="group" aria-label={t('holidays.adjustments')}>
              {adjustmentKinds.map((kind) => (
                <button key={kind} type="button" className="button" onClick={() => setDialog(kind)}>
                  {t(`holidays.adjustment.${kind}`)}
                </button>
              ))}
              {data.actions.includes('confirm') && (
                <button type="button" className="button button-primary" onClick={() => setDialog('confirm')}>
                  {t('holidays.confirm', { year })}
                </button>
              )}
            </div>
          ) : (
            user && !holidayAdminRoles.includes(user.role) && <p className="muted">{t('holidays.readOnly')}</p>
          )}
          <SuccessNotice message={notice} />
          <YearTables data={data} onRemove={data.actions.includes('adjust') ? setRemoving : undefined} />
          <p className="muted">{t('holidays.deadlinesNote')}</p>
          {dialog === 'confirm' && <ConfirmDialog year={year} onClose={() => setDialog(undefined)} onConfirmed={(change) => done(change, t('holidays.confirmed', { year }))} />}
          {dialog !== undefined && dialog !== 'confirm' && (
            <AdjustmentDialog year={year} kind={dialog} days={data.days} onClose={() => setDialog(undefined)} onSaved={(change) => done(change, t('holidays.adjustment.saved'))} />
          )}
          {removing && <RemoveDialog year={year} adjustment={removing} onClose={() => setRemoving(undefined)} onRemoved={(change) => done(change, t('holidays.adjustment.removed'))} />}
        </>
      )}
    </ResourceView>
  );
}

function YearStatus({ data }: { data: HolidayYear }) {
  const { t, language } = useI18n();
  const confirmed = data.status === 'confirmed';
  return (
    <>
      <h2>
        {data.year} <span className={confirmed ? 'badge badge-active' : 'badge badge-proposed'}>{t(`holidays.status.${data.status}`)}</span>{' '}
        <span className="muted holiday-days-off">{t('holidays.daysOff', { count: data.daysOff })}</span>
      </h2>
      <p className={confirmed ? 'notice notice-success' : 'notice notice-warning'} role="note">
        {confirmed && data.confirmedAt
          ? t('holidays.confirmedNote', {
              date: formatDate(new Date(data.confirmedAt), language),
              by: data.confirmedBy ? t('holidays.confirmedBy', { name: data.confirmedBy }) : '',
              reference: data.reference ? t('holidays.confirmedReference', { reference: data.reference }) : '',
            })
          : t('holidays.proposedNote', { year: data.year })}
      </p>
    </>
  );
}

function YearTables({ data, onRemove }: { data: HolidayYear; onRemove: ((adjustment: Adjustment) => void) | undefined }) {
  const { t, language } = useI18n();
  const dayLabel = useDayLabel();
  const dayColumns = [
    { key: 'date', header: t('holidays.date'), render: (day: Holiday) => dayLabel(day.date) },
    { key: 'name', header: t('holidays.name'), render: (day: Holiday) => day.name },
    { key: 'kind', header: t('holidays.kind'), render: (day: Holiday) => t(`holidays.kind.${day.kind}`) },
    { key: 'note', header: t('holidays.note'), render: (day: Holiday) => day.note ?? '' },
  ];
  const describe = (adjustment: Adjustment) =>
    adjustment.kind === 'move' && adjustment.fromDate
      ? t('holidays.adjustment.moveValue', { from: formatDate(adjustment.fromDate, language), to: formatDate(adjustment.date, language) })
      : formatDate(adjustment.date, language);
  return (
    <>
      <h3>{data.status === 'confirmed' ? t('holidays.days') : t('holidays.daysPending')}</h3>
      <DataTable caption={t('holidays.daysCaption', { year: data.year })} rows={data.days} rowKey={(day) => day.date} columns={dayColumns} />
      <h3>{t('holidays.adjustments')}</h3>
      <DataTable
        caption={t('holidays.adjustmentsCaption', { year: data.year })}
        rows={data.adjustments}
        rowKey={(adjustment) => adjustment.id}
        empty={t('holidays.noAdjustments')}
        columns={[
          { key: 'kind', header: t('holidays.kind'), render: (adjustment) => t(`holidays.adjustment.${adjustment.kind}`) },
          { key: 'date', header: t('holidays.date'), render: describe },
          { key: 'name', header: t('holidays.name'), render: (adjustment) => adjustment.name ?? '' },
          { key: 'note', header: t('holidays.note'), render: (adjustment) => adjustment.note ?? '' },
          { key: 'by', header: t('holidays.by'), render: (adjustment) => adjustment.createdBy ?? '' },
          ...(onRemove
            ? [
                actionsColumn<Adjustment>(t('holidays.adjustment.remove'), (adjustment) => (
                  <button type="button" className="button button-small" aria-label={t('holidays.adjustment.removeLabel', { name: describe(adjustment) })} onClick={() => onRemove(adjustment)}>
                    {t('holidays.adjustment.remove')}
                  </button>
                )),
              ]
            : []),
        ]}
      />
      <h3>{t('holidays.proposal')}</h3>
      <DataTable caption={t('holidays.proposalCaption', { year: data.year })} rows={data.proposal} rowKey={(day) => day.date} columns={dayColumns} />
    </>
  );
}

function ConfirmDialog({ year, onClose, onConfirmed }: { year: number; onClose: () => void; onConfirmed: (change: CalendarChange) => void }) {
  const { t } = useI18n();
  const [reference, setReference] = useState('');
  return (
    <StepDialog
      title={t('holidays.confirm', { year })}
      subject={t('holidays.adjustment.subject', { year })}
      submitLabel={t('holidays.confirm', { year })}
      canSubmit
      onClose={onClose}
      onSubmit={async () => onConfirmed(await confirmYear(year, reference.trim() || null))}
    >
      <p>{t('holidays.confirmIntro')}</p>
      <Field label={t('holidays.reference')}>{(control) => <input {...control} type="text" maxLength={200} value={reference} onChange={(event) => setReference(event.target.value)} />}</Field>
    </StepDialog>
  );
}

function RemoveDialog({ year, adjustment, onClose, onRemoved }: { year: number; adjustment: Adjustment; onClose: () => void; onRemoved: (change: CalendarChange) => void }) {
  const { t, language } = useI18n();
  return (
    <StepDialog
      title={t('holidays.adjustment.remove')}
      subject={`${t(`holidays.adjustment.${adjustment.kind}`)} · ${formatDate(adjustment.date, language)}`}
      submitLabel={t('holidays.adjustment.remove')}
      danger
      canSubmit
      onClose={onClose}
      onSubmit={async () => onRemoved(await removeAdjustment(year, adjustment.id))}
    >
      <p>{t('holidays.deadlinesNote')}</p>
    </StepDialog>
  );
}
