// What a directive says: its content, its owner unit, a deadline or "thường xuyên", the tasks it
// concerns. Shared by the conclusion form (several directives at once) and the edit form.
import type { Task } from '../../../common/tasks.js';
import { useI18n } from '../../app/i18n.js';
import { Field } from '../../components/Field.js';
import { Checklist } from '../tasks/Checklist.js';
import { optional } from '../tasks/TaskForm.js';
import { type CityUnit, UnitOptions } from '../tasks/units.js';

export interface DirectiveDraft {
  title: string;
  content: string;
  ownerUnitId: string;
  dueDate: string;
  standing: boolean;
  taskIds: number[];
  note: string;
}

export const emptyDirective = (): DirectiveDraft => ({ title: '', content: '', ownerUnitId: '', dueDate: '', standing: false, taskIds: [], note: '' });

/** The draft as the API takes it. */
export const directiveInput = (draft: DirectiveDraft) => ({
  title: draft.title,
  content: draft.content.trim() || null,
  ownerUnitId: Number(draft.ownerUnitId),
  dueDate: draft.standing || !draft.dueDate ? null : draft.dueDate,
  standing: draft.standing,
  taskIds: draft.taskIds,
  note: draft.note.trim() || null,
});

interface DirectiveFieldsProps {
  draft: DirectiveDraft;
  onChange: (draft: DirectiveDraft) => void;
  units: readonly CityUnit[];
  tasks: readonly Task[];
  /** Field name → message, for this directive's fields. */
  errors: Record<string, string | undefined>;
}

export function DirectiveFields({ draft, onChange, units, tasks, errors }: DirectiveFieldsProps) {
  const { t } = useI18n();
  const set = (name: 'title' | 'content' | 'ownerUnitId' | 'dueDate' | 'note') => (event: { target: { value: string } }) =>
    onChange({ ...draft, [name]: event.target.value });
  return (
    <>
      <Field label={t('directive.title')} error={errors.title}>
        {(control) => <textarea {...control} name="title" rows={2} required value={draft.title} onChange={set('title')} />}
      </Field>
      <Field label={optional(t('directive.content'), t('work.optional'))} error={errors.content}>
        {(control) => <textarea {...control} name="content" rows={2} value={draft.content} onChange={set('content')} />}
      </Field>
      <Field label={t('directive.ownerUnit')} error={errors.ownerUnitId}>
        {(control) => (
          <select {...control} name="ownerUnitId" required value={draft.ownerUnitId} onChange={set('ownerUnitId')}>
            <option value="" disabled>
              {t('work.chooseUnit')}
            </option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <div className="work-form-row work-form-row-end">
        <Field label={t('directive.deadline')} hint={t('directive.deadlineHint')} error={errors.dueDate}>
          {(control) => (
            <input {...control} type="date" name="dueDate" disabled={draft.standing} value={draft.standing ? '' : draft.dueDate} onChange={set('dueDate')} />
          )}
        </Field>
        <label className="work-check work-check-field">
          <input type="checkbox" checked={draft.standing} onChange={(event) => onChange({ ...draft, standing: event.target.checked })} />
          {t('directive.standingChoice')}
        </label>
      </div>
      <Checklist
        legend={t('directive.tasks')}
        items={tasks.map((task) => ({ id: task.id, label: task.title, detail: [task.code, task.leadUnit.name].filter(Boolean).join(' · ') }))}
        selected={draft.taskIds}
        onChange={(taskIds) => onChange({ ...draft, taskIds })}
        error={errors.taskIds}
      />
    </>
  );
}
