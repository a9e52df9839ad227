// One dialog for the four adjustments: move a day off, add a day off (nghỉ bù, hoán đổi), add a
// working weekend day (làm bù), or take a day out of the calendar. The server checks the day
// (in the year, not already in the calendar, a weekday off, a Saturday or Sunday worked) and
// answers in the user's language; the dialog then stays open with its message.
import { useState } from 'react';
import type { AdjustmentInput, AdjustmentKind, CalendarChange, Holiday } from '../../../common/holidays.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { addAdjustment } from './api.js';
import { useDayLabel } from './day-label.js';

interface Values {
  date: string;
  fromDate: string;
  name: string;
  note: string;
}

function inputOf(kind: AdjustmentKind, values: Values): AdjustmentInput {
  const note = values.note.trim() || null;
  switch (kind) {
    case 'move':
      return { kind, fromDate: values.fromDate, date: values.date, note };
    case 'off':
    case 'workday':
      return { kind, date: values.date, name: values.name.trim(), note };
    case 'cancel':
      return { kind, date: values.date, note };
  }
}

interface AdjustmentDialogProps {
  year: number;
  kind: AdjustmentKind;
  /** The year's days after the adjustments so far: what can be moved or taken out. */
  days: Holiday[];
  onClose: () => void;
  onSaved: (change: CalendarChange) => void;
}

export function AdjustmentDialog({ year, kind, days, onClose, onSaved }: AdjustmentDialogProps) {
  const { t } = useI18n();
  const dayLabel = useDayLabel();
  const [values, setValues] = useState<Values>({ date: '', fromDate: '', name: kind === 'off' ? 'Nghỉ bù' : kind === 'workday' ? 'Làm bù' : '', note: '' });
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const dayChoice = (label: string, name: 'date' | 'fromDate', choices: Holiday[]) => (
    <Field label={label}>
      {(control) => (
        <select {...control} required value={values[name]} onChange={set(name)}>
          <option value="" disabled />
          {choices.map((day) => (
            <option key={day.date} value={day.date}>
              {`${dayLabel(day.date)} – ${day.name}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const dateField = (label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {(control) => <input {...control} type="date" required min={`${year}-01-01`} max={`${year}-12-31`} value={values.date} onChange={set('date')} />}
    </Field>
  );
  const named = kind === 'off' || kind === 'workday';
  const ready = values.date !== '' && (kind !== 'move' || values.fromDate !== '') && (!named || values.name.trim().length >= 2);
  return (
    <StepDialog
      title={t(`holidays.adjustment.${kind}`)}
      subject={t('holidays.adjustment.subject', { year })}
      submitLabel={t('action.save')}
      canSubmit={ready}
      onClose={onClose}
      onSubmit={async () => onSaved(await addAdjustment(year, inputOf(kind, values)))}
    >
      {kind === 'move' && dayChoice(t('holidays.adjustment.fromDate'), 'fromDate', days.filter((day) => day.kind === 'off'))}
      {kind === 'move' && dateField(t('holidays.adjustment.toDate'), t('holidays.adjustment.dateHint.off'))}
      {kind === 'off' && dateField(t('holidays.date'), t('holidays.adjustment.dateHint.off'))}
      {kind === 'workday' && dateField(t('holidays.date'), t('holidays.adjustment.dateHint.workday'))}
      {kind === 'cancel' && dayChoice(t('holidays.adjustment.cancelDate'), 'date', days)}
      {named && <Field label={t('holidays.name')}>{(control) => <input {...control} type="text" required minLength={2} maxLength={120} value={values.name} onChange={set('name')} />}</Field>}
      <Field label={t('holidays.note')}>{(control) => <input {...control} type="text" maxLength={300} value={values.note} onChange={set('note')} />}</Field>
    </StepDialog>
  );
}
