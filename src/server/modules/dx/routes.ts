// The digital-transformation index: ranking, explanations, weights, the map's measures, a ward's page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dxExplanationSchema, dxRankingSchema, dxWeightsInputSchema, dxWeightsSchema, wardMeasuresSchema, wardOverviewSchema } from '../../../common/dx.js';
import { grassrootsKinds } from '../../../common/units.js';
import type { UnitRow } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { findUnitByCode, resolveCity } from '../units/service.js';
import { wardOverview } from './overview.js';
import { dxPolicy } from './policy.js';
import { presentExplanation, presentRanking, presentWardMeasures } from './presenter.js';
import { scoresWithPrevious, wardScores } from './service.js';
import { getWeights, updateWeights } from './weights.js';

const tags = ['dx'];
const cityQuery = z.object({ city: z.string().max(40).optional() });
const monthQuery = cityQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
});
const unitParams = z.object({ unitCode: z.string().min(1).max(40) });

export const dxRoutes: FastifyPluginAsyncZod = async (app) => {
  const readableCity = async (actor: Actor, code?: string) => {
    const city = await resolveCity(app.db, actor, code);
    dxPolicy.authorize(actor, 'read', city.id);
    return city;
  };
  /** A ward (or the city itself) the actor may read; 404 for any other code. */
  const readableUnit = async (actor: Actor, code: string): Promise<UnitRow> => {
    const unit = await findUnitByCode(app.db, code);
    if (!unit || !actor.jurisdiction.has(unit.id)) throw notFound({ vi: `đơn vị ${code}`, en: `Unit ${code}` });
    return unit;
  };

  app.get(
    '/dx/ranking',
    { schema: { tags, summary: 'Xếp hạng chuyển đổi số các phường, xã (thang 1000) và chỉ số của thành phố', querystring: monthQuery, response: { 200: dxRankingSchema } } },
    async (request) => {
      const city = await readableCity(request.requireActor(), request.query.city);
      const { current, previous } = await scoresWithPrevious(app.db, city.id, request.query.year, request.query.month, app.clock.now());
      return presentRanking(current, previous);
    },
  );

  app.get(
    '/dx/wards/:unitCode',
    {
      schema: {
        tags,
        summary: 'Giải thích điểm chuyển đổi số của một phường, xã (hoặc của thành phố): trụ cột, thành phần, số liệu',
        params: unitParams,
        querystring: monthQuery,
        response: { 200: dxExplanationSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const unit = await readableUnit(actor, request.params.unitCode);
      const cityId = unit.kind === 'city' ? unit.id : (unit.parent_id ?? -1);
      dxPolicy.authorize(actor, 'read', cityId);
      const { current, previous } = await scoresWithPrevious(app.db, cityId, request.query.year, request.query.month, app.clock.now());
      const explanation = presentExplanation(current, previous, unit.id);
      if (!explanation) throw notFound({ vi: `phường, xã ${unit.code}`, en: `Ward ${unit.code}` });
      return explanation;
    },
  );

  app.get(
    '/dx/weights',
    {
      schema: {
        tags,
        summary: 'Trọng số của chỉ số chuyển đổi số: điểm các trụ cột, chỉ tiêu thuộc từng trụ cột',
        querystring: cityQuery.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: dxWeightsSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return getWeights(app.db, actor, city.id, request.query.year);
    },
  );

  app.put(
    '/dx/weights',
    {
      schema: {
        tags,
        summary: 'Sửa trọng số (điều phối): tổng điểm các trụ cột bằng 1000, mỗi chỉ tiêu tối đa một lần',
        querystring: cityQuery.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: dxWeightsInputSchema,
        response: { 200: dxWeightsSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      await updateWeights(app.db, actor, city.id, request.body, app.clock.now());
      return getWeights(app.db, actor, city.id, request.query.year);
    },
  );

  app.get(
    '/dx/ward-measures',
    {
      schema: {
        tags,
        summary: 'Số đo từng phường, xã cho bản đồ: điểm và hạng chuyển đổi số, báo cáo đúng hạn, phản ánh xử lý đúng hạn, phản ánh đang mở',
        querystring: monthQuery,
        response: { 200: wardMeasuresSchema },
      },
    },
    async (request) => {
      const city = await readableCity(request.requireActor(), request.query.city);
      return presentWardMeasures(await wardScores(app.db, city.id, request.query.year, request.query.month, app.clock.now()));
    },
  );

  app.get(
    '/wards/:unitCode/overview',
    {
      schema: {
        tags,
        summary: 'Trang phường, xã: chỉ tiêu so với mục tiêu, báo cáo đúng hạn, nhiệm vụ và chỉ đạo, phản ánh, lịch sử xếp hạng',
        params: unitParams,
        querystring: monthQuery,
        response: { 200: wardOverviewSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const unit = await readableUnit(actor, request.params.unitCode);
      if (!grassrootsKinds.includes(unit.kind)) throw notFound({ vi: `phường, xã ${unit.code}`, en: `Ward ${unit.code}` });
      return wardOverview(app.db, actor, unit, request.query.year, request.query.month, app.clock.now());
    },
  );
};
