// The data behind field reports that people edit: categories and their deadlines (the
// coordinator), routing rules and ward centres (outlines are imported by the gis module). The
// holiday calendar deadlines count on is the holidays module's. Every change is in the audit trail.
import type { CategoryInput, CategoryPatch, RoutingRuleInput } from '../../../common/feedback.js';
import { grassrootsKinds } from '../../../common/units.js';
import type { Db } from '../../db/index.js';
import type { UnitRow } from '../../db/schema.js';
import { diff, recordAudit } from '../../lib/audit.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { jurisdictionOf, listUnits } from '../units/service.js';
import { feedbackSetupPolicy } from './policy.js';
import { presentCategory } from './presenter.js';
import type { CategoryRow } from './schema.js';

/** The city a public page or Open311 serves: the one named by code, else the first city with categories. */
export async function publicCity(db: Db, code?: string): Promise<UnitRow> {
  const withCategories = new Set((await db.selectFrom('field_report_categories').select('city_id').distinct().execute()).map((row) => row.city_id));
  return choosePublicCity(await listUnits(db), withCategories, code);
}

export function choosePublicCity(units: UnitRow[], cityIdsWithCategories: ReadonlySet<number>, code?: string): UnitRow {
  const cities = units.filter((unit) => unit.kind === 'city');
  const city = code === undefined ? cities.find((unit) => cityIdsWithCategories.has(unit.id)) : cities.find((unit) => unit.code === code);
  if (!city) throw notFound({ vi: 'thành phố', en: 'City' });
  return city;
}

export const listCategories = (db: Db, cityId: number, activeOnly: boolean) => {
  let query = db.selectFrom('field_report_categories').selectAll().where('city_id', '=', cityId);
  if (activeOnly) query = query.where('active', '=', 1);
  return query.orderBy('sort_order').orderBy('id').execute();
};

/** The columns of a whole category; an update merges its patch into the current category first. */
const categoryColumns = (input: CategoryInput) => ({
  code: input.code,
  name: input.name,
  description: input.description,
  group_name: input.group,
  keywords: input.keywords,
  sla_days: input.slaDays,
  duplicate_radius_m: input.duplicateRadiusM,
  duplicate_days: input.duplicateDays,
  attributes: JSON.stringify(input.attributes),
  active: Number(input.active),
  sort_order: input.sortOrder,
});

function checkAttributeCodes(input: CategoryPatch): void {
  const codes = (input.attributes ?? []).map((attribute) => attribute.code);
  if (new Set(codes).size !== codes.length) throw invalidField('attributes', { vi: 'Mã trường bị trùng.', en: 'Duplicate field code.' });
  const lists = (input.attributes ?? []).filter((attribute) => attribute.datatype.endsWith('valuelist'));
  if (lists.some((attribute) => attribute.values.length === 0)) throw invalidField('attributes', { vi: 'Trường dạng danh sách cần có giá trị.', en: 'A list field needs values.' });
}

async function codeTaken(db: Db, cityId: number, code: string, exceptId: number): Promise<boolean> {
  const row = await db.selectFrom('field_report_categories').select('id').where('city_id', '=', cityId).where('code', '=', code).where('id', '!=', exceptId).executeTakeFirst();
  return row !== undefined;
}

const takenCode = () => invalidField('code', { vi: 'Mã lĩnh vực đã có.', en: 'The code is taken.' });

export async function createCategory(db: Db, actor: Actor, cityId: number, input: CategoryInput, now: Date): Promise<CategoryRow> {
  feedbackSetupPolicy.authorize(actor, 'configure', cityId);
  checkAttributeCodes(input);
  if (await codeTaken(db, cityId, input.code, -1)) throw takenCode();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('field_report_categories')
      .values({ ...categoryColumns(input), city_id: cityId, created_at: now.toISOString(), updated_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: cityId, entity: 'field_report_category', entityId: row.id, action: 'create', changes: { code: [null, row.code], sla_days: [null, row.sla_days] } });
    return row;
  });
}

/** A changed deadline applies to reports filed from now on; those already filed keep theirs. */
export async function updateCategory(db: Db, actor: Actor, id: number, patch: CategoryPatch, now: Date): Promise<CategoryRow> {
  const before = await db.selectFrom('field_report_categories').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound({ vi: 'lĩnh vực', en: 'Category' });
  feedbackSetupPolicy.authorize(actor, 'configure', before.city_id);
  checkAttributeCodes(patch);
  if (patch.code !== undefined && (await codeTaken(db, before.city_id, patch.code, id))) throw takenCode();
  const changes = diff(before, categoryColumns({ ...presentCategory(before), ...patch }));
  if (Object.keys(changes).length === 0) return before;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('field_report_categories')
      .set({ ...Object.fromEntries(Object.entries(changes).map(([key, [, after]]) => [key, after])), updated_at: now.toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: before.city_id, entity: 'field_report_category', entityId: id, action: 'update', changes });
    return row;
  });
}

export const listRules = (db: Db, cityId: number) => db.selectFrom('field_report_routing_rules').selectAll().where('city_id', '=', cityId).orderBy('id').execute();

export async function createRule(db: Db, actor: Actor, cityId: number, input: RoutingRuleInput, now: Date) {
  feedbackSetupPolicy.authorize(actor, 'configure', cityId);
  const units = await listUnits(db);
  const city = jurisdictionOf(units, cityId);
  const unitOf = (id: number) => units.find((unit) => unit.id === id && city.has(unit.id));
  if (input.categoryId !== null) {
    const category = await db.selectFrom('field_report_categories').select('city_id').where('id', '=', input.categoryId).executeTakeFirst();
    if (category?.city_id !== cityId) throw invalidField('categoryId', { vi: 'Lĩnh vực không thuộc thành phố.', en: 'No such category in the city.' });
  }
  if (input.wardId !== null && !grassrootsKinds.includes(unitOf(input.wardId)?.kind ?? 'city')) {
    throw invalidField('wardId', { vi: 'Phường, xã không thuộc thành phố.', en: 'No such ward in the city.' });
  }
  const target = input.unitId === null ? undefined : unitOf(input.unitId);
  if (input.unitId !== null && (!target || target.kind === 'city' || target.kind === 'province')) {
    throw invalidField('unitId', { vi: 'Đơn vị không thuộc thành phố.', en: 'No such unit in the city.' });
  }
  const same = (await listRules(db, cityId)).find((rule) => rule.category_id === input.categoryId && rule.ward_id === input.wardId);
  if (same) throw invalidField('categoryId', { vi: 'Đã có quy tắc cho lĩnh vực và phường này.', en: 'A rule for this category and ward exists.' });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('field_report_routing_rules')
      .values({ city_id: cityId, category_id: input.categoryId, ward_id: input.wardId, unit_id: input.unitId, note: input.note, created_by: actor.id, created_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: cityId, entity: 'field_report_rule', entityId: row.id, action: 'create', changes: { category_id: [null, row.category_id], ward_id: [null, row.ward_id], unit_id: [null, row.unit_id] } });
    return row;
  });
}

export async function deleteRule(db: Db, actor: Actor, id: number, now: Date): Promise<void> {
  const rule = await db.selectFrom('field_report_routing_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rule) throw notFound({ vi: 'quy tắc', en: 'Rule' });
  feedbackSetupPolicy.authorize(actor, 'configure', rule.city_id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('field_report_routing_rules').where('id', '=', id).execute();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: rule.city_id, entity: 'field_report_rule', entityId: id, action: 'delete', changes: { unit_id: [rule.unit_id, null] } });
  });
}

export async function listWardLocations(db: Db, cityId: number) {
  const city = jurisdictionOf(await listUnits(db), cityId);
  return (await db.selectFrom('ward_locations').selectAll().execute()).filter((row) => city.has(row.unit_id));
}

export async function setWardCentre(db: Db, actor: Actor, unitId: number, point: { lat: number; lng: number }, now: Date): Promise<void> {
  const units = await listUnits(db);
  const ward = units.find((unit) => unit.id === unitId && grassrootsKinds.includes(unit.kind));
  const cityId = ward?.parent_id ?? null;
  if (!ward || cityId === null) throw notFound({ vi: 'phường, xã', en: 'Ward' });
  feedbackSetupPolicy.authorize(actor, 'configure', cityId);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ward_locations')
      .values({ unit_id: unitId, lat: point.lat, lng: point.lng, approximate: 0, boundary: null, source: actor.username, updated_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('unit_id').doUpdateSet({ lat: point.lat, lng: point.lng, approximate: 0, source: actor.username, updated_at: now.toISOString() }))
      .execute();
    await recordAudit(trx, { at: now, actorId: actor.id, unitId, entity: 'ward_location', entityId: unitId, action: 'update', changes: { centre: [null, [point.lat, point.lng]] } });
  });
}
