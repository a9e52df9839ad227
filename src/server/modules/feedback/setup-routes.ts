// Field-report setup (categories, routing rules, ward locations) and the on-time figures,
// including CQS-11 for a reporting period.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  categoryInputSchema,
  categoryPatchSchema,
  fieldReportCategorySchema,
  onTimeStatsSchema,
  periodOnTimeSchema,
  routingRuleInputSchema,
  routingRuleSchema,
  wardLocationSchema,
} from '../../../common/feedback.js';
import { isoDate } from '../../../common/tasks.js';
import type { Actor } from '../../lib/policy.js';
import { invalidField } from '../../lib/errors.js';
import { listUnits, resolveCity } from '../units/service.js';
import { feedbackSetupPolicy } from './policy.js';
import { forgetFilingReference } from './reference.js';
import { presentCategory, presentRoutingRule, presentWardLocation } from './presenter.js';
import {
  createCategory,
  createRule,
  deleteRule,
  listCategories,
  listRules,
  listWardLocations,
  setWardCentre,
  updateCategory,
} from './setup.js';
import { fieldReportOnTimeRate, periodOnTime } from './stats.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['field-reports'];
const idParams = z.object({ id: rowIdParam });
const cityQuery = z.object({ city: z.string().max(40).optional() });

export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  const cityOf = async (actor: Actor, code?: string) => (await resolveCity(app.db, actor, code)).id;
  // Intake keeps what is edited here in memory: any change drops it before the editor is answered.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.method !== 'GET') forgetFilingReference(app.db);
    return payload;
  });

  app.get(
    '/field-reports/categories',
    { schema: { tags, summary: 'Lĩnh vực phản ánh của thành phố, cả lĩnh vực đã tắt', querystring: cityQuery, response: { 200: z.array(fieldReportCategorySchema) } } },
    async (request) => (await listCategories(app.db, await cityOf(request.requireActor(), request.query.city), false)).map(presentCategory),
  );

  app.post(
    '/field-reports/categories',
    { schema: { tags, summary: 'Thêm lĩnh vực (điều phối viên): thời hạn xử lý theo ngày làm việc, trường bổ sung', querystring: cityQuery, body: categoryInputSchema, response: { 201: fieldReportCategorySchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      const row = await createCategory(app.db, actor, await cityOf(actor, request.query.city), request.body, app.clock.now());
      return reply.status(201).send(presentCategory(row));
    },
  );

  app.patch(
    '/field-reports/categories/:id',
    { schema: { tags, summary: 'Sửa lĩnh vực (thời hạn mới áp dụng cho phản ánh gửi sau)', params: idParams, body: categoryPatchSchema, response: { 200: fieldReportCategorySchema } } },
    async (request) => presentCategory(await updateCategory(app.db, request.requireActor(), request.params.id, request.body, app.clock.now())),
  );

  const presentRules = async (cityId: number) => {
    const rules = await listRules(app.db, cityId);
    const categories = await listCategories(app.db, cityId, false);
    const units = await listUnits(app.db);
    const byCategory = new Map(categories.map((category) => [category.id, category]));
    const byUnit = new Map(units.map((unit) => [unit.id, unit]));
    return rules.map((rule) => presentRoutingRule(rule, byCategory, byUnit));
  };

  app.get(
    '/field-reports/routing-rules',
    { schema: { tags, summary: 'Quy tắc chuyển: lĩnh vực × phường → đơn vị (không có đơn vị: chính phường đó)', querystring: cityQuery, response: { 200: z.array(routingRuleSchema) } } },
    async (request) => presentRules(await cityOf(request.requireActor(), request.query.city)),
  );

  app.post(
    '/field-reports/routing-rules',
    { schema: { tags, summary: 'Thêm quy tắc chuyển (điều phối viên)', querystring: cityQuery, body: routingRuleInputSchema, response: { 201: z.array(routingRuleSchema) } } },
    async (request, reply) => {
      const actor = request.requireActor();
      const cityId = await cityOf(actor, request.query.city);
      await createRule(app.db, actor, cityId, request.body, app.clock.now());
      return reply.status(201).send(await presentRules(cityId));
    },
  );

  app.delete(
    '/field-reports/routing-rules/:id',
    { schema: { tags, summary: 'Xóa quy tắc chuyển', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteRule(app.db, request.requireActor(), request.params.id, app.clock.now());
      return reply.status(204).send(null);
    },
  );

  const presentWards = async (cityId: number) => {
    const units = new Map((await listUnits(app.db)).map((unit) => [unit.id, unit]));
    return (await listWardLocations(app.db, cityId)).map((row) => presentWardLocation(row, units));
  };


  app.put(
    '/field-reports/wards/:id/centre',
    { schema: { tags, summary: 'Đặt tâm (điểm đại diện) của một phường, xã', params: idParams, body: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }), response: { 200: z.array(wardLocationSchema) } } },
    async (request) => {
      const actor = request.requireActor();
      await setWardCentre(app.db, actor, request.params.id, request.body, app.clock.now());
      return presentWards(await cityOf(actor));
    },
  );

  app.get(
    '/field-reports/stats',
    {
      schema: {
        tags,
        summary: 'Tỷ lệ xử lý đúng hạn trong một khoảng ngày (cả hai đầu): thành phố, từng đơn vị, từng lĩnh vực',
        querystring: cityQuery.extend({ from: isoDate, to: isoDate }),
        response: { 200: onTimeStatsSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const cityId = await cityOf(actor, request.query.city);
      feedbackSetupPolicy.authorize(actor, 'viewStats', cityId);
      if (request.query.to < request.query.from) throw invalidField('to', { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: 'The end comes before the start.' });
      return fieldReportOnTimeRate(app.db, cityId, { from: request.query.from, to: request.query.to, asOf: app.clock.now() });
    },
  );

  app.get(
    '/field-reports/stats/on-time',
    {
      schema: {
        tags,
        summary: 'Chỉ tiêu CQS-11 cho một kỳ báo cáo (theo khoảng chốt số liệu của kỳ) và lũy kế từ đầu năm',
        querystring: cityQuery.extend({ year: z.coerce.number().int().min(2000).max(2100), month: z.coerce.number().int().min(1).max(12) }),
        response: { 200: periodOnTimeSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const cityId = await cityOf(actor, request.query.city);
      feedbackSetupPolicy.authorize(actor, 'viewStats', cityId);
      return periodOnTime(app.db, cityId, request.query.year, request.query.month, app.clock.now());
    },
  );
};
