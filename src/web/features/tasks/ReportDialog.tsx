// The owner unit's report on a task or a directive: what was done, with evidence files; a progress
// figure for tasks; and the completion, which needs its date (and, for a directive, its result).
import { useRef, useState } from 'react';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { optional } from './TaskForm.js';

export interface ReportFields {
  reportedOn?: string;
  text: string;
  progress?: number;
  figure?: number;
  figureUnit?: string;
  completedOn?: string;
  result?: string;
}

interface ReportDialogProps {
  kind: 'task' | 'directive';
  mode: 'progress' | 'complete';
  /** What the report is about, shown under the title. */
  subject: string;
  /** A task's own progress figure; absent for directives and for tasks whose progress comes from sub-tasks. */
  progress?: number;
  onSubmit: (fields: ReportFields, files: File[]) => Promise<void>;
  onClose: () => void;
}

export function ReportDialog({ kind, mode, subject, progress, onSubmit: onReport, onClose }: ReportDialogProps) {
  const { t } = useI18n();
  const today = vietnamDate(new Date());
  const complete = mode === 'complete';
  const fileInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({
    reportedOn: today,
    text: '',
    progress: progress === undefined ? '' : String(progress),
    figure: '',
    figureUnit: '',
    completedOn: today,
    result: '',
  });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));

  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const fields: ReportFields = { text: values.text, reportedOn: complete ? values.completedOn : values.reportedOn };
    if (kind === 'task') {
      const figure = number(values.figure);
      if (!complete && progress !== undefined) fields.progress = number(values.progress);
      if (figure !== undefined) {
        fields.figure = figure;
        if (values.figureUnit.trim()) fields.figureUnit = values.figureUnit.trim();
      }
    }
    if (complete) {
      fields.completedOn = values.completedOn;
      if (kind === 'directive') fields.result = values.result;
    }
    await onReport(fields, [...(fileInput.current?.files ?? [])]);
  }, { keepBusy: true });

  const title = t(complete ? 'workReport.completeTitle' : 'workReport.progressTitle');
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form work-form" onSubmit={onSubmit}>
        <p className="muted work-dialog-subject">{subject}</p>
        <ErrorNotice error={error} />
        {complete ? (
          <Field label={t('workReport.completedOn')} hint={t('workReport.completedOnHint')} error={fieldErrors.completedOn ?? fieldErrors.reportedOn}>
            {(control) => <input {...control} type="date" name="completedOn" required max={today} value={values.completedOn} onChange={set('completedOn')} />}
          </Field>
        ) : (
          <Field label={t('workReport.reportedOn')} error={fieldErrors.reportedOn}>
            {(control) => <input {...control} type="date" name="reportedOn" required max={today} value={values.reportedOn} onChange={set('reportedOn')} />}
          </Field>
        )}
        {complete && kind === 'directive' && (
          <Field label={t('workReport.result')} hint={t('workReport.resultHint')} error={fieldErrors.result}>
            {(control) => <textarea {...control} name="result" rows={3} required value={values.result} onChange={set('result')} />}
          </Field>
        )}
        <Field label={t(complete ? 'workReport.completionText' : 'workReport.text')} error={fieldErrors.text}>
          {(control) => <textarea {...control} name="text" rows={4} required value={values.text} onChange={set('text')} />}
        </Field>
        {kind === 'task' && !complete && progress !== undefined && (
          <Field label={t('workReport.progress')} hint={t('workReport.progressHint')} error={fieldErrors.progress}>
            {(control) => (
              <input {...control} type="number" name="progress" min={0} max={100} step={1} value={values.progress} onChange={set('progress')} />
            )}
          </Field>
        )}
        {kind === 'task' && (
          <div className="work-form-row">
            <Field label={optional(t('workReport.figure'), t('work.optional'))} error={fieldErrors.figure}>
              {(control) => <input {...control} type="number" name="figure" step="any" value={values.figure} onChange={set('figure')} />}
            </Field>
            <Field label={optional(t('workReport.figureUnit'), t('work.optional'))} hint={t('workReport.figureUnitHint')} error={fieldErrors.figureUnit}>
              {(control) => <input {...control} name="figureUnit" maxLength={60} value={values.figureUnit} onChange={set('figureUnit')} />}
            </Field>
          </div>
        )}
        <Field label={optional(t('workReport.files'), t('work.optional'))} hint={t('workReport.filesHint')} error={fieldErrors.files}>
          {(control) => <input {...control} ref={fileInput} type="file" name="files" multiple />}
        </Field>
        <FormActions onCancel={onClose} disabled={busy} submitLabel={t(complete ? 'workReport.submitComplete' : 'workReport.submit')} submitClassName={complete ? 'work-button-done' : undefined} />
      </form>
    </Dialog>
  );
}
