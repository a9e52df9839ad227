// One dialog for every officer's step on a report: its fields, a submit button, the server's
// message when it refuses (the dialog then stays open).
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';

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
  const { t } = useI18n();
  const submit = useSubmit(onSubmit, { keepBusy: true });

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit.onSubmit}>
        <p className="work-dialog-subject">{subject}</p>
        <ErrorNotice error={submit.error} />
        {children}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={submit.busy || !canSubmit}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
