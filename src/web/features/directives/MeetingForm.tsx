// Recording a steering-committee meeting (the coordinator or a leader): its conclusions and
// directives are added on the meeting's own page.
import { useState } from 'react';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { optional } from '../tasks/TaskForm.js';
import { type MeetingDetail, createMeeting } from './api.js';

export function MeetingFormDialog({ onSaved, onClose }: { onSaved: (meeting: MeetingDetail) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ title: '', heldOn: vietnamDate(new Date()), place: '', chair: '', attendees: '', minutes: '' });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () =>
      onSaved(
        await createMeeting({
          title: values.title,
          heldOn: values.heldOn,
          place: values.place.trim() || null,
          chair: values.chair.trim() || null,
          attendees: values.attendees
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          minutes: values.minutes.trim() || null,
        }),
      ),
    { keepBusy: true },
  );

  return (
    <Dialog title={t('meeting.create')} onClose={onClose}>
      <form className="form work-form" onSubmit={onSubmit}>
        <ErrorNotice error={error} />
        <Field label={t('meeting.title')} error={fieldErrors.title}>
          {(control) => <input {...control} name="title" required maxLength={500} value={values.title} onChange={set('title')} />}
        </Field>
        <div className="work-form-row">
          <Field label={t('meeting.heldOn')} error={fieldErrors.heldOn}>
            {(control) => <input {...control} type="date" name="heldOn" required value={values.heldOn} onChange={set('heldOn')} />}
          </Field>
          <Field label={optional(t('meeting.place'), t('work.optional'))} error={fieldErrors.place}>
            {(control) => <input {...control} name="place" maxLength={300} value={values.place} onChange={set('place')} />}
          </Field>
        </div>
        <Field label={optional(t('meeting.chair'), t('work.optional'))} error={fieldErrors.chair}>
          {(control) => <input {...control} name="chair" maxLength={300} value={values.chair} onChange={set('chair')} />}
        </Field>
        <Field label={optional(t('meeting.attendees'), t('work.optional'))} hint={t('meeting.attendeesHint')} error={fieldErrors.attendees}>
          {(control) => <textarea {...control} name="attendees" rows={3} value={values.attendees} onChange={set('attendees')} />}
        </Field>
        <Field label={optional(t('meeting.minutes'), t('work.optional'))} error={fieldErrors.minutes}>
          {(control) => <textarea {...control} name="minutes" rows={4} value={values.minutes} onChange={set('minutes')} />}
        </Field>
        <FormActions onCancel={onClose} disabled={busy} />
      </form>
    </Dialog>
  );
}
