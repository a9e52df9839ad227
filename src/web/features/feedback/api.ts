// The field-report API as the web app uses it: the citizens' public side and the officers' side.
import type { z } from 'zod';
import type {
  FieldReportStatus,
  PublicFieldReport,
  StaffFieldReport,
  TrackedFieldReport,
  filedReceiptSchema,
  nearbyReportSchema,
  publicConfigSchema,
  staffFieldReportDetailSchema,
} from '../../../common/feedback.js';
import type { FieldReportNote } from '../../../common/field-report-notes.js';
import { api } from '../../app/api.js';

export type PublicConfig = z.infer<typeof publicConfigSchema>;
export type WardLocation = PublicConfig['wards'][number];
export type FiledReceipt = z.infer<typeof filedReceiptSchema>;
export type NearbyReport = z.infer<typeof nearbyReportSchema>;
export type StaffReportDetail = z.infer<typeof staffFieldReportDetailSchema>;
export type { PublicFieldReport, StaffFieldReport, TrackedFieldReport };

export interface PublicFilter {
  category?: number | undefined;
  ward?: number | undefined;
  status?: FieldReportStatus | undefined;
}

function query(filter: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter) as [string, string | number | undefined][]) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const fetchFeedbackConfig = () => api.get<PublicConfig>('/field-reports/config');
export const fetchPublicReports = (filter: PublicFilter) => api.get<PublicFieldReport[]>(`/field-reports/public${query({ ...filter, limit: 200 })}`);
export const fetchNearby = (categoryId: number, lat: number, lng: number) =>
  api.get<NearbyReport[]>(`/field-reports/nearby${query({ categoryId, lat, lng })}`);
export const trackReport = (code: string) => api.get<TrackedFieldReport>(`/field-reports/track/${encodeURIComponent(code)}`);
export const supportReport = (code: string) => api.post<TrackedFieldReport>(`/field-reports/track/${encodeURIComponent(code)}/support`, {});
/** Multipart: the form's text fields and up to the configured number of photos. */
export const fileReport = (form: FormData) => api.upload<FiledReceipt>('/field-reports/with-photos', form);

// Officers.
export type StaffQueue = 'triage' | 'all';
export const fetchStaffReports = (queue: StaffQueue, status?: FieldReportStatus) =>
  api.get<StaffFieldReport[]>(`/field-reports${query({ queue: queue === 'triage' ? 'triage' : undefined, status, limit: 200 })}`);
export const fetchStaffReport = (id: number) => api.get<StaffReportDetail>(`/field-reports/${id}`);

export const reportSteps = {
  assign: (id: number, input: { unitId: number; note?: string }) => api.post<StaffReportDetail>(`/field-reports/${id}/assign`, input),
  reject: (id: number, reason: string) => api.post<StaffReportDetail>(`/field-reports/${id}/reject`, { reason }),
  merge: (id: number, intoCode: string) => api.post<StaffReportDetail>(`/field-reports/${id}/merge`, { intoCode }),
  accept: (id: number) => api.post<StaffReportDetail>(`/field-reports/${id}/accept`, {}),
  update: (id: number, publicNote: string) => api.post<StaffReportDetail>(`/field-reports/${id}/updates`, { publicNote }),
  resolve: (id: number, answer: string, photos: File[]) => {
    const form = new FormData();
    form.set('answer', answer);
    for (const photo of photos) form.append('photos', photo);
    return api.upload<StaffReportDetail>(`/field-reports/${id}/resolve/with-photos`, form);
  },
  transferBack: (id: number, reason: string) => api.post<TrackedFieldReport>(`/field-reports/${id}/transfer-back`, { reason }),
  extend: (id: number, workingDays: number, reason: string) => api.post<StaffReportDetail>(`/field-reports/${id}/extend`, { workingDays, reason }),
};

/** Internal notes: staff only, never on the public pages. */
export const fetchNotes = (id: number) => api.get<FieldReportNote[]>(`/field-reports/${id}/notes`);
export const addNote = (id: number, body: string) => api.post<FieldReportNote[]>(`/field-reports/${id}/notes`, { body });
