// The index's weights: read by the city's staff, changed by the coordinator, checked before
// anything is written and replaced in one transaction.
import { DX_TOTAL_POINTS, type DxWeights, type DxWeightsInput, componentMaxPoints, dxPillarNames } from '../../../common/dx.js';
import type { Db } from '../../db/index.js';
import { recordAudit } from '../../lib/audit.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { dxPolicy } from './policy.js';
import { componentLabels, loadPillars } from './service.js';

const wardIndicators = (db: Db, cityId: number, year?: number) => {
  let query = db
    .selectFrom('indicators')
    .innerJoin('plans', 'plans.id', 'indicators.plan_id')
    .select(['indicators.code', 'indicators.text', 'plans.year'])
    .where('plans.unit_id', '=', cityId)
    .where('indicators.reporting_scope', '=', 'wards');
  if (year !== undefined) query = query.where('plans.year', '=', year);
  return query.orderBy('plans.year', 'desc').orderBy('indicators.number').execute();
};

export async function getWeights(db: Db, actor: Actor, cityId: number, year: number): Promise<DxWeights> {
  dxPolicy.authorize(actor, 'read', cityId);
  const pillars = await loadPillars(db, cityId);
  const indicators = await wardIndicators(db, cityId, year);
  const text = new Map(indicators.map((indicator) => [indicator.code, indicator.text]));
  const stamp = await db.selectFrom('dx_pillars').select((eb) => eb.fn.max('updated_at').as('at')).where('city_id', '=', cityId).executeTakeFirst();
  return {
    pillars: pillars.map((pillar) => {
      const maxPoints = componentMaxPoints(pillar.weight, pillar.components.map((component) => component.weight));
      return {
        ...pillar,
        components: pillar.components.map((component, index) => ({
          ...component,
          label: component.kind === 'indicator' ? (text.get(component.indicatorCode ?? '') ?? component.indicatorCode ?? '') : componentLabels[component.kind],
          maxPoints: maxPoints[index] ?? 0,
        })),
      };
    }),
    indicators: indicators.map(({ code, text: label }) => ({ code, text: label })),
    updatedAt: stamp?.at ?? null,
    canEdit: dxPolicy.allow(actor, 'editWeights', cityId),
  };
}

/** Throws a 400 naming the first field that breaks a rule; writes nothing. */
async function checkWeights(db: Db, cityId: number, input: DxWeightsInput): Promise<void> {
  const codes = new Set(input.pillars.map((pillar) => pillar.code));
  if (codes.size !== input.pillars.length) {
    throw invalidField('pillars', { vi: 'Mỗi trụ cột chỉ được khai báo một lần.', en: 'Each pillar may appear only once.' });
  }
  const total = input.pillars.reduce((sum, pillar) => sum + pillar.weight, 0);
  if (total !== DX_TOTAL_POINTS) {
    throw invalidField('pillars', {
      vi: `Tổng điểm các trụ cột phải bằng ${DX_TOTAL_POINTS} (hiện là ${total}).`,
      en: `The pillars' points must add up to ${DX_TOTAL_POINTS} (now ${total}).`,
    });
  }
  const known = new Set((await wardIndicators(db, cityId)).map((indicator) => indicator.code));
  const seen = new Set<string>();
  for (const [p, pillar] of input.pillars.entries()) {
    const componentWeight = pillar.components.reduce((sum, component) => sum + component.weight, 0);
    if (pillar.weight > 0 && componentWeight <= 0) {
      throw invalidField(`pillars.${p}.components`, {
        vi: `Trụ cột ${pillar.code} có điểm nhưng chưa có thành phần nào có trọng số.`,
        en: `Pillar ${pillar.code} has points but no weighted component.`,
      });
    }
    for (const [c, component] of pillar.components.entries()) {
      const field = `pillars.${p}.components.${c}`;
      const key = component.kind === 'indicator' ? (component.indicatorCode ?? '') : component.kind;
      if (component.kind === 'indicator' && !known.has(key)) {
        throw invalidField(`${field}.indicatorCode`, {
          vi: `Chỉ tiêu ${key || '(trống)'} không phải chỉ tiêu do phường, xã báo cáo.`,
          en: `Indicator ${key || '(blank)'} is not reported by the wards.`,
        });
      }
      if (component.kind !== 'indicator' && component.indicatorCode !== null) {
        throw invalidField(`${field}.indicatorCode`, { vi: 'Thành phần này không gắn với chỉ tiêu.', en: 'This component names no indicator.' });
      }
      if (seen.has(key)) {
        throw invalidField(field, { vi: `${key} đã có trong chỉ số; mỗi thành phần chỉ được tính một lần.`, en: `${key} is already in the index; each counts once.` });
      }
      seen.add(key);
    }
  }
}

export async function updateWeights(db: Db, actor: Actor, cityId: number, input: DxWeightsInput, now: Date): Promise<void> {
  dxPolicy.authorize(actor, 'editWeights', cityId);
  await checkWeights(db, cityId, input);
  const before = await loadPillars(db, cityId);
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const pillars = new Map((await trx.selectFrom('dx_pillars').select(['id', 'code']).where('city_id', '=', cityId).execute()).map((row) => [row.code, row.id]));
    await trx.deleteFrom('dx_components').where('city_id', '=', cityId).execute();
    for (const [index, pillar] of input.pillars.entries()) {
      let pillarId = pillars.get(pillar.code);
      const values = { weight: pillar.weight, sort_order: index + 1, updated_at: stamp, updated_by: actor.id };
      if (pillarId === undefined) {
        pillarId = (await trx.insertInto('dx_pillars').values({ city_id: cityId, code: pillar.code, name: dxPillarNames[pillar.code], ...values }).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        await trx.updateTable('dx_pillars').set(values).where('id', '=', pillarId).execute();
      }
      if (pillar.components.length === 0) continue;
      const id = pillarId;
      await trx
        .insertInto('dx_components')
        .values(pillar.components.map((component, order) => ({ pillar_id: id, city_id: cityId, kind: component.kind, indicator_code: component.indicatorCode, weight: component.weight, sort_order: order + 1 })))
        .execute();
    }
    await recordAudit(trx, { at: now, actorId: actor.id, unitId: cityId, entity: 'dx_weights', entityId: cityId, action: 'update', changes: { pillars: [before, input.pillars] } });
  });
}
