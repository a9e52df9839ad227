// Ward geometry of a city: the wards with their centres and imported outlines, importing a
// boundary file (checked whole, stored in one transaction replacing the previous import), and
// going back to points.
import { grassrootsKinds } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import type { UnitRow } from '../../db/schema.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, type Localized } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { forgetFilingReference } from '../feedback/reference.js';
import type { WardLocationRow } from '../feedback/schema.js';
import { jurisdictionOf, listUnits } from '../units/service.js';
import { type BoundaryProblem, type MatchedBoundary, checkBoundaries, sanityBox } from './boundaries.js';
import { gisPolicy } from './policy.js';
import type { WardBoundaryImportRow, WardBoundaryRow } from './schema.js';

export interface CityWard {
  unit: UnitRow;
  location: WardLocationRow | undefined;
  boundary: WardBoundaryRow | undefined;
}

/** The city's wards and communes in the unit tree's order, with what is known of where they are. */
export async function listCityWards(db: Db, cityId: number): Promise<CityWard[]> {
  const units = await listUnits(db);
  const city = jurisdictionOf(units, cityId);
  const wards = units.filter((unit) => city.has(unit.id) && grassrootsKinds.includes(unit.kind));
  const ids = [...wards.map((ward) => ward.id), -1];
  const locations = new Map((await db.selectFrom('ward_locations').selectAll().where('unit_id', 'in', ids).execute()).map((row) => [row.unit_id, row]));
  const boundaries = new Map((await db.selectFrom('ward_boundaries').selectAll().where('unit_id', 'in', ids).execute()).map((row) => [row.unit_id, row]));
  return wards.map((unit) => ({ unit, location: locations.get(unit.id), boundary: boundaries.get(unit.id) }));
}

/** The import in force for the city, if its outlines are drawn. */
export const currentImport = (db: Db, cityId: number): Promise<WardBoundaryImportRow | undefined> =>
  db.selectFrom('ward_boundary_imports').selectAll().where('city_id', '=', cityId).where('ended_at', 'is', null).orderBy('id', 'desc').executeTakeFirst();

/** All problems of a file as one 400: the field names say where, the messages say what. */
function rejection(problems: BoundaryProblem[]): AppError {
  const fields: Record<string, Localized> = {};
  for (const { field, message } of problems) {
    const before = fields[field];
    fields[field] = before ? { vi: `${before.vi} ${message.vi}`, en: `${before.en} ${message.en}` } : message;
  }
  const count = problems.length;
  return new AppError('VALIDATION', {
    message: { vi: `Tệp ranh giới có ${count} lỗi, chưa lưu gì.`, en: `The boundary file has ${count} problem${count === 1 ? '' : 's'}; nothing was stored.` },
    fields,
  });
}

/** Reads an uploaded file's text as JSON, or says it is not JSON. */
export function parseBoundaryFile(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw rejection([{ field: 'file', message: { vi: 'Tệp không phải JSON hợp lệ (GeoJSON).', en: 'The file is not valid JSON (GeoJSON).' } }]);
  }
}

const endImport = (db: Db, cityId: number, now: Date) =>
  db.updateTable('ward_boundary_imports').set({ ended_at: now.toISOString() }).where('city_id', '=', cityId).where('ended_at', 'is', null).execute();

async function clearOutlines(db: Db, wardIds: number[]) {
  const ids = [...wardIds, -1];
  await db.deleteFrom('ward_boundaries').where('unit_id', 'in', ids).execute();
  await db.updateTable('ward_locations').set({ boundary: null }).where('unit_id', 'in', ids).execute();
}

/**
 * Replaces the city's ward outlines with those of a GeoJSON FeatureCollection, one feature per
 * ward. Any problem rejects the whole file and the previous outlines stay.
 */
export async function importBoundaries(
  db: Db,
  actor: Actor,
  cityId: number,
  file: { name: string; document: unknown },
  now: Date,
): Promise<{ record: WardBoundaryImportRow; boundaries: MatchedBoundary[] }> {
  gisPolicy.authorize(actor, 'importBoundaries', cityId);
  const wards = await listCityWards(db, cityId);
  const centres = wards.flatMap((ward) => (ward.location ? [ward.location] : []));
  const { boundaries, problems } = checkBoundaries(
    file.document,
    wards.map((ward) => ({ unitId: ward.unit.id, code: ward.unit.code, name: ward.unit.name })),
    sanityBox(centres),
  );
  if (problems.length > 0) throw rejection(problems);
  const at = now.toISOString();
  const record = await db.transaction().execute(async (trx) => {
    await endImport(trx, cityId, now);
    await clearOutlines(trx, wards.map((ward) => ward.unit.id));
    const row = await trx
      .insertInto('ward_boundary_imports')
      .values({ city_id: cityId, file_name: file.name, ward_count: boundaries.length, imported_by: actor.id, imported_at: at, ended_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    for (const ward of boundaries) {
      const boundary = JSON.stringify(ward.geometry);
      const [minLng, minLat, maxLng, maxLat] = ward.bbox;
      // A ward without a centre yet gets its box's middle, marked approximate; the outline decides anyway.
      await trx
        .insertInto('ward_locations')
        .values({ unit_id: ward.unitId, lat: (minLat + maxLat) / 2, lng: (minLng + maxLng) / 2, approximate: 1, boundary, source: file.name, updated_at: at })
        .onConflict((conflict) => conflict.column('unit_id').doUpdateSet({ boundary, updated_at: at }))
        .execute();
      await trx
        .insertInto('ward_boundaries')
        .values({ unit_id: ward.unitId, import_id: row.id, min_lng: minLng, min_lat: minLat, max_lng: maxLng, max_lat: maxLat, matched_by: ward.matchedBy })
        .execute();
    }
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: cityId, entity: 'ward_boundaries', entityId: row.id, action: 'import', changes: { wards: [null, boundaries.map((ward) => ward.code)] }, reason: file.name });
    return row;
  });
  // Field-report intake keeps the outlines in memory; the next filing reads the new ones.
  forgetFilingReference(db);
  return { record, boundaries };
}

/** Removes the city's outlines: the wards are drawn and found by their centres again. */
export async function removeBoundaries(db: Db, actor: Actor, cityId: number, now: Date): Promise<void> {
  gisPolicy.authorize(actor, 'importBoundaries', cityId);
  const wards = await listCityWards(db, cityId);
  const record = await currentImport(db, cityId);
  await db.transaction().execute(async (trx) => {
    await endImport(trx, cityId, now);
    await clearOutlines(trx, wards.map((ward) => ward.unit.id));
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: cityId, entity: 'ward_boundaries', entityId: record?.id ?? cityId, action: 'delete' });
  });
  forgetFilingReference(db);
}
