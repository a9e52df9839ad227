// The province's plan above its cities': per provincial indicator, each city indicator linked to it
// with that city's approved figure for the month (its own target, its own plan's version). A link and
// a rollup view; the province adds nothing up itself, since cities measure on their own bases.
import type { ProvinceRollup } from '../../../common/plan.js';
import type { Db } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { figureText } from '../reporting/figure-text.js';
import { rollupIndicators, rollupScope } from '../reporting/rollup.js';
import { ancestorsOf, listUnits } from '../units/service.js';
import { provincePolicy } from './policy.js';
import { presentTarget } from './presenter.js';
import { findIssuedPlan } from './versions.js';

export async function provinceRollup(db: Db, actor: Actor, query: { year: number; month: number }, now: Date): Promise<ProvinceRollup> {
  const units = await listUnits(db);
  const province = ancestorsOf(units, actor.unitId)
    .map((id) => units.find((unit) => unit.id === id))
    .find((unit) => unit?.kind === 'province');
  if (!province) throw notFound({ vi: 'tỉnh', en: 'Province' });
  provincePolicy.authorize(actor, 'view', province.id);
  const cities = units.filter((unit) => unit.parent_id === province.id && unit.kind === 'city');
  const plan = await db.selectFrom('plans').select(['id', 'title', 'status']).where('unit_id', '=', province.id).where('year', '=', query.year).executeTakeFirst();
  const provincial = plan ? await db.selectFrom('indicators').selectAll().where('plan_id', '=', plan.id).orderBy('number').execute() : [];
  const linked =
    provincial.length === 0
      ? []
      : await db
          .selectFrom('indicators')
          .innerJoin('plans', 'plans.id', 'indicators.plan_id')
          .select(['indicators.code', 'indicators.province_indicator_id', 'plans.unit_id'])
          .where('indicators.province_indicator_id', 'in', provincial.map((indicator) => indicator.id))
          .where('plans.year', '=', query.year)
          .execute();
  const citiesWithoutPlan: ProvinceRollup['citiesWithoutPlan'] = [];
  const rollups = new Map<number, Awaited<ReturnType<typeof rollupIndicators>>>();
  for (const city of cities) {
    if (!(await findIssuedPlan(db, city.id, query.year))) {
      citiesWithoutPlan.push({ code: city.code, name: city.name });
      continue;
    }
    const codes = linked.filter((row) => row.unit_id === city.id).map((row) => row.code);
    if (codes.length > 0) rollups.set(city.id, await rollupIndicators(db, await rollupScope(db, city.id, query.year, query.month, now), codes));
  }
  return {
    province: { code: province.code, name: province.name },
    year: query.year,
    month: query.month,
    plan: plan ?? null,
    indicators: provincial.map((indicator) => ({
      code: indicator.code,
      text: indicator.text,
      target: presentTarget(indicator),
      dtiCriterion: indicator.dti_criterion,
      contributions: cities.flatMap((city) =>
        linked
          .filter((row) => row.unit_id === city.id && row.province_indicator_id === indicator.id)
          .flatMap((row) => {
            const rollup = rollups.get(city.id)?.find((candidate) => candidate.code === row.code);
            if (!rollup) return [];
            return [
              {
                city: { code: city.code, name: city.name },
                code: rollup.code,
                text: rollup.text,
                target: rollup.target,
                approved: { value: rollup.approved.value, text: figureText(rollup, rollup.approved).text, status: rollup.approved.status },
              },
            ];
          }),
      ),
    })),
    citiesWithoutPlan,
  };
}
