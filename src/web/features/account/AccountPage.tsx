// /tai-khoan: one's own account — the password, the second factor, and where one is signed in. A session
// that must first choose a password or enrol a second factor is sent here and shown only that step.
import { useState } from 'react';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { changePassword } from '../auth/api.js';
import { useSession } from '../auth/session.js';
import { SecondFactorCard } from './SecondFactorCard.js';
import { SessionsCard } from './SessionsCard.js';
import './account.css';

export function AccountPage() {
  const { t } = useI18n();
  usePageTitle(t('account.title'));
  const { restriction } = useSession();
  return (
    <div className="account">
      <header className="page-header">
        <h1>{t('account.title')}</h1>
      </header>
      {restriction === 'change_password' && <p className="notice notice-warning">{t('account.mustChangePassword')}</p>}
      {restriction === 'enrol_totp' && <p className="notice notice-warning">{t('account.mustEnrol')}</p>}
      {restriction !== 'enrol_totp' && <PasswordCard />}
      {restriction !== 'change_password' && <SecondFactorCard />}
      {restriction === null && <SessionsCard />}
    </div>
  );
}

function PasswordCard() {
  const { t } = useI18n();
  const { renew } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState<string>();
  const submit = useSubmit(async () => {
    setDone(undefined);
    if (next !== repeat) throw new Error(t('account.password.mismatch'));
    // The server ends every session of the account and gives this one a new one.
    renew(await changePassword(current, next));
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(t('account.password.done'));
  });
  return (
    <section className="card account-card" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password.title')}</h2>
      <p className="muted">{t('account.password.intro')}</p>
      <form onSubmit={submit.onSubmit}>
        <ErrorNotice error={submit.error} />
        <SuccessNotice message={done} />
        <Field label={t('account.password.current')} error={submit.fieldErrors.currentPassword}>
          {(control) => <input {...control} type="password" autoComplete="current-password" required value={current} onChange={(event) => setCurrent(event.target.value)} />}
        </Field>
        <Field label={t('account.password.new')} hint={t('account.password.newHint')} error={submit.fieldErrors.newPassword}>
          {(control) => <input {...control} type="password" autoComplete="new-password" required minLength={8} value={next} onChange={(event) => setNext(event.target.value)} />}
        </Field>
        <Field label={t('account.password.repeat')}>
          {(control) => <input {...control} type="password" autoComplete="new-password" required value={repeat} onChange={(event) => setRepeat(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={submit.busy}>
            {t('account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
