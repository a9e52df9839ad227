import { useState } from 'react';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';

interface ReasonDialogProps {
  title: string;
  intro: string;
  submitLabel: string;
  /** Runs the step; a rejection is shown in the dialog, which then stays open. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** Returning or reopening a report: the reason is required, and the unit sees it. */
export function ReasonDialog({ title, intro, submitLabel, onConfirm, onClose }: ReasonDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { busy, error, fieldErrors, onSubmit } = useSubmit(() => onConfirm(reason.trim()), { keepBusy: true });
  const fieldError = fieldErrors.reason;

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={onSubmit}>
        <p>{intro}</p>
        {!fieldError && <ErrorNotice error={error} />}
        <Field label={t('decision.reason')} error={fieldError}>
          {(control) => (
            <textarea {...control} rows={4} required maxLength={2000} autoFocus value={reason} onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
        <FormActions onCancel={onClose} disabled={busy || reason.trim() === ''} submitLabel={submitLabel} danger />
      </form>
    </Dialog>
  );
}
