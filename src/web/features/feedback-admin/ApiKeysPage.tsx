// /phan-anh/quan-tri/khoa-open311: the keys that let other apps file reports through Open311. The
// administrator issues one per app (the key is shown this once, only its hash is kept), sees when
// each was last used, and revokes it.
import { useState } from 'react';
import { ApiError } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { StepDialog } from '../feedback/StepDialog.js';
import { type ApiKey, type NewApiKey, fetchApiKeys, issueApiKey, revokeApiKey } from './api.js';
import { AdminHeader } from './AdminTabs.js';
import { actionsColumn } from './columns.js';

export function ApiKeysPage() {
  const { t, language } = useI18n();
  usePageTitle(t('fbAdmin.keys.title'));
  const keys = useResource(fetchApiKeys);
  const [issued, setIssued] = useState<NewApiKey>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const [notice, setNotice] = useState<string>();
  const when = (value: string | null) => (value ? formatDate(new Date(value), language) : '—');

  return (
    <>
      <AdminHeader title={t('fbAdmin.keys.title')} intro={t('fbAdmin.keys.intro')} />
      <IssueForm
        onIssued={(key) => {
          setIssued(key);
          setNotice(undefined);
          keys.reload();
        }}
      />
      {issued && (
        <section className="notice notice-warning" aria-labelledby="fb-key-issued">
          <h2 id="fb-key-issued">{t('fbAdmin.keys.issuedTitle', { name: issued.name })}</h2>
          <p>
            <code className="secret" data-testid="issued-key">
              {issued.key}
            </code>
          </p>
          <p>{t('fbAdmin.keys.issuedOnce')}</p>
          <button type="button" className="button button-small" onClick={() => setIssued(undefined)}>
            {t('fbAdmin.keys.issuedDone')}
          </button>
        </section>
      )}
      <SuccessNotice message={notice} />
      <ResourceView resource={keys}>
        {(list) => (
          <DataTable
            caption={t('fbAdmin.keys.title')}
            rows={list}
            rowKey={(key) => key.id}
            empty={t('fbAdmin.keys.none')}
            columns={[
              { key: 'name', header: t('fbAdmin.keys.name'), render: (key) => key.name },
              { key: 'prefix', header: t('fbAdmin.keys.prefix'), render: (key) => <code>{key.prefix}…</code> },
              { key: 'created', header: t('fbAdmin.keys.created'), render: (key) => when(key.createdAt) },
              { key: 'used', header: t('fbAdmin.keys.lastUsed'), render: (key) => when(key.lastUsedAt) },
              {
                key: 'state',
                header: t('fbAdmin.keys.state'),
                render: (key) => (key.revokedAt ? t('fbAdmin.keys.revokedOn', { date: when(key.revokedAt) }) : <span className="badge badge-active">{t('fbAdmin.keys.live')}</span>),
              },
              actionsColumn<ApiKey>(t('fbAdmin.actions'), (key) =>
                  key.revokedAt ? null : (
                    <button type="button" className="button button-small button-danger" aria-label={t('fbAdmin.keys.revokeLabel', { name: key.name })} onClick={() => setRevoking(key)}>
                      {t('fbAdmin.keys.revoke')}
                    </button>
                  )),
            ]}
          />
        )}
      </ResourceView>
      {revoking && (
        <StepDialog
          title={t('fbAdmin.keys.revoke')}
          subject={`${revoking.name} · ${revoking.prefix}…`}
          submitLabel={t('fbAdmin.keys.revoke')}
          danger
          canSubmit
          onClose={() => setRevoking(undefined)}
          onSubmit={async () => {
            await revokeApiKey(revoking.id);
            setRevoking(undefined);
            setNotice(t('fbAdmin.keys.revoked', { name: revoking.name }));
            keys.reload();
          }}
        >
          <p>{t('fbAdmin.keys.revokeIntro')}</p>
        </StepDialog>
      )}
    </>
  );
}

function IssueForm({ onIssued }: { onIssued: (key: NewApiKey) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () => {
    onIssued(await issueApiKey(name.trim()));
    setName('');
  });

  return (
    <form className="card form" aria-labelledby="fb-key-form" onSubmit={onSubmit}>
      <h2 id="fb-key-form">{t('fbAdmin.keys.issue')}</h2>
      <ErrorNotice error={error} />
      <Field label={t('fbAdmin.keys.name')} hint={t('fbAdmin.keys.nameHint')} error={error instanceof ApiError ? error.fields.name : undefined}>
        {(control) => <input {...control} type="text" required minLength={2} maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || name.trim().length < 2}>
          {t('fbAdmin.keys.issue')}
        </button>
      </div>
    </form>
  );
}
