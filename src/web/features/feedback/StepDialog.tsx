// One dialog for every officer's step on a report: its fields, a submit button, the server's
// message when it refuses (the dialog then stays open).
import type { ReactNode } from 'react';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { FormActions } from '../../components/FormActions.js';

interface StepDialogProps {
  title: string;
  subject: string;
  submitLabel: string;
  danger?: boolean;
  canSubmit: boolean;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}

export function StepDialog({ title, subject, submitLabel, danger = false, canSubmit, onSubmit, onClose, children }: StepDialogProps) {
  const submit = useSubmit(onSubmit, { keepBusy: true });

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit.onSubmit}>
        <p className="work-dialog-subject">{subject}</p>
        <ErrorNotice error={submit.error} />
        {children}
        <FormActions onCancel={onClose} disabled={submit.busy || !canSubmit} submitLabel={submitLabel} danger={danger} />
      </form>
    </Dialog>
  );
}
