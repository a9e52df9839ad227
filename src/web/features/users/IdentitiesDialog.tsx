import { useState } from 'react';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice, ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { type ListedUser, type UserIdentity, addIdentity, fetchIdentities, removeIdentity } from './api.js';

/** The single sign-on identities that sign in as this account: nobody signs in through the provider until mapped here. */
export function IdentitiesDialog({ user, onClose }: { user: ListedUser; onClose: () => void }) {
  const { t } = useI18n();
  const identities = useResource(() => fetchIdentities(user.id));
  const [claim, setClaim] = useState<UserIdentity['claim']>('email');
  const [value, setValue] = useState(user.email ?? '');
  const add = useSubmit(async () => {
    await addIdentity(user.id, { claim, value });
    setValue('');
    identities.reload();
  });
  const remove = useSubmit(async (identity: UserIdentity) => {
    await removeIdentity(user.id, identity.id);
    identities.reload();
  });

  return (
    <Dialog title={t('users.identitiesTitle', { username: user.username })} onClose={onClose}>
      <p className="muted">{t('users.identitiesHint')}</p>
      <ErrorNotice error={remove.error} />
      <ResourceView resource={identities}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('users.identitiesNone')}</p>
          ) : (
            <ul className="identity-list">
              {rows.map((identity) => (
                <li key={identity.id}>
                  <span>
                    {t(`users.identityClaim.${identity.claim}`)}: <strong>{identity.value}</strong>
                  </span>
                  <button type="button" className="button button-small" disabled={remove.busy} onClick={() => remove.run(identity)}>
                    {t('users.identityRemove')}
                    <span className="visually-hidden"> {identity.value}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <form onSubmit={add.onSubmit}>
        <ErrorNotice error={add.error} />
        <Field label={t('users.identityClaim')}>
          {(control) => (
            <select {...control} value={claim} onChange={(event) => setClaim(event.target.value as UserIdentity['claim'])}>
              <option value="email">{t('users.identityClaim.email')}</option>
              <option value="sub">{t('users.identityClaim.sub')}</option>
            </select>
          )}
        </Field>
        <Field label={t('users.identityValue')} error={add.fieldErrors.value}>
          {(control) => <input {...control} required maxLength={200} value={value} onChange={(event) => setValue(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('action.close')}
          </button>
          <button type="submit" className="button button-primary" disabled={add.busy}>
            {t('users.identityAdd')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
