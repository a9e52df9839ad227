// The status a coordinator may set by hand on a task or a directive. Done and done-late come only from a
// completion report, so an item in one of those keeps it unless another status is chosen.
import type { ChangeEventHandler } from 'react';
import { type ItemStatus, settableStatuses } from '../../../common/tasks.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';

export const isSettable = (status: ItemStatus): boolean => (settableStatuses as readonly string[]).includes(status);

interface StatusFieldProps {
  current: ItemStatus;
  /** The chosen status, or '' to keep the current one. */
  value: string;
  onChange: ChangeEventHandler<HTMLSelectElement>;
  error?: string;
}

export function StatusField({ current, value, onChange, error }: StatusFieldProps) {
  const { t } = useI18n();
  return (
    <Field label={t('task.status')} hint={t('taskForm.statusHint')} error={error}>
      {(control) => (
        <select {...control} name="status" value={value} onChange={onChange}>
          {!isSettable(current) && <option value="">{t('taskForm.keepStatus', { status: t(`itemStatus.${current}`) })}</option>}
          {settableStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`itemStatus.${status}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
