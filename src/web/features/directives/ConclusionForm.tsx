// A meeting's conclusion and the directives it assigns (the coordinator or a leader), saved
// together: the register keeps each directive under the conclusion it carries out.
import { useState } from 'react';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice, Loading } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { fetchTasks } from '../tasks/api.js';
import { optional } from '../tasks/TaskForm.js';
import { useCityUnits } from '../tasks/units.js';
import { type MeetingDetail, addConclusion } from './api.js';
import { DirectiveFields, directiveInput, emptyDirective } from './DirectiveFields.js';

const fetchAllTasks = () => fetchTasks();

/** Field errors of directive `index`, from the server's "directives.0.title" names. */
function errorsOf(fields: Record<string, string>, index: number): Record<string, string | undefined> {
  const prefix = `directives.${index}.`;
  return Object.fromEntries(Object.entries(fields).flatMap(([key, message]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), message]] : [])));
}

interface ConclusionFormDialogProps {
  meeting: MeetingDetail;
  onSaved: (meeting: MeetingDetail) => void;
  onClose: () => void;
}

export function ConclusionFormDialog({ meeting, onSaved, onClose }: ConclusionFormDialogProps) {
  const { t } = useI18n();
  const units = useCityUnits();
  const tasks = useResource(fetchAllTasks);
  const [values, setValues] = useState({ number: String(meeting.conclusions.length + 1), heading: '', text: '' });
  const [directives, setDirectives] = useState([emptyDirective()]);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () =>
      onSaved(
        await addConclusion(meeting.id, {
          number: values.number,
          heading: values.heading.trim() || null,
          text: values.text,
          directives: directives.map(directiveInput),
        }),
      ),
    { keepBusy: true },
  );

  return (
    <Dialog title={t('conclusion.create')} onClose={onClose}>
      {!units || !tasks.data ? (
        <>
          <ErrorNotice error={tasks.error} />
          {!tasks.error && <Loading />}
        </>
      ) : (
        <form className="form work-form" onSubmit={onSubmit}>
          <p className="muted work-dialog-subject">{meeting.title}</p>
          <ErrorNotice error={error} />
          <div className="work-form-row">
            <Field label={t('conclusion.number')} hint={t('conclusion.numberHint')} error={fieldErrors.number}>
              {(control) => <input {...control} name="number" required maxLength={20} value={values.number} onChange={set('number')} />}
            </Field>
            <Field label={optional(t('conclusion.heading'), t('work.optional'))} error={fieldErrors.heading}>
              {(control) => <input {...control} name="heading" maxLength={500} value={values.heading} onChange={set('heading')} />}
            </Field>
          </div>
          <Field label={t('conclusion.text')} error={fieldErrors.text}>
            {(control) => <textarea {...control} name="text" rows={3} required value={values.text} onChange={set('text')} />}
          </Field>
          {directives.map((draft, index) => (
            <fieldset key={index} className="work-fieldset">
              <legend>{t('conclusion.directiveN', { number: index + 1 })}</legend>
              <DirectiveFields
                draft={draft}
                onChange={(next) => setDirectives((previous) => previous.map((one, at) => (at === index ? next : one)))}
                units={units}
                tasks={tasks.data ?? []}
                errors={errorsOf(fieldErrors, index)}
              />
              {directives.length > 1 && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setDirectives((previous) => previous.filter((_, at) => at !== index))}
                >
                  {t('conclusion.removeDirective', { number: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" className="button button-small" onClick={() => setDirectives((previous) => [...previous, emptyDirective()])}>
            {t('conclusion.addDirective')}
          </button>
          <FormActions onCancel={onClose} disabled={busy} submitLabel={t('conclusion.submit')} />
        </form>
      )}
    </Dialog>
  );
}
