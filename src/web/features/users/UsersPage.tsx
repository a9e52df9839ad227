import { useDeferredValue, useMemo, useState } from 'react';
import { matchesSearch } from '../../../common/text.js';
import type { Unit, User } from '../../../common/units.js';
import { formatNumber } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { type Resource, useResource } from '../../app/use-resource.js';
import { type Column, DataTable } from '../../components/DataTable.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice, ResourceView, SuccessNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { fetchSignInOptions } from '../auth/api.js';
import { useSession } from '../auth/session.js';
import { fetchUnits } from '../units/api.js';
import { buildUnitTree, flattenUnitTree, jurisdictionTree } from '../units/unit-tree.js';
import { type ListedUser, fetchUsers, updateUser } from './api.js';
import { IdentitiesDialog } from './IdentitiesDialog.js';
import { ResetPasswordDialog, ResetSecondFactorDialog } from './ResetPasswordDialog.js';
import { UserForm } from './UserForm.js';

export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.pageTitle'));
  const users = useResource(fetchUsers);
  const units = useResource(fetchUnits);
  return <ResourceView resource={units}>{(data) => <UserDirectory units={data} users={users} />}</ResourceView>;
}

type OpenDialog = { kind: 'create' } | { kind: 'edit' | 'reset' | 'resetSecondFactor' | 'identities'; user: ListedUser } | null;

function UserDirectory({ units, users }: { units: Unit[]; users: Resource<ListedUser[]> }) {
  const { t, language } = useI18n();
  const { user: me } = useSession();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [unitFilter, setUnitFilter] = useState('');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<Error>();
  // Identities are mapped only where single sign-on is configured.
  const signInOptions = useResource(fetchSignInOptions);
  const singleSignOn = signInOptions.data?.singleSignOn != null;

  const unitTree = useMemo(() => buildUnitTree(units), [units]);
  const ownTree = useMemo(() => (me ? jurisdictionTree(unitTree, me.unit.id) : []), [unitTree, me]);
  const shown = (users.data ?? []).filter(
    (user) =>
      (unitFilter === '' || String(user.unit.id) === unitFilter) &&
      matchesSearch(`${user.username} ${user.fullName} ${user.email ?? ''}`, deferredQuery),
  );

  const done = (message: string) => {
    setDialog(null);
    setActionError(undefined);
    setNotice(message);
    users.reload();
  };

  async function toggleDisabled(user: ListedUser) {
    setNotice(undefined);
    try {
      await updateUser(user.id, { disabled: !user.disabled });
      done(t(user.disabled ? 'users.unlocked' : 'users.locked', { username: user.username }));
    } catch (caught) {
      setActionError(caught as Error);
    }
  }

  const columns: Column<ListedUser>[] = [
    { key: 'username', header: t('user.username'), className: 'col-username', render: (user) => user.username },
    { key: 'fullName', header: t('user.fullName'), render: (user) => user.fullName },
    { key: 'unit', header: t('user.unit'), render: (user) => user.unit.name },
    { key: 'role', header: t('user.role'), render: (user) => t(`role.${user.role}`) },
    {
      key: 'status',
      header: t('user.status'),
      render: (user) =>
        user.disabled ? (
          <span className="badge badge-locked">{t('user.disabled')}</span>
        ) : (
          <span className="badge badge-active">{t('user.active')}</span>
        ),
    },
  ];
  if (shown.some((user) => user.actions.includes('manage'))) {
    columns.push({
      key: 'actions',
      header: t('user.actions'),
      className: 'col-actions',
      render: (user) => (
        <RowActions
          user={user}
          onEdit={() => setDialog({ kind: 'edit', user })}
          onToggleDisabled={() => void toggleDisabled(user)}
          onResetPassword={() => setDialog({ kind: 'reset', user })}
          onResetSecondFactor={() => setDialog({ kind: 'resetSecondFactor', user })}
          onIdentities={singleSignOn ? () => setDialog({ kind: 'identities', user }) : undefined}
        />
      ),
    });
  }

  return (
    <>
      <header className="page-header page-header-row">
        <h1>{t('users.pageTitle')}</h1>
        {me?.role === 'admin' && (
          <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('users.add')}
          </button>
        )}
      </header>
      <SuccessNotice message={notice} />
      <ErrorNotice error={actionError} />
      <div className="card">
        <div className="toolbar">
          <Field label={t('users.search')} hint={t('users.searchHint')}>
            {(control) => (
              <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
            )}
          </Field>
          <Field label={t('user.unit')}>
            {(control) => (
              <select {...control} value={unitFilter} onChange={(event) => setUnitFilter(event.target.value)}>
                <option value="">{t('users.allUnits')}</option>
                {flattenUnitTree(unitTree).map(({ unit, depth }) => (
                  <option key={unit.id} value={unit.id}>
                    {'\u00a0\u00a0\u00a0'.repeat(depth)}
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <ResourceView resource={users}>
          {() => (
            <>
              <p className="result-count" role="status">
                {t('users.count', { count: formatNumber(shown.length, language) })}
              </p>
              <DataTable
                caption={t('users.pageTitle')}
                columns={columns}
                rows={shown}
                rowKey={(user) => user.id}
                rowAttributes={(user) => ({ 'data-testid': `user-${user.username}` })}
                empty={t('users.none')}
              />
            </>
          )}
        </ResourceView>
      </div>

      {dialog?.kind === 'create' && (
        <Dialog title={t('users.add')} onClose={() => setDialog(null)}>
          <UserForm
            unitTree={ownTree}
            onSaved={(user: User) => done(t('users.created', { username: user.username }))}
            onCancel={() => setDialog(null)}
          />
        </Dialog>
      )}
      {dialog?.kind === 'edit' && (
        <Dialog title={t('users.editTitle', { username: dialog.user.username })} onClose={() => setDialog(null)}>
          <UserForm
            user={dialog.user}
            unitTree={ownTree}
            onSaved={(user: User) => done(t('users.updated', { username: user.username }))}
            onCancel={() => setDialog(null)}
          />
        </Dialog>
      )}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'identities' && <IdentitiesDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'resetSecondFactor' && (
        <ResetSecondFactorDialog user={dialog.user} onClose={() => setDialog(null)} onDone={() => done(t('users.secondFactorReset', { username: dialog.user.username }))} />
      )}
    </>
  );
}

interface RowActionsProps {
  user: ListedUser;
  onEdit: () => void;
  onToggleDisabled: () => void;
  onResetPassword: () => void;
  onResetSecondFactor: () => void;
  /** Shown where single sign-on is configured. */
  onIdentities: (() => void) | undefined;
}

/** Only the buttons the server says this user may use on this account. */
function RowActions({ user, onEdit, onToggleDisabled, onResetPassword, onResetSecondFactor, onIdentities }: RowActionsProps) {
  const { t } = useI18n();
  // Repeated button labels name their row for screen readers.
  const forUser = <span className="visually-hidden"> {user.username}</span>;
  return (
    <div className="row-actions">
      {user.actions.includes('manage') && (
        <>
          <button type="button" className="button button-small" onClick={onEdit}>
            {t('users.edit')}
            {forUser}
          </button>
          <button type="button" className="button button-small" onClick={onResetPassword}>
            {t('users.resetPassword')}
            {forUser}
          </button>
          {user.secondFactor && (
            <button type="button" className="button button-small" onClick={onResetSecondFactor}>
              {t('users.resetSecondFactor')}
              {forUser}
            </button>
          )}
          {onIdentities && (
            <button type="button" className="button button-small" onClick={onIdentities}>
              {t('users.identities')}
              {forUser}
            </button>
          )}
        </>
      )}
      {user.actions.includes('disable') && (
        <button type="button" className="button button-small" onClick={onToggleDisabled}>
          {user.disabled ? t('users.unlock') : t('users.lock')}
          {forUser}
        </button>
      )}
    </div>
  );
}
