// What every filing reads besides its own input: the unit tree, the categories, ward centres and
// boundaries, routing rules and the holiday calendar. It changes a few times a year, through the
// setup routes, so intake keeps it in memory per database and the setup routes drop it after each
// change (forgetFilingReference); the next filing reads it afresh.
import { grassrootsKinds } from '../../../common/units.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import type { Db } from '../../db/index.js';
import type { UnitRow } from '../../db/schema.js';
import { loadWorkCalendar, slaDueDate } from '../../lib/working-days.js';
import { jurisdictionOf, listUnits } from '../units/service.js';
import type { CategoryRow, RoutingRuleRow, WardLocationRow } from './schema.js';
import { choosePublicCity } from './setup.js';

export interface CityReference {
  /** The city and every unit under it. */
  jurisdiction: ReadonlySet<number>;
  wardIds: ReadonlySet<number>;
  wardLocations: WardLocationRow[];
  rules: RoutingRuleRow[];
}

export interface FilingReference {
  units: Map<number, UnitRow>;
  category(id: number): CategoryRow | undefined;
  categoryByCode(cityId: number, code: string): CategoryRow | undefined;
  city(cityId: number): CityReference;
  /** publicCity() over the data in hand. */
  publicCity(code?: string): UnitRow;
  /** slaDueDate() with the calendar in hand, remembered per Vietnam day. */
  dueDate(receivedAt: Date, slaDays: number): string;
}

export async function loadFilingReference(db: Db): Promise<FilingReference> {
  const [units, categories, wardLocations, rules, calendar] = await Promise.all([
    listUnits(db),
    db.selectFrom('field_report_categories').selectAll().orderBy('sort_order').orderBy('id').execute(),
    db.selectFrom('ward_locations').selectAll().orderBy('unit_id').execute(),
    db.selectFrom('field_report_routing_rules').selectAll().orderBy('id').execute(),
    loadWorkCalendar(db),
  ]);
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const categoriesById = new Map(categories.map((category) => [category.id, category]));
  const categoryCodes = new Map(categories.map((category) => [`${category.city_id}:${category.code}`, category]));
  const cityIdsWithCategories = new Set(categories.map((category) => category.city_id));
  const cities = new Map<number, CityReference>();
  const dueDates = new Map<string, string>();
  return {
    units: unitsById,
    category: (id) => categoriesById.get(id),
    categoryByCode: (cityId, code) => categoryCodes.get(`${cityId}:${code}`),
    city: (cityId) => {
      let city = cities.get(cityId);
      if (!city) {
        const jurisdiction = jurisdictionOf(units, cityId);
        const wardIds = new Set(units.filter((unit) => jurisdiction.has(unit.id) && grassrootsKinds.includes(unit.kind)).map((unit) => unit.id));
        city = {
          jurisdiction,
          wardIds,
          wardLocations: wardLocations.filter((location) => wardIds.has(location.unit_id)),
          rules: rules.filter((rule) => rule.city_id === cityId),
        };
        cities.set(cityId, city);
      }
      return city;
    },
    publicCity: (code) => choosePublicCity(units, cityIdsWithCategories, code),
    dueDate: (receivedAt, slaDays) => {
      const key = `${vietnamDate(receivedAt)}:${slaDays}`;
      let due = dueDates.get(key);
      if (due === undefined) {
        due = slaDueDate(calendar, receivedAt, slaDays);
        dueDates.set(key, due);
      }
      return due;
    },
  };
}

const cache = new WeakMap<Db, Promise<FilingReference>>();

/** The reference data of `db`, read once and kept until forgetFilingReference(db). */
export function filingReference(db: Db): Promise<FilingReference> {
  const cached = cache.get(db);
  if (cached) return cached;
  const loading = loadFilingReference(db);
  cache.set(db, loading);
  // A failed read is not kept (unless a change has already replaced it).
  loading.catch(() => {
    if (cache.get(db) === loading) cache.delete(db);
  });
  return loading;
}

/** After a change to units, categories, rules, ward locations or holidays: the next filing reads them again. */
export const forgetFilingReference = (db: Db): void => void cache.delete(db);
