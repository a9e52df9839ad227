// The status filter shared by the task list and the directive register.
import { type ItemStatus, itemStatuses } from '../../../common/tasks.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';

export function StatusFilter<F extends { status?: ItemStatus | undefined }>({ filter, onChange }: { filter: F; onChange: (next: F) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('task.status')}>
      {(control) => (
        <select
          {...control}
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: itemStatuses.find((status) => status === event.target.value) })}
        >
          <option value="">{t('tasks.allStatuses')}</option>
          {itemStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`itemStatus.${status}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
