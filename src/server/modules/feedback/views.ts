// Reading field reports: the public list and map, tracking by code, the duplicate hint, and the
// officers' lists scoped by one helper (the city for the coordinator and leaders, else the unit).
import type { z } from 'zod';
import { type StaffFilter, isOpenFieldReport, listedFieldReportStatuses, openFieldReportStatuses, type publicFilterSchema } from '../../../common/feedback.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import { countAll } from '../../db/dialect.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadWorkCalendar } from '../../lib/working-days.js';
import { listUnits } from '../units/service.js';
import { type Point, boundingBox, distanceM } from './location.js';
import { fieldReportDeskPolicy, fieldReportPolicy, reportScope, reportResource } from './policy.js';
import {
  type ReportContext,
  beforeDeadline,
  presentPublicEvent,
  presentPublicReport,
  presentStaffEvent,
  presentStaffReport,
} from './presenter.js';
import type { FieldReportRow } from './schema.js';
import { findByCode, findById, getCategory } from './service.js';

const byReport = <T extends { report_id: number }>(rows: T[]) => {
  const map = new Map<number, T[]>();
  for (const row of rows) map.set(row.report_id, [...(map.get(row.report_id) ?? []), row]);
  return map;
};

const eventsOf = (db: Db, reportId: number) => db.selectFrom('field_report_events').selectAll().where('report_id', '=', reportId).orderBy('at').orderBy('id').execute();

/** Units, categories, photos, +1 counts and merge targets for a set of reports, in a few queries. */
export async function loadContext(db: Db, rows: FieldReportRow[], now: Date): Promise<ReportContext> {
  const ids = [...rows.map((row) => row.id), -1];
  const mergedInto = [...rows.map((row) => row.merged_into_id).filter((id): id is number => id !== null), -1];
  // One after the other: a request holds one pooled connection, not seven.
  const units = await listUnits(db);
  const categories = await db.selectFrom('field_report_categories').selectAll().execute();
  const photos = await db.selectFrom('field_report_photos').selectAll().where('report_id', 'in', ids).orderBy('id').execute();
  const supporters = await db.selectFrom('field_report_supporters').select(['report_id', countAll().as('count')]).where('report_id', 'in', ids).groupBy('report_id').execute();
  const merged = await db.selectFrom('field_reports').select(['merged_into_id', countAll().as('count')]).where('merged_into_id', 'in', ids).groupBy('merged_into_id').execute();
  const codes = await db.selectFrom('field_reports').select(['id', 'code']).where('id', 'in', mergedInto).execute();
  const calendar = await loadWorkCalendar(db);
  const counts = new Map<number, number>();
  for (const row of supporters) counts.set(row.report_id, row.count);
  // A duplicate merged in is one more person asking.
  for (const row of merged) if (row.merged_into_id !== null) counts.set(row.merged_into_id, (counts.get(row.merged_into_id) ?? 0) + row.count);
  return {
    now,
    today: vietnamDate(now),
    calendar,
    units: new Map(units.map((unit) => [unit.id, unit])),
    categories: new Map(categories.map((category) => [category.id, category])),
    photos: byReport(photos),
    supporters: counts,
    codes: new Map(codes.map((row) => [row.id, row.code])),
    people: new Map(),
  };
}

export async function listPublic(db: Db, filter: z.infer<typeof publicFilterSchema>, now: Date) {
  let query = db.selectFrom('field_reports').selectAll();
  query = query.where('status', 'in', [...listedFieldReportStatuses]);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.category) query = query.where('category_id', '=', filter.category);
  if (filter.ward) query = query.where('ward_id', '=', filter.ward);
  if (filter.bbox) {
    const [minLng, minLat, maxLng, maxLat] = filter.bbox.split(',').map(Number) as [number, number, number, number];
    query = query.where('lat', '>=', minLat).where('lat', '<=', maxLat).where('lng', '>=', minLng).where('lng', '<=', maxLng);
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  const ctx = await loadContext(db, rows, now);
  return rows.map((row) => presentPublicReport(row, ctx));
}

/** What the citizen sees with the tracking code: any status, with the public history. */
export async function trackReport(db: Db, code: string, now: Date) {
  const row = await findByCode(db, code);
  const ctx = await loadContext(db, [row], now);
  const events = await eventsOf(db, row.id);
  return { ...presentPublicReport(row, ctx), history: events.map((event) => presentPublicEvent(event, ctx.units)) };
}

/** Likely duplicates while filing: open, listed reports of the category near the point, recent enough. */
export async function nearbyReports(db: Db, query: { categoryId: number; lat: number; lng: number }, now: Date) {
  const category = await getCategory(db, query.categoryId);
  if (!category) throw notFound({ vi: 'lĩnh vực', en: 'Category' });
  const point: Point = { lat: query.lat, lng: query.lng };
  const box = boundingBox(point, category.duplicate_radius_m);
  const since = new Date(now.getTime() - category.duplicate_days * 86_400_000).toISOString();
  const rows = await db
    .selectFrom('field_reports')
    .selectAll()
    .where('category_id', '=', category.id)
    .where('status', 'in', listedFieldReportStatuses.filter((status) => isOpenFieldReport(status)))
    .where('created_at', '>=', since)
    .where('lat', '>=', box.minLat)
    .where('lat', '<=', box.maxLat)
    .where('lng', '>=', box.minLng)
    .where('lng', '<=', box.maxLng)
    .execute();
  const near = rows
    .map((row) => ({ row, distance: distanceM(point, { lat: row.lat ?? 0, lng: row.lng ?? 0 }) }))
    .filter((candidate) => candidate.distance <= category.duplicate_radius_m)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 10);
  const ctx = await loadContext(db, near.map((candidate) => candidate.row), now);
  return near.map(({ row, distance }) => ({ ...presentPublicReport(row, ctx), distanceM: Math.round(distance) }));
}

export async function listForStaff(db: Db, actor: Actor, filter: StaffFilter, now: Date) {
  fieldReportDeskPolicy.authorize(actor, 'open', 'desk');
  const scope = reportScope(actor);
  let query = db.selectFrom('field_reports').selectAll();
  query = scope.kind === 'cities' ? query.where('city_id', 'in', [...scope.cityIds, -1]) : query.where('unit_id', '=', scope.unitId);
  if (filter.queue === 'triage') query = query.where('status', '=', 'received');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.unit) query = query.where('unit_id', '=', filter.unit);
  if (filter.category) query = query.where('category_id', '=', filter.category);
  if (filter.ward) query = query.where('ward_id', '=', filter.ward);
  const today = vietnamDate(now);
  if (filter.overdue === 'true') query = query.where('status', 'in', [...openFieldReportStatuses]).where('due_date', '<', today);
  if (filter.overdue === 'false') query = query.where((eb) => eb.or([eb('status', 'not in', [...openFieldReportStatuses]), eb('due_date', '>=', today)]));
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) => eb.or([eb('code', '=', q.toUpperCase()), eb(eb.fn('lower', ['description']), 'like', `%${q.toLowerCase()}%`), eb(eb.fn('lower', ['address']), 'like', `%${q.toLowerCase()}%`)]));
  }
  const rows = await query.orderBy('due_date').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
  const ctx = await loadContext(db, rows, now);
  return rows.map((row) => presentStaffReport(row, ctx, actor));
}

/** The full record for those who may read it: 403 for an officer of another unit. */
export async function staffDetail(db: Db, actor: Actor, id: number, now: Date) {
  const row = await findById(db, id);
  fieldReportPolicy.authorize(actor, 'read', reportResource(row, beforeDeadline(row, now)));
  const ctx = await loadContext(db, [row], now);
  const events = await eventsOf(db, row.id);
  const actorIds = [...new Set(events.map((event) => event.actor_id).filter((value): value is number => value !== null)), -1];
  const people = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', actorIds).execute();
  const withPeople = { ...ctx, people: new Map(people.map((person) => [person.id, person.full_name])) };
  return { ...presentStaffReport(row, withPeople, actor), history: events.map((event) => presentStaffEvent(event, withPeople)) };
}

/** A photo: anyone holding the code, unless the report was rejected (then only its readers). */
export async function findPhoto(db: Db, actor: Actor | null, code: string, photoId: number, now: Date) {
  const row = await findByCode(db, code);
  const photo = await db.selectFrom('field_report_photos').selectAll().where('id', '=', photoId).where('report_id', '=', row.id).executeTakeFirst();
  if (!photo) throw notFound({ vi: 'ảnh', en: 'Photo' });
  const reader = actor !== null && fieldReportPolicy.allow(actor, 'read', reportResource(row, beforeDeadline(row, now)));
  if (row.status === 'rejected' && !reader) throw new AppError('NOT_FOUND');
  return photo;
}
