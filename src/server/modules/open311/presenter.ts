// Our records in GeoReport v2's shapes. Field reports go out through the public presenter first, so
// nothing personal (name, phone, e-mail, device, account) can reach an Open311 reply.
import { type FieldReportStatus, fieldReportStatusLabels } from '../../../common/feedback.js';
import { formatVietnameseDate } from '../../../common/vietnam-time.js';
import type { PublicFieldReport } from '../../../common/feedback.js';
import { presentCategory } from '../feedback/presenter.js';
import type { CategoryRow } from '../feedback/schema.js';
import type { XmlValue } from './xml.js';

const OFFSET_MS = 7 * 3_600_000;

/** A W3C date-time in Vietnam time: 2024-05-12T23:59:00+07:00. */
export const w3c = (instant: Date | string): string => `${new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;

/** The deadline is the end of the due day, Vietnam time. */
export const expectedDatetime = (dueDate: string) => `${dueDate}T23:59:59+07:00`;

const OPEN: readonly FieldReportStatus[] = ['received', 'assigned', 'in_progress'];
export const open311Status = (status: FieldReportStatus): 'open' | 'closed' => (OPEN.includes(status) ? 'open' : 'closed');

/** Our richer workflow in a sentence, for status_notes. */
export function statusNotes(report: PublicFieldReport): string {
  const label = fieldReportStatusLabels[report.status];
  switch (report.status) {
    case 'assigned':
    case 'in_progress':
      return report.unit ? `${label}: ${report.unit.name}` : label;
    case 'resolved':
      return report.answer ? `${label}. ${report.answer}` : label;
    case 'rejected':
      return report.rejectionReason ? `${label}: ${report.rejectionReason}` : label;
    case 'merged':
      return report.mergedInto ? `${label} ${report.mergedInto}` : label;
    default:
      return label;
  }
}

/**
 * A value GeoReport v2 may leave out: absent rather than "" (media_url must then be a URI, and XML readers
 * choke on empty elements), so both formats simply omit it.
 */
export const optional = <T>(value: T | null | undefined | ''): T | undefined => (value === null || value === '' ? undefined : value);

export const presentService = (row: CategoryRow) => {
  const category = presentCategory(row);
  return {
    service_code: category.code,
    service_name: category.name,
    description: optional(category.description),
    metadata: category.attributes.length > 0,
    type: 'realtime',
    keywords: optional(category.keywords),
    group: optional(category.group),
  };
};

export const presentServiceDefinition = (row: CategoryRow) => ({
  service_code: row.code,
  attributes: presentCategory(row).attributes.map((attribute) => ({
    variable: attribute.variable,
    code: attribute.code,
    datatype: attribute.datatype,
    required: attribute.required,
    datatype_description: optional(attribute.datatypeDescription),
    order: attribute.order,
    description: attribute.description,
    // Only list datatypes have values: an empty <values/> is left out like any empty field.
    values: attribute.values.length > 0 ? attribute.values.map((value) => ({ key: value.key, name: value.name })) : undefined,
  })),
});

export const serviceNotice = (slaDays: number, dueDate: string) => `Thời hạn xử lý ${slaDays} ngày làm việc, đến hết ngày ${formatVietnameseDate(dueDate)}.`;

export function presentRequest(report: PublicFieldReport, extra: { slaDays: number; mediaUrl: string | null; baseUrl: string }) {
  const photo = report.photos.find((candidate) => candidate.stage === 'before');
  return {
    service_request_id: report.code,
    status: open311Status(report.status),
    status_notes: statusNotes(report),
    service_name: report.category.name,
    service_code: report.category.code,
    description: optional(report.description),
    agency_responsible: optional(report.unit?.name),
    service_notice: serviceNotice(extra.slaDays, report.timing.dueDate),
    requested_datetime: w3c(report.receivedAt),
    updated_datetime: w3c(report.updatedAt),
    expected_datetime: expectedDatetime(report.timing.dueDate),
    address: optional(report.address),
    lat: optional(report.lat),
    long: optional(report.lng),
    media_url: photo ? `${extra.baseUrl}${photo.url}` : optional(extra.mediaUrl),
  };
}

/** Element names for the items of each XML list. */
export const xmlItems: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
};

export type Open311Body = XmlValue;
