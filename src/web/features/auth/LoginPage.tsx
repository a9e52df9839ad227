import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { paths } from '../../app/paths.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import type { LoginState } from './RequireAuth.js';
import { useSession } from './session.js';

export function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const { user, signIn } = useSession();
  const from = (useLocation().state as LoginState | null)?.from;
  const destination = from ? `${from.pathname}${from.search}${from.hash}` : paths.plan;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Signed in, the page re-renders and <Navigate> takes the user on.
  const { busy, error, onSubmit } = useSubmit(() => signIn({ username: username.trim(), password }), { keepBusy: true });

  if (user) return <Navigate to={destination} replace />;

  return (
    <div className="login">
      <form className="card login-card" onSubmit={onSubmit}>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <ErrorNotice error={error} />
        <Field label={t('login.username')}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('login.password')}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}
