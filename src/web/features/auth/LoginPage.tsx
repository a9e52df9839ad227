import { useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { SecondFactorChallenge } from '../../../common/auth.js';
import { useI18n } from '../../app/i18n.js';
import type { MessageKey } from '../../app/messages.js';
import { usePageTitle } from '../../app/page-title.js';
import { paths } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { fetchSignInOptions } from './api.js';
import type { LoginState } from './RequireAuth.js';
import { useSession } from './session.js';

const ssoErrors = ['unknown_identity', 'expired', 'disabled', 'failed'] as const;

export function LoginPage() {
  const { t } = useI18n();
  usePageTitle(t('login.title'));
  const { user } = useSession();
  const from = (useLocation().state as LoginState | null)?.from;
  const destination = from ? `${from.pathname}${from.search}${from.hash}` : paths.plan;
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);

  // Signed in, the page re-renders and <Navigate> takes the user on.
  if (user) return <Navigate to={destination} replace />;
  return (
    <div className="login">
      {challenge ? <CodeStep challenge={challenge} onBack={() => setChallenge(null)} /> : <PasswordStep onChallenge={setChallenge} returnTo={destination} />}
    </div>
  );
}

function PasswordStep({ onChallenge, returnTo }: { onChallenge: (challenge: SecondFactorChallenge) => void; returnTo: string }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const options = useResource(fetchSignInOptions);
  const [searchParams] = useSearchParams();
  const ssoError = ssoErrors.find((code) => code === searchParams.get('loi'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    const next = await signIn({ username: username.trim(), password });
    if (next) onChallenge(next);
  });
  const sso = options.data?.singleSignOn;

  return (
    <form className="card login-card" onSubmit={onSubmit}>
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      {ssoError && (
        <p className="notice notice-error" role="alert">
          {t(`login.sso.${ssoError}` satisfies MessageKey)}
        </p>
      )}
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
      {sso && (
        <>
          <p className="login-or muted">{t('login.or')}</p>
          <a className="button button-block" href={`${sso.startUrl}?returnTo=${encodeURIComponent(returnTo)}`}>
            {sso.label}
          </a>
        </>
      )}
    </form>
  );
}

function CodeStep({ challenge, onBack }: { challenge: SecondFactorChallenge; onBack: () => void }) {
  const { t } = useI18n();
  const { answerChallenge } = useSession();
  const [code, setCode] = useState('');
  const { busy, error, onSubmit } = useSubmit(() => answerChallenge(challenge.challenge, code.trim()), { keepBusy: true });
  return (
    <form className="card login-card" onSubmit={onSubmit}>
      <h1>{t('login.codeTitle')}</h1>
      <p className="muted">{t('login.codeIntro')}</p>
      <ErrorNotice error={error} />
      <Field label={t('login.code')}>
        {(control) => (
          <input
            {...control}
            name="code"
            autoComplete="one-time-code"
            inputMode="text"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {t('login.codeSubmit')}
      </button>
      <button type="button" className="button button-block" onClick={onBack}>
        {t('login.back')}
      </button>
    </form>
  );
}
