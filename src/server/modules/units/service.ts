// The unit tree: departments, committees and wards under a city, cities under a province.
import type { Db } from '../../db/index.js';
import { grassrootsKinds } from '../../../common/units.js';
import { countAll } from '../../db/dialect.js';
import type { UnitRow } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';

export const listUnits = (db: Db): Promise<UnitRow[]> =>
  db.selectFrom('units').selectAll().orderBy('sort_order').orderBy('id').execute();

export const findUnitByCode = (db: Db, code: string) =>
  db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();

export const findUnitById = (db: Db, id: number) =>
  db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * The units a person of `unitId` works within: everything under the nearest city above (or
 * at) their unit, or under the province for a province's own staff.
 */
export function jurisdictionOf(units: Pick<UnitRow, 'id' | 'parent_id' | 'kind'>[], unitId: number): Set<number> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  let root = byId.get(unitId);
  for (let unit = root; unit; unit = unit.parent_id === null ? undefined : byId.get(unit.parent_id)) {
    root = unit;
    if (unit.kind === 'city' || unit.kind === 'province') break;
  }
  const children = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.parent_id === null) continue;
    const siblings = children.get(unit.parent_id) ?? [];
    siblings.push(unit.id);
    children.set(unit.parent_id, siblings);
  }
  const ids = new Set<number>();
  const stack = root ? [root.id] : [];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/** The unit and every unit above it, so a city's staff see where their city sits. */
export function ancestorsOf(units: Pick<UnitRow, 'id' | 'parent_id'>[], unitId: number): number[] {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parent_id]));
  const ids: number[] = [];
  for (let id: number | null | undefined = unitId; id !== null && id !== undefined; id = parentOf.get(id)) ids.push(id);
  return ids;
}

/**
 * The city a request works in: the actor's own city, or for a province's staff the city they
 * name (by code), else the first city of the province.
 */
export async function resolveCity(db: Db, actor: { unitId: number; jurisdiction: ReadonlySet<number> }, cityCode?: string): Promise<UnitRow> {
  const units = await listUnits(db);
  const own = ancestorsOf(units, actor.unitId)
    .map((id) => units.find((unit) => unit.id === id))
    .find((unit) => unit?.kind === 'city');
  if (own) return own;
  const cities = units.filter((unit) => unit.kind === 'city' && actor.jurisdiction.has(unit.id));
  const chosen = cityCode === undefined ? cities[0] : cities.find((unit) => unit.code === cityCode);
  if (!chosen) throw notFound({ vi: 'thành phố', en: 'City' });
  return chosen;
}

/** How many wards and communes a city has: the "17" of "17/17 phường, xã". */
export async function countGrassrootsUnits(db: Db, cityId: number): Promise<number> {
  const row = await db
    .selectFrom('units')
    .select(countAll().as('count'))
    .where('parent_id', '=', cityId)
    .where('kind', 'in', [...grassrootsKinds])
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function loadJurisdiction(db: Db, unitId: number): Promise<Set<number>> {
  const units = await db.selectFrom('units').select(['id', 'parent_id', 'kind']).execute();
  return jurisdictionOf(units, unitId);
}

/** The city a person of `unitId` works for (the nearest city at or above their unit); null for a province's own staff. */
export function homeCityOf(units: Pick<UnitRow, 'id' | 'parent_id' | 'kind'>[], unitId: number): number | null {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  for (let unit = byId.get(unitId); unit; unit = unit.parent_id === null ? undefined : byId.get(unit.parent_id)) {
    if (unit.kind === 'city') return unit.id;
    if (unit.kind === 'province') return null;
  }
  return null;
}

/** What the rules need to know of a person's place: the units they work within, and their own city. */
export async function loadActorScope(db: Db, unitId: number): Promise<{ jurisdiction: Set<number>; cityId: number | null }> {
  const units = await db.selectFrom('units').select(['id', 'parent_id', 'kind']).execute();
  return { jurisdiction: jurisdictionOf(units, unitId), cityId: homeCityOf(units, unitId) };
}
