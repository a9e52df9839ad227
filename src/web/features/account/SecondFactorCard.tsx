// The second factor on one's account page: enrol (QR code, then a code), the recovery codes shown once,
// and, proved with password and code, new recovery codes or turning it off.
import { useState } from 'react';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { confirmSecondFactor, disableSecondFactor, fetchSecondFactor, renewRecoveryCodes, startSecondFactor } from '../auth/api.js';
import { useSession } from '../auth/session.js';

type Enrolment = { secret: string; qrSvg: string };

export function SecondFactorCard() {
  const { t, language } = useI18n();
  const status = useResource(fetchSecondFactor);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string>();
  const start = useSubmit(async () => setEnrolment(await startSecondFactor()));

  return (
    <section className="card account-card" aria-labelledby="account-two-factor">
      <h2 id="account-two-factor">{t('account.twoFactor.title')}</h2>
      <p className="muted">{t('account.twoFactor.intro')}</p>
      <SuccessNotice message={notice} />
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
      ) : (
        <ResourceView resource={status}>
          {(data) => (
            <>
              <p>
                {data.enabled && data.enabledAt
                  ? t('account.twoFactor.on', { date: formatDate(new Date(data.enabledAt), language), count: String(data.recoveryCodesLeft) })
                  : t('account.twoFactor.off')}{' '}
                {data.required && <strong>{t('account.twoFactor.required')}</strong>}
              </p>
              {!data.enabled && !enrolment && (
                <>
                  <ErrorNotice error={start.error} />
                  <button type="button" className="button button-primary" disabled={start.busy} onClick={() => start.run()}>
                    {t('account.twoFactor.start')}
                  </button>
                </>
              )}
              {!data.enabled && enrolment && (
                <EnrolmentForm
                  enrolment={enrolment}
                  onEnabled={(codes) => {
                    setEnrolment(null);
                    setRecoveryCodes(codes);
                    status.reload();
                  }}
                />
              )}
              {data.enabled && (
                <OwnerActions
                  canDisable={!data.required}
                  onCodes={(codes) => {
                    setRecoveryCodes(codes);
                    status.reload();
                  }}
                  onDisabled={() => {
                    setNotice(t('account.twoFactor.disabled'));
                    status.reload();
                  }}
                />
              )}
            </>
          )}
        </ResourceView>
      )}
    </section>
  );
}

function EnrolmentForm({ enrolment, onEnabled }: { enrolment: Enrolment; onEnabled: (codes: string[]) => void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [code, setCode] = useState('');
  const confirm = useSubmit(async () => {
    const { recoveryCodes } = await confirmSecondFactor(code.trim());
    // The session may now do everything: the app learns it from the server.
    await refresh();
    onEnabled(recoveryCodes);
  });
  return (
    <form onSubmit={confirm.onSubmit} className="account-enrol">
      <p>{t('account.twoFactor.scan')}</p>
      <div className="account-qr" role="img" aria-label={t('account.twoFactor.qr')} dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
      <p>
        {t('account.twoFactor.secret')}: <output className="secret" data-testid="totp-secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</output>
      </p>
      <ErrorNotice error={confirm.error} />
      <Field label={t('account.twoFactor.code')} error={confirm.fieldErrors.code}>
        {(control) => <input {...control} inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required value={code} onChange={(event) => setCode(event.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={confirm.busy}>
          {t('account.twoFactor.confirm')}
        </button>
      </div>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div className="account-codes">
      <h3>{t('account.twoFactor.codesTitle')}</h3>
      <p>{t('account.twoFactor.codesIntro')}</p>
      <ol data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="secret">{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t('account.twoFactor.codesDone')}
      </button>
    </div>
  );
}

function OwnerActions({ canDisable, onCodes, onDisabled }: { canDisable: boolean; onCodes: (codes: string[]) => void; onDisabled: () => void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const renew = useSubmit(async () => onCodes((await renewRecoveryCodes(password, code.trim())).recoveryCodes));
  const disable = useSubmit(async () => {
    await disableSecondFactor(password, code.trim());
    await refresh();
    onDisabled();
  });
  const error = renew.error ?? disable.error;
  const fields = { ...renew.fieldErrors, ...disable.fieldErrors };
  return (
    <form onSubmit={(event) => event.preventDefault()} className="account-proof">
      <p className="muted">{t('account.twoFactor.proofIntro')}</p>
      <ErrorNotice error={error} />
      <Field label={t('account.twoFactor.password')} error={fields.password}>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />}
      </Field>
      <Field label={t('account.twoFactor.code')} error={fields.code}>
        {(control) => <input {...control} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(event) => setCode(event.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="button" className="button" disabled={renew.busy} onClick={() => renew.run()}>
          {t('account.twoFactor.renew')}
        </button>
        {canDisable && (
          <button type="button" className="button button-danger" disabled={disable.busy} onClick={() => disable.run()}>
            {t('account.twoFactor.disable')}
          </button>
        )}
      </div>
    </form>
  );
}
