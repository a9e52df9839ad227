import type { z } from 'zod';
import {
  type ItemStatus,
  type ProgressInput,
  type Task,
  type TaskDetail,
  type TaskInput,
  type TaskPatch,
  type UnitRef,
  itemStatuses,
  type myWorkSchema,
  type rescheduleInputSchema,
  type timelineSchema,
} from '../../../common/tasks.js';
import { api } from '../../app/api.js';

export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineTask = Timeline['units'][number]['tasks'][number];
export type MyWork = z.infer<typeof myWorkSchema>;
export type RescheduleInput = z.input<typeof rescheduleInputSchema>;

/** The list's filters as the API and the page's address both write them. */
export interface TaskFilter {
  unitId?: number | undefined;
  areaId?: number | undefined;
  solutionGroupId?: number | undefined;
  status?: ItemStatus | undefined;
  overdue?: boolean | undefined;
  dueThisMonth?: boolean | undefined;
  q?: string | undefined;
}

/** "?unitId=4&overdue=true", or "" without filters (unset, empty and false filters are left out). */
export function filterQuery(filter: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter) as [string, string | number | boolean | undefined][]) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

const positive = (value: string | null) => {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : undefined;
};

/** The filters written in a page's address (the same names as the API's), ignoring what is not valid. */
export function filterFromParams(params: URLSearchParams): TaskFilter {
  const status = params.get('status');
  return {
    unitId: positive(params.get('unitId')),
    areaId: positive(params.get('areaId')),
    solutionGroupId: positive(params.get('solutionGroupId')),
    status: itemStatuses.find((candidate) => candidate === status),
    overdue: params.get('overdue') === 'true' || undefined,
    dueThisMonth: params.get('dueThisMonth') === 'true' || undefined,
    q: params.get('q')?.trim() || undefined,
  };
}

export const fetchTasks = (filter: TaskFilter = {}) => api.get<Task[]>(`/tasks${filterQuery(filter)}`);
export const fetchTimeline = (filter: TaskFilter = {}) => api.get<Timeline>(`/tasks/timeline${filterQuery(filter)}`);
export const fetchTask = (id: number) => api.get<TaskDetail>(`/tasks/${id}`);
export const fetchMyWork = () => api.get<MyWork>('/my-work');
/** A plain link: the browser downloads the file with the session cookie. */
export const taskExportUrl = (filter: TaskFilter) => `/api/tasks/export.xlsx${filterQuery(filter)}`;

export const createTask = (input: TaskInput) => api.post<TaskDetail>('/tasks', input);
export const updateTask = (id: number, patch: TaskPatch) => api.patch<TaskDetail>(`/tasks/${id}`, patch);
export const rescheduleTask = (id: number, input: RescheduleInput) => api.post<TaskDetail>(`/tasks/${id}/reschedule`, input);

/** The fields of a report as a multipart form: only those given, numbers as text (the server reads them back). */
export function reportForm(fields: Record<string, string | number | undefined>, files: readonly File[]): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '') form.append(key, String(value));
  }
  for (const file of files) form.append('files', file, file.name);
  return form;
}

/** A progress report, or a completion with completedOn; with evidence files when there are any. */
export function reportTaskProgress(id: number, input: ProgressInput, files: readonly File[] = []) {
  if (files.length === 0) return api.post<TaskDetail>(`/tasks/${id}/updates`, input);
  return api.upload<TaskDetail>(`/tasks/${id}/updates/with-files`, reportForm({ ...input }, files));
}

/** The plan areas and solution groups the tasks are filed under, for the filters and the task form. */
export function planRefsOf(tasks: readonly Task[]) {
  const areas = new Map<number, { id: number; name: string }>();
  const groups = new Map<number, { id: number; name: string }>();
  for (const task of tasks) {
    if (task.area) areas.set(task.area.id, task.area);
    if (task.solutionGroup) groups.set(task.solutionGroup.id, task.solutionGroup);
  }
  const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
  return { areas: [...areas.values()].sort(byId), groups: [...groups.values()].sort(byId) };
}

export type { UnitRef };
