import { useI18n } from '../app/i18n.js';

interface FormActionsProps {
  onCancel: () => void;
  /** Disables the submit button (a request under way, or the form not ready). */
  disabled: boolean;
  /** The submit button's text; "Lưu" when left out. */
  submitLabel?: string;
  /** A destructive step (return, reject, reset) shows its button in red. */
  danger?: boolean;
  /** Extra classes on the submit button. */
  submitClassName?: string;
}

/** A form's closing row: cancel, then the submit button. */
export function FormActions({ onCancel, disabled, submitLabel, danger = false, submitClassName }: FormActionsProps) {
  const { t } = useI18n();
  const submitClasses = ['button', danger ? 'button-danger' : 'button-primary', submitClassName].filter(Boolean).join(' ');
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
      <button type="submit" className={submitClasses} disabled={disabled}>
        {submitLabel ?? t('action.save')}
      </button>
    </div>
  );
}
