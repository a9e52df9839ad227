// Moving a task's due date: the coordinator or a leader records the new date, who decided it and
// why. The original due date stays as the baseline the delay is also measured against.
import { useState } from 'react';
import type { TaskDetail } from '../../../common/tasks.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { rescheduleTask } from './api.js';
import { optional } from './TaskForm.js';

interface RescheduleDialogProps {
  task: TaskDetail;
  onSaved: (task: TaskDetail) => void;
  onClose: () => void;
}

export function RescheduleDialog({ task, onSaved, onClose }: RescheduleDialogProps) {
  const { t, language } = useI18n();
  const today = vietnamDate(new Date());
  const [values, setValues] = useState({ dueDate: '', reason: '', decidedBy: '', decidedOn: '' });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () =>
      onSaved(
        await rescheduleTask(task.id, {
          dueDate: values.dueDate,
          reason: values.reason,
          ...(values.decidedBy.trim() ? { decidedBy: values.decidedBy.trim() } : {}),
          ...(values.decidedOn ? { decidedOn: values.decidedOn } : {}),
        }),
      ),
    { keepBusy: true },
  );

  return (
    <Dialog title={t('reschedule.title')} onClose={onClose}>
      <form className="form work-form" onSubmit={onSubmit}>
        <p className="muted work-dialog-subject">{task.title}</p>
        <p>
          {t('reschedule.current', { date: formatDate(task.dueDate, language) })}
          {task.baselineDueDate !== task.dueDate && <> · {t('work.baselineDue', { date: formatDate(task.baselineDueDate, language) })}</>}
        </p>
        <ErrorNotice error={error} />
        <Field label={t('reschedule.newDueDate')} error={fieldErrors.dueDate}>
          {(control) => <input {...control} type="date" name="dueDate" required value={values.dueDate} onChange={set('dueDate')} />}
        </Field>
        <Field label={t('reschedule.reason')} error={fieldErrors.reason}>
          {(control) => <textarea {...control} name="reason" rows={3} required value={values.reason} onChange={set('reason')} />}
        </Field>
        <div className="work-form-row">
          <Field label={optional(t('reschedule.decidedBy'), t('work.optional'))} hint={t('reschedule.decidedByHint')} error={fieldErrors.decidedBy}>
            {(control) => <input {...control} name="decidedBy" maxLength={300} value={values.decidedBy} onChange={set('decidedBy')} />}
          </Field>
          <Field label={optional(t('reschedule.decidedOn'), t('work.optional'))} error={fieldErrors.decidedOn}>
            {(control) => <input {...control} type="date" name="decidedOn" max={today} value={values.decidedOn} onChange={set('decidedOn')} />}
          </Field>
        </div>
        <FormActions onCancel={onClose} disabled={busy} submitLabel={t('reschedule.submit')} />
      </form>
    </Dialog>
  );
}
