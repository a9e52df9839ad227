import type { z } from 'zod';
import type {
  Directive,
  DirectivePatch,
  DirectiveReport,
  ItemStatus,
  Meeting,
  boardSchema,
  conclusionInputSchema,
  directiveDetailSchema,
  meetingDetailSchema,
  meetingInputSchema,
} from '../../../common/tasks.js';
import { api } from '../../app/api.js';
import { filterQuery, reportForm } from '../tasks/api.js';

export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type DirectiveDetail = z.infer<typeof directiveDetailSchema>;
export type Board = z.infer<typeof boardSchema>;
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type ConclusionInput = z.input<typeof conclusionInputSchema>;

export interface DirectiveFilter {
  meetingId?: number | undefined;
  unitId?: number | undefined;
  status?: ItemStatus | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
}

export const fetchMeetings = () => api.get<Meeting[]>('/meetings');
export const fetchMeeting = (id: number) => api.get<MeetingDetail>(`/meetings/${id}`);
export const createMeeting = (input: MeetingInput) => api.post<MeetingDetail>('/meetings', input);
/** A conclusion of the meeting and the directives it assigns, in one go. */
export const addConclusion = (meetingId: number, input: ConclusionInput) => api.post<MeetingDetail>(`/meetings/${meetingId}/conclusions`, input);
export const attachMinutes = (meetingId: number, files: readonly File[]) =>
  api.upload<MeetingDetail>(`/meetings/${meetingId}/minutes`, reportForm({}, files));

export const fetchDirectives = (filter: DirectiveFilter = {}) => api.get<Directive[]>(`/directives${filterQuery(filter)}`);
export const fetchDirective = (id: number) => api.get<DirectiveDetail>(`/directives/${id}`);
export const updateDirective = (id: number, patch: DirectivePatch) => api.patch<DirectiveDetail>(`/directives/${id}`, patch);
/** A follow-up report, or the completion with completedOn and result; with evidence files when there are any. */
export function reportOnDirective(id: number, input: DirectiveReport, files: readonly File[] = []) {
  if (files.length === 0) return api.post<DirectiveDetail>(`/directives/${id}/updates`, input);
  return api.upload<DirectiveDetail>(`/directives/${id}/updates/with-files`, reportForm({ ...input }, files));
}
export const directiveExportUrl = (filter: DirectiveFilter) => `/api/directives/export.xlsx${filterQuery(filter)}`;

export const fetchBoard = (withinDays: number) => api.get<Board>(`/board?withinDays=${withinDays}`);
