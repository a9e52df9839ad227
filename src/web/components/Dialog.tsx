import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../app/i18n.js';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal on the native <dialog>: focus stays inside, Escape closes it. Render it to open it. */
export function Dialog({ title, onClose, children }: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-icon" onClick={onClose} aria-label={t('action.close')}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
