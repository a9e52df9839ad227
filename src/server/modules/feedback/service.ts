// Filing a field report, from the web form or Open311: the category and place are checked, the
// ward found, the deadline set in working days, the report routed by the rules (prepareFiling,
// over the reference data in hand); then the report, its photos, its first events and notices are
// written in one transaction (writeFilings, several filings at once under load, see intake.ts)
// that is committed before the tracking code is given, so an acknowledged report survives a crash.
import { randomBytes } from 'node:crypto';
import { type CategoryAttribute, type FieldReportAction, type FieldReportStatus, isOpenFieldReport } from '../../../common/feedback.js';
import type { Db } from '../../db/index.js';
import { insertRows } from '../../db/insert-rows.js';
import { invalidField, notFound } from '../../lib/errors.js';
import { sendNotices } from '../notifications/service.js';
import { jurisdictionOf, listUnits } from '../units/service.js';
import { detectWard, routeReport } from './location.js';
import type { SavedPhoto } from './photos.js';
import { type CityReference, type FilingReference, loadFilingReference } from './reference.js';
import type { CategoryRow, FieldReportRow, WardSource } from './schema.js';

export interface FilingInput {
  categoryId: number;
  description: string | null;
  address?: string | null | undefined;
  addressId?: string | null | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  wardId?: number | undefined;
  anonymous: boolean;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  deviceId?: string | null | undefined;
  accountId?: string | null | undefined;
  mediaUrl?: string | null | undefined;
  attributes?: Record<string, string | string[]> | undefined;
}

export interface FilingContext {
  now: Date;
  source: 'web' | 'open311';
  /** Open311 accepts a bare address; the web form needs a point or a ward. */
  addressIsEnough?: boolean;
  apiKeyId?: number | null;
  actorId?: number | null;
  demo?: boolean;
  /** A fixed tracking code, for deterministic demo data only. */
  code?: string;
}

export const parseAttributeDefinitions = (category: Pick<CategoryRow, 'attributes'>) => JSON.parse(category.attributes) as CategoryAttribute[];

export async function getCategory(db: Db, id: number): Promise<CategoryRow | undefined> {
  return db.selectFrom('field_report_categories').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The category's extra fields, checked against its definition: required, list keys, numbers, dates. */
export function checkAttributes(definitions: CategoryAttribute[], values: Record<string, string | string[]>): Record<string, string | string[]> {
  const checked: Record<string, string | string[]> = {};
  const known = new Map(definitions.filter((definition) => definition.variable).map((definition) => [definition.code, definition]));
  for (const code of Object.keys(values)) {
    if (!known.has(code)) throw invalidField(`attributes.${code}`, { vi: 'Trường không có trong lĩnh vực này.', en: 'No such field for this category.' });
  }
  for (const definition of known.values()) {
    const field = `attributes.${definition.code}`;
    const raw = values[definition.code];
    const empty = raw === undefined || (Array.isArray(raw) ? raw.length === 0 : raw.trim() === '');
    if (empty) {
      if (definition.required) throw invalidField(field, { vi: `Cần cho biết: ${definition.description}.`, en: `Required: ${definition.description}.` });
      continue;
    }
    const list = Array.isArray(raw) ? raw : [raw];
    const keys = new Set(definition.values.map((value) => value.key));
    const wrong = (vi: string, en: string) => invalidField(field, { vi, en });
    switch (definition.datatype) {
      case 'singlevaluelist':
        if (list.length !== 1 || !keys.has(list[0] ?? '')) throw wrong('Chọn một giá trị trong danh sách.', 'Choose one value from the list.');
        checked[definition.code] = list[0] ?? '';
        break;
      case 'multivaluelist':
        if (list.some((value) => !keys.has(value))) throw wrong('Giá trị không có trong danh sách.', 'A value is not in the list.');
        checked[definition.code] = [...new Set(list)];
        break;
      case 'number':
        if (list.length !== 1 || !Number.isFinite(Number(list[0]))) throw wrong('Cần một số.', 'A number is required.');
        checked[definition.code] = String(Number(list[0]));
        break;
      case 'datetime':
        if (list.length !== 1 || Number.isNaN(Date.parse(list[0] ?? ''))) throw wrong('Cần ngày giờ dạng ISO 8601.', 'An ISO 8601 date-time is required.');
        checked[definition.code] = list[0] ?? '';
        break;
      default:
        if (list.length !== 1 || (list[0] ?? '').length > (definition.datatype === 'text' ? 1000 : 200)) throw wrong('Nội dung quá dài.', 'Too long.');
        checked[definition.code] = (list[0] ?? '').trim();
    }
  }
  return checked;
}

// Crockford's base 32: no I, L, O or U to misread over the phone.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// Random bytes drawn 4 KiB at a time: under load, one system call per filing costs more than the bytes.
let randomPool = Buffer.alloc(0);
let randomOffset = 0;
function freshRandomBytes(count: number): Buffer {
  if (randomOffset + count > randomPool.length) {
    randomPool = randomBytes(4096);
    randomOffset = 0;
  }
  randomOffset += count;
  return randomPool.subarray(randomOffset - count, randomOffset);
}

/** "PA24-7KMQ2X": the year, then 6 random characters (a billion codes a year, not guessable in sequence). */
export const newTrackingCode = (now: Date) =>
  // 32 divides 256: the low 5 bits of a random byte pick a character without bias.
  `PA${String(now.getUTCFullYear()).slice(2)}-${Array.from(freshRandomBytes(6), (byte) => CODE_ALPHABET[byte & 31]).join('')}`;

interface Place {
  wardId: number | null;
  wardSource: WardSource | null;
}

function locate(city: CityReference, input: FilingInput, addressIsEnough: boolean): Place {
  const hasLat = input.lat !== undefined;
  if (hasLat !== (input.lng !== undefined)) throw invalidField(hasLat ? 'lng' : 'lat', { vi: 'Cần cả vĩ độ và kinh độ.', en: 'Both latitude and longitude are needed.' });
  if (input.wardId !== undefined) {
    if (!city.wardIds.has(input.wardId)) throw invalidField('wardId', { vi: 'Phường, xã không thuộc thành phố.', en: 'No such ward in the city.' });
    return { wardId: input.wardId, wardSource: 'chosen' };
  }
  if (input.lat !== undefined && input.lng !== undefined) {
    const found = detectWard(city.wardLocations, { lat: input.lat, lng: input.lng });
    if (!found) throw invalidField('lat', { vi: 'Vị trí nằm ngoài địa bàn thành phố.', en: 'The place is outside the city.' });
    return { wardId: found.wardId, wardSource: found.source };
  }
  if (addressIsEnough && (input.address || input.addressId)) return { wardId: null, wardSource: null };
  throw invalidField('lat', { vi: 'Cần chọn vị trí trên bản đồ hoặc chọn phường, xã.', en: 'Pick the place on the map or choose the ward.' });
}

export interface EventInput {
  action: FieldReportAction;
  status: FieldReportStatus;
  unitId?: number | null;
  actorId?: number | null;
  publicNote?: string | null;
  internalNote?: string | null;
}

const eventRow = (reportId: number, at: Date, event: EventInput) => ({
  report_id: reportId,
  at: at.toISOString(),
  action: event.action,
  status: event.status,
  unit_id: event.unitId ?? null,
  actor_id: event.actorId ?? null,
  public_note: event.publicNote ?? null,
  internal_note: event.internalNote ?? null,
});

export async function addEvent(db: Db, reportId: number, at: Date, event: EventInput): Promise<void> {
  await db.insertInto('field_report_events').values(eventRow(reportId, at, event)).execute();
}

const photoRows = (reportId: number, stage: 'before' | 'after', photos: SavedPhoto[], uploadedBy: number | null, now: Date) =>
  photos.map((photo) => ({
    report_id: reportId,
    stage,
    sha256: photo.sha256,
    media_type: photo.mediaType,
    size: photo.size,
    width: photo.width,
    height: photo.height,
    uploaded_by: uploadedBy,
    created_at: now.toISOString(),
  }));

export async function addPhotos(db: Db, reportId: number, stage: 'before' | 'after', photos: SavedPhoto[], uploadedBy: number | null, now: Date): Promise<void> {
  if (photos.length === 0) return;
  await db.insertInto('field_report_photos').values(photoRows(reportId, stage, photos, uploadedBy, now)).execute();
}

/** The people of these units who work reports (not viewers, not disabled). */
const reportWorkers = (db: Db, unitIds: number[]) =>
  db.selectFrom('users').select(['id', 'unit_id']).where('unit_id', 'in', unitIds).where('disabled', '=', 0).where('role', '!=', 'viewer').execute();
const coordinators = (db: Db) => db.selectFrom('users').select(['id', 'unit_id']).where('role', '=', 'coordinator').where('disabled', '=', 0).execute();
const reportNotice = (userId: number, report: Pick<FieldReportRow, 'id'>, title: string) => ({ userId, kind: 'field_report', title, link: `/field-reports/${report.id}`, entity: 'field_report', entityId: report.id });

/** In-app notice to the people of a unit who work reports. */
export async function notifyUnit(db: Db, unitId: number, report: Pick<FieldReportRow, 'id' | 'code'>, title: string, now: Date): Promise<void> {
  const people = await reportWorkers(db, [unitId]);
  await sendNotices(db, people.map((person) => reportNotice(person.id, report, title)), now);
}

/** In-app notice to the city's coordinators: a report waits in their queue. */
export async function notifyCoordinators(db: Db, cityId: number, report: Pick<FieldReportRow, 'id' | 'code'>, title: string, now: Date): Promise<void> {
  const city = jurisdictionOf(await listUnits(db), cityId);
  const people = await coordinators(db);
  await sendNotices(db, people.filter((person) => city.has(person.unit_id)).map((person) => reportNotice(person.id, report, title)), now);
}

const orNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

/** A filing checked, placed and routed: the rows to write, short of their ids. */
export interface PreparedFiling {
  /** Every column but the id, as it will be stored. */
  report: Omit<FieldReportRow, 'id'>;
  photos: SavedPhoto[];
  actorId: number | null;
  now: Date;
  /** Who is told: the handling unit's people, else the coordinators within the city; no one for demo data. */
  notice: { title: string; unitId: number | null; city: ReadonlySet<number> } | null;
}

/** Every check of a filing, before anything is written: a bad one throws its 4xx here, alone. */
export function prepareFiling(reference: FilingReference, input: FilingInput, photos: SavedPhoto[], ctx: FilingContext): PreparedFiling {
  const category = reference.category(input.categoryId);
  if (!category || category.active !== 1) throw invalidField('categoryId', { vi: 'Lĩnh vực không tồn tại.', en: 'No such category.' });
  const city = reference.city(category.city_id);
  const place = locate(city, input, ctx.addressIsEnough ?? false);
  const attributes = checkAttributes(parseAttributeDefinitions(category), input.attributes ?? {});
  const unitId = routeReport(city.rules, category.id, place.wardId);
  const dueDate = reference.dueDate(ctx.now, category.sla_days);
  const status: FieldReportStatus = unitId === null ? 'received' : 'assigned';
  const stamp = ctx.now.toISOString();
  const code = ctx.code ?? newTrackingCode(ctx.now);
  // Anonymous: the contact is not kept at all, so no one can read it later.
  const contact = (value: string | null | undefined) => (input.anonymous ? null : orNull(value));
  return {
    report: {
      city_id: category.city_id,
      code,
      token: freshRandomBytes(12).toString('hex'),
      category_id: category.id,
      description: orNull(input.description),
      address: orNull(input.address),
      address_id: orNull(input.addressId),
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      ward_id: place.wardId,
      ward_source: place.wardSource,
      unit_id: unitId,
      status,
      attributes: JSON.stringify(attributes),
      media_url: orNull(input.mediaUrl),
      anonymous: Number(input.anonymous),
      reporter_name: contact(input.name),
      reporter_phone: contact(input.phone),
      reporter_email: contact(input.email),
      device_id: orNull(input.deviceId),
      account_id: orNull(input.accountId),
      source: ctx.source,
      api_key_id: ctx.apiKeyId ?? null,
      sla_days: category.sla_days,
      due_date: dueDate,
      baseline_due_date: dueDate,
      extended_at: null,
      extended_by: null,
      extension_days: null,
      extension_reason: null,
      verified_at: null,
      verified_by: null,
      accepted_at: null,
      closed_at: null,
      answer: null,
      rejection_reason: null,
      merged_into_id: null,
      demo: Number(ctx.demo ?? false),
      created_at: stamp,
      updated_at: stamp,
    },
    photos,
    actorId: ctx.actorId ?? null,
    now: ctx.now,
    notice: ctx.demo
      ? null
      : { title: unitId === null ? `Phản ánh ${code} chờ phân loại` : `Phản ánh mới ${code}: ${category.name}`, unitId, city: city.jurisdiction },
  };
}

/** Notices of new reports, one query per kind of recipient for the whole batch. */
async function notifyFiled(db: Db, filings: PreparedFiling[], rows: FieldReportRow[]): Promise<void> {
  const notices = filings.flatMap((filing, index) => (filing.notice && rows[index] ? [{ ...filing.notice, report: rows[index], now: filing.now }] : []));
  if (notices.length === 0) return;
  const unitIds = [...new Set(notices.flatMap((notice) => (notice.unitId === null ? [] : [notice.unitId])))];
  const workers = unitIds.length > 0 ? await reportWorkers(db, unitIds) : [];
  const triagers = notices.some((notice) => notice.unitId === null) ? await coordinators(db) : [];
  const inputs = notices.flatMap((notice) =>
    (notice.unitId === null ? triagers.filter((person) => notice.city.has(person.unit_id)) : workers.filter((person) => person.unit_id === notice.unitId)).map((person) =>
      reportNotice(person.id, notice.report, notice.title),
    ),
  );
  const latest = notices.reduce((last, notice) => (notice.now > last ? notice.now : last), notices[0]?.now ?? new Date(0));
  await sendNotices(db, inputs, latest);
}

/** Writes prepared filings in one transaction: reports, first events, photos, notices. Rows in the filings' order. */
export async function writeFilings(db: Db, filings: PreparedFiling[]): Promise<FieldReportRow[]> {
  return db.transaction().execute(async (trx) => {
    // Only the ids come back: every other column is what was prepared (returning all 42 columns of
    // a batch cost a fifth of the insert on SQLite).
    const inserted = await insertRows(trx, 'field_reports', filings.map((filing) => filing.report), ['id', 'code']);
    // RETURNING promises no order: match by the (unique) tracking code.
    const idByCode = new Map(inserted.map((row) => [row.code, row.id]));
    const rows = filings.map(({ report }): FieldReportRow => {
      const id = idByCode.get(report.code);
      if (id === undefined) throw new Error(`field report ${report.code} was not written`);
      return { ...report, id };
    });
    const events = rows.flatMap((row, index) => {
      const filing = filings[index] as PreparedFiling;
      const filed = eventRow(row.id, filing.now, { action: 'filed', status: 'received', actorId: filing.actorId });
      return row.unit_id === null ? [filed] : [filed, eventRow(row.id, filing.now, { action: 'routed', status: row.status, unitId: row.unit_id })];
    });
    await insertRows(trx, 'field_report_events', events);
    const photos = rows.flatMap((row, index) => {
      const filing = filings[index] as PreparedFiling;
      return photoRows(row.id, 'before', filing.photos, filing.actorId, filing.now);
    });
    await insertRows(trx, 'field_report_photos', photos);
    await notifyFiled(trx, filings, rows);
    return rows;
  });
}

/** One filing, reading the reference data afresh (demo data, scripts); the routes go through intake.ts. */
export async function fileReport(db: Db, input: FilingInput, photos: SavedPhoto[], ctx: FilingContext): Promise<FieldReportRow> {
  const [row] = await writeFilings(db, [prepareFiling(await loadFilingReference(db), input, photos, ctx)]);
  if (!row) throw new Error('field report not written');
  return row;
}

export async function findByCode(db: Db, code: string): Promise<FieldReportRow> {
  const row = await db.selectFrom('field_reports').selectAll().where('code', '=', code.trim().toUpperCase()).executeTakeFirst();
  if (!row) throw notFound({ vi: 'phản ánh', en: 'Field report' });
  return row;
}

export async function findById(db: Db, id: number): Promise<FieldReportRow> {
  const row = await db.selectFrom('field_reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound({ vi: 'phản ánh', en: 'Field report' });
  return row;
}

/** "+1": a citizen joins an open report instead of filing it again; the contact stays private. */
export async function supportReport(db: Db, code: string, contact: { name?: string | undefined; phone?: string | undefined; email?: string | undefined }, now: Date): Promise<FieldReportRow> {
  const report = await findByCode(db, code);
  if (!isOpenFieldReport(report.status)) throw invalidField('code', { vi: 'Phản ánh này đã đóng.', en: 'This report is closed.' });
  // Counted, not added to the history: a popular report's timeline stays readable.
  await db
    .insertInto('field_report_supporters')
    .values({ report_id: report.id, name: orNull(contact.name), phone: orNull(contact.phone), email: orNull(contact.email), created_at: now.toISOString() })
    .execute();
  return report;
}
