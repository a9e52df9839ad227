// The Operations Center: the overview, the alerts and the live stream.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ocAlertsSchema, ocOverviewSchema, ocQuerySchema } from '../../../common/dashboard.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { resolveCity } from '../units/service.js';
import { ocAlerts } from './alerts.js';
import { rollupCache } from './cache.js';
import { ocPolicy } from './policy.js';
import { ocOverview } from './service.js';
import { MAX_STREAMS, eventStream } from './stream.js';

const tags = ['oc'];

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const cache = rollupCache(app.db, app.clock, app.events);
  app.addHook('onClose', async () => cache.close());
  const cityFor = async (actor: Actor, code?: string) => {
    const city = await resolveCity(app.db, actor, code);
    ocPolicy.authorize(actor, 'view', city.id);
    return city;
  };

  app.get(
    '/oc/overview',
    { schema: { tags, summary: 'Toàn cảnh kế hoạch theo lĩnh vực cho một tháng, so với tháng trước và cùng kỳ năm trước', querystring: ocQuerySchema, response: { 200: ocOverviewSchema } } },
    async (request) => {
      const city = await cityFor(request.requireActor(), request.query.city);
      return ocOverview(app.db, cache.rollups, city.id, request.query, app.clock.now());
    },
  );

  app.get(
    '/oc/alerts',
    { schema: { tags, summary: 'Cảnh báo: báo cáo chưa gửi, bị trả lại; nhiệm vụ, chỉ đạo, phản ánh quá hạn hoặc sắp đến hạn; chỉ tiêu chuyển sang nguy cơ', querystring: ocQuerySchema, response: { 200: ocAlertsSchema } } },
    async (request) => {
      const city = await cityFor(request.requireActor(), request.query.city);
      return ocAlerts(app.db, cache.rollups, city.id, request.query, app.clock.now());
    },
  );

  const stream = eventStream(app);
  app.get(
    '/oc/events',
    { schema: { tags, summary: 'Luồng sự kiện trực tiếp (server-sent events): màn hình OC tải lại khi số liệu được duyệt, báo cáo được gửi, nhiệm vụ hoàn thành, phản ánh được gửi hoặc đóng', querystring: z.object({ city: z.string().max(40).optional() }) } },
    async (request, reply) => {
      await cityFor(request.requireActor(), request.query.city);
      if (stream.size >= MAX_STREAMS) {
        throw new AppError('RATE_LIMITED', { message: { vi: 'Quá nhiều màn hình đang theo dõi trực tiếp, vui lòng thử lại sau.', en: 'Too many live screens; try again later.' } });
      }
      reply.hijack();
      stream.open(reply.raw);
    },
  );
};
