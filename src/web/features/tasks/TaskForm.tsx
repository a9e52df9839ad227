// Assigning a task (or a sub-task) and editing it: the coordinator and leaders only. The due date
// of an existing task moves through rescheduling, which keeps the original; done comes only from a
// completion report, so the status here offers the states a manager sets by hand.
import { useMemo, useState } from 'react';
import { type Task, type TaskDetail, settableStatuses } from '../../../common/tasks.js';
import { useI18n } from '../../app/i18n.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorNotice, Loading } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { createTask, fetchTasks, planRefsOf, updateTask } from './api.js';
import { Checklist } from './Checklist.js';
import { StatusField, isSettable } from './StatusField.js';
import { type PlanRefs, PlanRefOptions } from './plan-refs.js';
import { type CityUnit, UnitOptions, useCityUnits } from './units.js';

interface TaskFormProps {
  /** The task to edit; none to assign a new one. */
  task?: TaskDetail;
  /** For a new sub-task. */
  parent?: Task;
  units: readonly CityUnit[];
  refs: PlanRefs;
  onSaved: (task: TaskDetail) => void;
  onCancel: () => void;
}

const planRefOf = (task: Task | undefined) =>
  task?.area ? `area:${task.area.id}` : task?.solutionGroup ? `group:${task.solutionGroup.id}` : '';

export function TaskForm({ task, parent, units, refs, onSaved, onCancel }: TaskFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    title: task?.title ?? '',
    description: task?.description ?? '',
    solution: task?.solution ?? '',
    planRef: planRefOf(task ?? parent),
    leadUnitId: task ? String(task.leadUnit.id) : '',
    plannedStartDate: task?.plannedStartDate ?? '',
    dueDate: task?.dueDate ?? parent?.dueDate ?? '',
    note: task?.note ?? '',
    status: task && isSettable(task.status) ? task.status : '',
  });
  const [coordinating, setCoordinating] = useState<number[]>(task?.coordinatingUnits.map((unit) => unit.id) ?? []);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));

  const { busy, error, fieldErrors, onSubmit } = useSubmit(async () => {
    const [kind, refId] = values.planRef.split(':');
    const leadUnitId = Number(values.leadUnitId);
    const common = {
      title: values.title,
      description: values.description.trim() || null,
      solution: values.solution.trim() || null,
      leadUnitId,
      // The lead unit is not also one of its own coordinating units.
      coordinatingUnitIds: coordinating.filter((id) => id !== leadUnitId),
      plannedStartDate: values.plannedStartDate || null,
      note: values.note.trim() || null,
    };
    // A task keeps the area or group it has unless the choice changed (seeded tasks may carry both).
    const planChanged = values.planRef !== planRefOf(task ?? parent);
    const plan = {
      areaId: kind === 'area' ? Number(refId) : null,
      solutionGroupId: kind === 'group' ? Number(refId) : null,
    };
    const status = settableStatuses.find((candidate) => candidate === values.status);
    onSaved(
      task
        ? await updateTask(task.id, { ...common, ...(planChanged ? plan : {}), ...(status && status !== task.status ? { status } : {}) })
        : await createTask({ ...common, ...plan, parentId: parent?.id ?? null, dueDate: values.dueDate }),
    );
  }, { keepBusy: true });

  const unitItems = units.map(({ unit }) => ({ id: unit.id, label: unit.name }));

  return (
    <form className="form work-form" onSubmit={onSubmit}>
      <ErrorNotice error={error} />
      {parent && <p className="muted">{t('taskForm.parent', { title: parent.title })}</p>}
      <Field label={t('task.title')} error={fieldErrors.title}>
        {(control) => <textarea {...control} name="title" rows={2} required value={values.title} onChange={set('title')} />}
      </Field>
      <Field label={t('task.leadUnit')} error={fieldErrors.leadUnitId}>
        {(control) => (
          <select {...control} name="leadUnitId" required value={values.leadUnitId} onChange={set('leadUnitId')}>
            <option value="" disabled>
              {t('work.chooseUnit')}
            </option>
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <Checklist
        legend={t('task.coordinatingUnits')}
        items={unitItems.filter((item) => String(item.id) !== values.leadUnitId)}
        selected={coordinating}
        onChange={setCoordinating}
        error={fieldErrors.coordinatingUnitIds}
      />
      <div className="work-form-row">
        <Field label={t('task.plannedStart')} error={fieldErrors.plannedStartDate}>
          {(control) => <input {...control} type="date" name="plannedStartDate" value={values.plannedStartDate} onChange={set('plannedStartDate')} />}
        </Field>
        {task ? (
          <Field label={t('task.dueDate')} hint={t('taskForm.dueViaReschedule')}>
            {(control) => <input {...control} type="date" value={values.dueDate} readOnly />}
          </Field>
        ) : (
          <Field label={t('task.dueDate')} error={fieldErrors.dueDate}>
            {(control) => <input {...control} type="date" name="dueDate" required value={values.dueDate} onChange={set('dueDate')} />}
          </Field>
        )}
      </div>
      <Field label={t('task.planRef')} error={fieldErrors.areaId ?? fieldErrors.solutionGroupId}>
        {(control) => (
          <select {...control} name="planRef" value={values.planRef} onChange={set('planRef')}>
            <option value="">{t('taskForm.noPlanRef')}</option>
            <PlanRefOptions refs={refs} />
          </select>
        )}
      </Field>
      <Field label={optional(t('task.description'), t('work.optional'))} error={fieldErrors.description}>
        {(control) => <textarea {...control} name="description" rows={3} value={values.description} onChange={set('description')} />}
      </Field>
      <Field label={optional(t('task.solution'), t('work.optional'))} hint={t('taskForm.solutionHint')} error={fieldErrors.solution}>
        {(control) => <textarea {...control} name="solution" rows={3} value={values.solution} onChange={set('solution')} />}
      </Field>
      <Field label={optional(t('task.note'), t('work.optional'))} error={fieldErrors.note}>
        {(control) => <textarea {...control} name="note" rows={2} value={values.note} onChange={set('note')} />}
      </Field>
      {task && <StatusField current={task.status} value={values.status} onChange={set('status')} error={fieldErrors.status} />}
      <FormActions onCancel={onCancel} disabled={busy} />
    </form>
  );
}

export const optional = (label: string, note: string) => (
  <>
    {label} <span className="muted">{note}</span>
  </>
);

const fetchAllTasks = () => fetchTasks();

/** The form in a dialog, with the city's units and the plan areas and groups in use loaded for it. */
export function TaskFormDialog({ task, parent, onSaved, onClose }: Pick<TaskFormProps, 'task' | 'parent' | 'onSaved'> & { onClose: () => void }) {
  const { t } = useI18n();
  const units = useCityUnits();
  const tasks = useResource(fetchAllTasks);
  const refs = useMemo(() => planRefsOf(tasks.data ?? []), [tasks.data]);
  const title = task ? t('taskForm.editTitle') : parent ? t('taskForm.subtaskTitle') : t('tasks.create');
  return (
    <Dialog title={title} onClose={onClose}>
      {units && tasks.data ? (
        <TaskForm task={task} parent={parent} units={units} refs={refs} onSaved={onSaved} onCancel={onClose} />
      ) : (
        <>
          <ErrorNotice error={tasks.error} />
          {!tasks.error && <Loading />}
        </>
      )}
    </Dialog>
  );
}
