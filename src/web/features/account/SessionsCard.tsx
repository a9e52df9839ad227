// Where one is signed in: each session's browser, address, sign-in and last use; end one, or all others.
import { useState } from 'react';
import type { OwnSession } from '../../../common/auth.js';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { endOtherSessions, endSession, fetchOwnSessions } from '../auth/api.js';
import { formatDateTime } from '../reporting/format.js';

/** "Chrome trên Windows" is more than people need to recognise a device; the raw string is in the title. */
function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null;
  const system = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null;
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 40);
}

export function SessionsCard() {
  const { t, language } = useI18n();
  const sessions = useResource(fetchOwnSessions);
  const [notice, setNotice] = useState<string>();
  const end = useSubmit(async (handle: string) => {
    await endSession(handle);
    sessions.reload();
  });
  const endOthers = useSubmit(async () => {
    const { ended } = await endOtherSessions();
    setNotice(t('account.sessions.ended', { count: String(ended) }));
    sessions.reload();
  });
  const columns: Column<OwnSession>[] = [
    {
      key: 'device',
      header: t('account.sessions.device'),
      render: (session) => (
        <span title={session.userAgent ?? undefined}>
          {deviceOf(session.userAgent) ?? t('account.sessions.unknownDevice')}
          {session.current && <span className="badge badge-active account-current">{t('account.sessions.current')}</span>}
        </span>
      ),
    },
    { key: 'address', header: t('account.sessions.address'), render: (session) => session.address ?? '—' },
    { key: 'created', header: t('account.sessions.signedIn'), render: (session) => formatDateTime(session.createdAt, language) },
    { key: 'seen', header: t('account.sessions.lastSeen'), render: (session) => (session.lastSeenAt ? formatDateTime(session.lastSeenAt, language) : '—') },
    {
      key: 'actions',
      header: '',
      className: 'col-actions',
      render: (session) =>
        session.current ? null : (
          <button type="button" className="button button-small" disabled={end.busy} onClick={() => end.run(session.handle)}>
            {t('account.sessions.end')}
          </button>
        ),
    },
  ];
  return (
    <section className="card account-card" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions.title')}</h2>
      <p className="muted">{t('account.sessions.intro')}</p>
      <SuccessNotice message={notice} />
      <ErrorNotice error={end.error ?? endOthers.error} />
      <ResourceView resource={sessions}>
        {(rows) => <DataTable caption={t('account.sessions.title')} columns={columns} rows={rows} rowKey={(session) => session.handle} />}
      </ResourceView>
      <div className="form-actions">
        <button type="button" className="button" disabled={endOthers.busy} onClick={() => endOthers.run()}>
          {t('account.sessions.endOthers')}
        </button>
      </div>
    </section>
  );
}
