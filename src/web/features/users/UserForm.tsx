import { useState } from 'react';
import { type User, roles } from '../../../common/units.js';
import { useI18n } from '../../app/i18n.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { flattenUnitTree, type UnitNode } from '../units/unit-tree.js';
import { createUser, type ListedUser, updateUser } from './api.js';

interface UserFormProps {
  /** The account to edit; none to create one. */
  user?: ListedUser;
  /** The units an account may be placed in. */
  unitTree: UnitNode[];
  onSaved: (user: User) => void;
  onCancel: () => void;
}

export function UserForm({ user, unitTree, onSaved, onCancel }: UserFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    username: '',
    password: '',
    fullName: user?.fullName ?? '',
    email: user?.email ?? '',
    unitId: user ? String(user.unit.id) : '',
    role: user?.role ?? 'officer',
  });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async () => {
      const common = {
        fullName: values.fullName,
        email: values.email.trim() || null,
        unitId: Number(values.unitId),
        role: values.role,
      };
      onSaved(
        user
          ? await updateUser(user.id, common)
          : await createUser({ ...common, username: values.username.trim(), password: values.password }),
      );
    },
    { keepBusy: true },
  );

  return (
    <form className="form" onSubmit={onSubmit}>
      <ErrorNotice error={error} />
      {!user && (
        <Field label={t('user.username')} error={fieldErrors.username}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={values.username}
              onChange={set('username')}
            />
          )}
        </Field>
      )}
      <Field label={t('user.fullName')} error={fieldErrors.fullName}>
        {(control) => <input {...control} name="fullName" required value={values.fullName} onChange={set('fullName')} />}
      </Field>
      <Field
        label={
          <>
            {t('user.email')} <span className="muted">{t('user.optional')}</span>
          </>
        }
        error={fieldErrors.email}
      >
        {(control) => <input {...control} name="email" type="email" value={values.email} onChange={set('email')} />}
      </Field>
      <Field label={t('user.unit')} error={fieldErrors.unitId}>
        {(control) => (
          <select {...control} name="unitId" required value={values.unitId} onChange={set('unitId')}>
            <option value="" disabled>
              {t('user.chooseUnit')}
            </option>
            {flattenUnitTree(unitTree).map(({ unit, depth }) => (
              <option key={unit.id} value={unit.id}>
                {'\u00a0\u00a0\u00a0'.repeat(depth)}
                {unit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('user.role')} error={fieldErrors.role}>
        {(control) => (
          <select {...control} name="role" value={values.role} onChange={set('role')}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!user && (
        <Field label={t('user.password')} error={fieldErrors.password}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              value={values.password}
              onChange={set('password')}
            />
          )}
        </Field>
      )}
      <FormActions onCancel={onCancel} disabled={busy} />
    </form>
  );
}
