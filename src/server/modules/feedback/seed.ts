// Loads the field-report reference data on every start without overwriting edits: categories and
// rules only for a city that has none, ward centres only where missing.
import type { Db } from '../../db/index.js';
import type { FeedbackSeed } from '../../db/seed/feedback-vungtau.js';

export async function seedFeedback(db: Db, seed: FeedbackSeed, now: Date): Promise<void> {
  const units = new Map((await db.selectFrom('units').select(['id', 'code']).execute()).map((unit) => [unit.code, unit.id]));
  const cityId = units.get(seed.cityCode);
  if (cityId === undefined) return;
  const unitId = (code: string) => {
    const id = units.get(code);
    if (id === undefined) throw new Error(`Field-report seed names unknown unit ${code}`);
    return id;
  };
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const wardRows = seed.wards.map((ward) => ({ unit_id: unitId(ward.code), lat: ward.lat, lng: ward.lng, approximate: 1, boundary: null, source: seed.wardSource, updated_at: stamp }));
    await trx.insertInto('ward_locations').values(wardRows).onConflict((conflict) => conflict.column('unit_id').doNothing()).execute();

    const existing = await trx.selectFrom('field_report_categories').select('id').where('city_id', '=', cityId).limit(1).execute();
    if (existing.length > 0) return;
    const categoryIds = new Map<string, number>();
    for (const [index, category] of seed.categories.entries()) {
      const row = await trx
        .insertInto('field_report_categories')
        .values({
          city_id: cityId,
          code: category.code,
          name: category.name,
          description: category.description,
          group_name: category.group,
          keywords: category.keywords,
          sla_days: category.slaDays,
          duplicate_radius_m: category.duplicateRadiusM,
          duplicate_days: category.duplicateDays,
          attributes: JSON.stringify(category.attributes),
          active: 1,
          sort_order: (index + 1) * 10,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      categoryIds.set(category.code, row.id);
    }
    const rule = (category: string, ward: number | null, unit: number | null, note: string | null) => ({
      city_id: cityId,
      category_id: categoryIds.get(category) ?? null,
      ward_id: ward,
      unit_id: unit,
      note,
      created_by: null,
      created_at: stamp,
    });
    const rules = [
      ...seed.categories.flatMap((category) =>
        category.routeTo === null ? [] : [rule(category.code, null, category.routeTo === 'ward' ? null : unitId(category.routeTo), null)],
      ),
      ...seed.rules.map((specific) => rule(specific.category, unitId(specific.ward), unitId(specific.unit), specific.note)),
    ];
    if (rules.length > 0) await trx.insertInto('field_report_routing_rules').values(rules).execute();
  });
}
