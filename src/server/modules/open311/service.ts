// Open311 requests on top of field reports: filing through the same rules as the web form, and
// the GET /requests search with the standard's filters and its default window.
import { type FieldReportStatus, listedFieldReportStatuses } from '../../../common/feedback.js';
import type { Db } from '../../db/index.js';
import { type Localized, invalidField, notFound } from '../../lib/errors.js';
import type { FieldReportRow } from '../feedback/schema.js';
import type { FieldReportIntake } from '../feedback/intake.js';
import { open311Status } from './presenter.js';

/** Open311 names for the fields our rules speak of, so an error names what the client sent. */
export const open311FieldNames: Record<string, string> = {
  categoryId: 'service_code',
  lat: 'lat',
  lng: 'long',
  wardId: 'address_id',
  address: 'address_string',
  description: 'description',
  name: 'first_name',
  phone: 'phone',
  email: 'email',
};

export const open311Field = (field: string) => {
  const attribute = /^attributes\.(.+)$/.exec(field);
  return attribute ? `attribute[${attribute[1]}]` : (open311FieldNames[field] ?? field);
};

export interface Open311Submission {
  service_code: string;
  lat?: number | undefined;
  long?: number | undefined;
  address_string?: string | undefined;
  address_id?: string | undefined;
  email?: string | undefined;
  device_id?: string | undefined;
  account_id?: string | undefined;
  first_name?: string | undefined;
  last_name?: string | undefined;
  phone?: string | undefined;
  description?: string | undefined;
  media_url?: string | undefined;
}

const required = (field: string, message: Localized) => invalidField(field, message);

/** Files through the same intake as the web form; the service code names a category of `cityId`. */
export async function submitRequest(
  intake: FieldReportIntake,
  cityId: number,
  input: Open311Submission,
  attributes: Record<string, string | string[]>,
  context: { apiKeyId: number; now: Date },
): Promise<FieldReportRow> {
  const category = (await intake.reference()).categoryByCode(cityId, input.service_code);
  if (!category || category.active !== 1) throw notFound({ vi: `dịch vụ ${input.service_code}`, en: `Service ${input.service_code}` });
  if ((input.lat === undefined) !== (input.long === undefined)) {
    throw required(input.lat === undefined ? 'lat' : 'long', { vi: 'Cần cả lat và long.', en: 'Both lat and long are needed.' });
  }
  if (input.lat === undefined && !input.address_string && !input.address_id) {
    throw required('lat', { vi: 'Cần vị trí: lat và long, address_string hoặc address_id.', en: 'A location is required: lat and long, address_string or address_id.' });
  }
  const name = [input.first_name, input.last_name].filter(Boolean).join(' ');
  return intake.file(
    {
      categoryId: category.id,
      description: input.description ?? null,
      address: input.address_string,
      addressId: input.address_id,
      lat: input.lat,
      lng: input.long,
      anonymous: false,
      name: name || null,
      phone: input.phone,
      email: input.email,
      deviceId: input.device_id,
      accountId: input.account_id,
      mediaUrl: input.media_url,
      attributes,
    },
    [],
    { now: context.now, source: 'open311', addressIsEnough: true, apiKeyId: context.apiKeyId },
  );
}

export interface RequestSearch {
  serviceRequestIds?: string[] | undefined;
  serviceCodes?: string[] | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  statuses?: ('open' | 'closed')[] | undefined;
}

/** The standard's default: the last 90 days, at most 1000 results, whichever is smaller. */
export const MAX_WINDOW_DAYS = 90;
export const MAX_RESULTS = 1000;

export async function searchRequests(db: Db, cityId: number, search: RequestSearch, now: Date): Promise<FieldReportRow[]> {
  let query = db.selectFrom('field_reports').selectAll().where('city_id', '=', cityId);
  if (search.serviceRequestIds) {
    // Named requests are answered whatever their status, as GET requests/{id} would be.
    return query.where('code', 'in', search.serviceRequestIds.map((id) => id.toUpperCase())).orderBy('created_at', 'desc').limit(MAX_RESULTS).execute();
  }
  const end = search.end ?? now;
  const start = search.start ?? new Date(end.getTime() - MAX_WINDOW_DAYS * 86_400_000);
  if (end < start) throw invalidField('end_date', { vi: 'end_date trước start_date.', en: 'end_date is before start_date.' });
  if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
    throw invalidField('start_date', { vi: `Khoảng thời gian tối đa ${MAX_WINDOW_DAYS} ngày.`, en: `The range may not span more than ${MAX_WINDOW_DAYS} days.` });
  }
  let statuses: FieldReportStatus[] = [...listedFieldReportStatuses];
  if (search.statuses) statuses = statuses.filter((status) => search.statuses?.includes(open311Status(status)));
  query = query.where('status', 'in', statuses).where('created_at', '>=', start.toISOString()).where('created_at', '<=', end.toISOString());
  if (search.serviceCodes) {
    const categories = await db.selectFrom('field_report_categories').select('id').where('city_id', '=', cityId).where('code', 'in', search.serviceCodes).execute();
    query = query.where('category_id', 'in', [...categories.map((category) => category.id), -1]);
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(MAX_RESULTS).execute();
}

export async function findByToken(db: Db, cityId: number, token: string): Promise<FieldReportRow> {
  const row = await db.selectFrom('field_reports').selectAll().where('city_id', '=', cityId).where('token', '=', token).executeTakeFirst();
  if (!row) throw notFound({ vi: 'token', en: 'Token' });
  return row;
}
