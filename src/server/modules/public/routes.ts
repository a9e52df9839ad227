// The public read API: no session, no personal data, cacheable for a minute by browsers and proxies.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicOverviewQuerySchema, publicOverviewSchema } from '../../../common/public.js';
import { publicOverview } from './service.js';

export const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/overview',
    { config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Công khai (không cần đăng nhập): chỉ tiêu của Kế hoạch với số liệu đã duyệt, thống kê phản ánh hiện trường theo đơn vị và lĩnh vực; không có thông tin cá nhân',
        querystring: publicOverviewQuerySchema,
        response: { 200: publicOverviewSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return publicOverview(app.db, request.query, app.clock.now());
    },
  );
};
