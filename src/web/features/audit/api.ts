import type { AuditFilter, AuditOptions, AuditPage } from '../../../common/audit.js';
import { api } from '../../app/api.js';
import { filterQuery } from '../tasks/api.js';

const text = (value: string | null) => value?.trim() || undefined;

/** The filters written in a page's address, ignoring what is not valid. */
export function auditFilterFromParams(params: URLSearchParams): AuditFilter {
  const unitId = Number(params.get('unitId'));
  const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  return {
    user: text(params.get('user')),
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    entity: text(params.get('entity')),
    action: text(params.get('action')),
    from: day(params.get('from')),
    to: day(params.get('to')),
    q: text(params.get('q')),
  };
}

export { type AuditFilter, filterQuery as auditQuery };

export const fetchAuditPage = (filter: AuditFilter, cursor: string | undefined) => api.get<AuditPage>(`/audit${filterQuery({ ...filter, cursor })}`);
export const fetchAuditOptions = () => api.get<AuditOptions>('/audit/options');
/** The CSV of the same filter; the server records the download. */
export const auditCsvUrl = (filter: AuditFilter) => `/api/audit.csv${filterQuery(filter)}`;
