import { useState } from 'react';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { type ListedUser, resetPassword, resetSecondFactor } from './api.js';

/** Asks first: the user's second factor goes, and they enrol their (new) phone at the next sign-in. */
export function ResetSecondFactorDialog({ user, onClose, onDone }: { user: ListedUser; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const reset = useSubmit(async () => {
    await resetSecondFactor(user.id);
    onDone();
  });
  return (
    <Dialog title={t('users.resetSecondFactorTitle', { username: user.username })} onClose={onClose}>
      <ErrorNotice error={reset.error} />
      <p>{t('users.resetSecondFactorConfirm')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={reset.busy} onClick={() => reset.run()}>
          {t('users.resetSecondFactor')}
        </button>
      </div>
    </Dialog>
  );
}

/** Asks first, then shows the temporary password: the only time anyone sees it. */
export function ResetPasswordDialog({ user, onClose }: { user: ListedUser; onClose: () => void }) {
  const { t } = useI18n();
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const reset = useSubmit(async () => setTemporaryPassword((await resetPassword(user.id)).temporaryPassword));

  return (
    <Dialog title={t('users.resetTitle', { username: user.username })} onClose={onClose}>
      <ErrorNotice error={reset.error} />
      {temporaryPassword ? (
        <>
          <p>
            {t('users.temporaryPassword')}: <output className="secret">{temporaryPassword}</output>
          </p>
          <p className="muted">{t('users.temporaryPasswordOnce')}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('action.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('users.resetConfirm')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('action.cancel')}
            </button>
            <button type="button" className="button button-danger" disabled={reset.busy} onClick={() => reset.run()}>
              {t('users.resetSubmit')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
