// /phan-anh/quan-tri/ngay-nghi: the holiday calendar that deadlines in working days skip (Tết and
// the other public holidays, and the weekend days worked in exchange). The administrator keeps it;
// a deadline already set keeps its date, so a new holiday is entered before it comes.
import { useCallback, useState } from 'react';
import { holidayKinds } from '../../../common/feedback.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackKeyRoles } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { DataTable } from '../../components/DataTable.js';
import { ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { useSession } from '../auth/session.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { type Holiday, deleteHoliday, fetchHolidays, putHoliday } from './api.js';
import { AdminHeader } from './AdminTabs.js';
import { actionsColumn } from './columns.js';

const FIRST_YEAR = 2024;

export function HolidaysPage() {
  const { t, language } = useI18n();
  usePageTitle(t('fbAdmin.holidays.title'));
  const { user } = useSession();
  const editable = Boolean(user && feedbackKeyRoles.includes(user.role));
  const thisYear = Number(vietnamDate(new Date()).slice(0, 4));
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, index) => FIRST_YEAR + index);
  const [year, setYear] = useState(thisYear);
  const load = useCallback(() => fetchHolidays(year), [year]);
  const holidays = useResource(load);
  const [editing, setEditing] = useState<Holiday | 'new'>();
  const [removing, setRemoving] = useState<Holiday>();
  const [notice, setNotice] = useState<string>();
  const done = (message: string) => {
    setEditing(undefined);
    setRemoving(undefined);
    setNotice(message);
    holidays.reload();
  };

  return (
    <>
      <AdminHeader title={t('fbAdmin.holidays.title')} intro={t('fbAdmin.holidays.intro')} />
      <div className="toolbar">
        <Field label={t('fbAdmin.holidays.year')}>
          {(control) => (
            <select {...control} value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
        {editable && (
          <p>
            <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
              {t('fbAdmin.holidays.add')}
            </button>
          </p>
        )}
      </div>
      {!editable && <p className="muted">{t('fbAdmin.holidays.readOnly')}</p>}
      <SuccessNotice message={notice} />
      <ResourceView resource={holidays}>
        {(list) => (
          <DataTable
            caption={t('fbAdmin.holidays.caption', { year })}
            rows={list}
            rowKey={(holiday) => holiday.date}
            empty={t('fbAdmin.holidays.none', { year })}
            columns={[
              { key: 'date', header: t('fbAdmin.holidays.date'), render: (holiday) => formatDate(holiday.date, language) },
              { key: 'name', header: t('fbAdmin.holidays.name'), render: (holiday) => holiday.name },
              { key: 'kind', header: t('fbAdmin.holidays.kind'), render: (holiday) => t(`fbAdmin.holidays.kind.${holiday.kind}`) },
              { key: 'note', header: t('fbAdmin.note'), render: (holiday) => holiday.note ?? '' },
              ...(editable
                ? [
                    actionsColumn<Holiday>(t('fbAdmin.actions'), (holiday) => {
                        const label = `${formatDate(holiday.date, language)} ${holiday.name}`;
                        return (
                          <div className="row-actions">
                            <button type="button" className="button button-small" aria-label={t('fbAdmin.editLabel', { name: label })} onClick={() => setEditing(holiday)}>
                              {t('fbAdmin.edit')}
                            </button>
                            <button type="button" className="button button-small button-danger" aria-label={t('fbAdmin.deleteLabel', { name: label })} onClick={() => setRemoving(holiday)}>
                              {t('fbAdmin.delete')}
                            </button>
                          </div>
                        );
                      }),
                  ]
                : []),
            ]}
          />
        )}
      </ResourceView>
      {editing && <HolidayDialog holiday={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} onSaved={(saved) => done(t('fbAdmin.holidays.saved', { date: formatDate(saved.date, language) }))} />}
      {removing && (
        <StepDialog
          title={t('fbAdmin.holidays.deleteTitle')}
          subject={`${formatDate(removing.date, language)} · ${removing.name}`}
          submitLabel={t('fbAdmin.delete')}
          danger
          canSubmit
          onClose={() => setRemoving(undefined)}
          onSubmit={async () => {
            await deleteHoliday(removing.date);
            done(t('fbAdmin.holidays.deleted', { date: formatDate(removing.date, language) }));
          }}
        >
          <p>{t('fbAdmin.holidays.deleteIntro')}</p>
        </StepDialog>
      )}
    </>
  );
}

function HolidayDialog({ holiday, onClose, onSaved }: { holiday: Holiday | undefined; onClose: () => void; onSaved: (saved: Holiday) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ date: holiday?.date ?? '', name: holiday?.name ?? '', kind: holiday?.kind ?? 'off', note: holiday?.note ?? '' });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }));
  return (
    <StepDialog
      title={holiday ? t('fbAdmin.holidays.editTitle') : t('fbAdmin.holidays.add')}
      subject={t('fbAdmin.holidays.dialogSubject')}
      submitLabel={t('action.save')}
      canSubmit={values.date !== '' && values.name.trim().length >= 2}
      onClose={onClose}
      onSubmit={async () => onSaved(await putHoliday(values.date, { name: values.name.trim(), kind: values.kind, note: values.note.trim() || null }))}
    >
      <Field label={t('fbAdmin.holidays.date')}>{(control) => <input {...control} type="date" required readOnly={holiday !== undefined} value={values.date} onChange={set('date')} />}</Field>
      <Field label={t('fbAdmin.holidays.name')}>{(control) => <input {...control} type="text" required minLength={2} maxLength={120} value={values.name} onChange={set('name')} />}</Field>
      <Field label={t('fbAdmin.holidays.kind')} hint={t('fbAdmin.holidays.kindHint')}>
        {(control) => (
          <select {...control} value={values.kind} onChange={set('kind')}>
            {holidayKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`fbAdmin.holidays.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('fbAdmin.noteOptional')}>{(control) => <input {...control} type="text" maxLength={300} value={values.note} onChange={set('note')} />}</Field>
    </StepDialog>
  );
}
