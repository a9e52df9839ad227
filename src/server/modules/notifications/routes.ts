import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationListSchema, notificationSchema } from '../../../common/tasks.js';
import { presentNotification } from './presenter.js';
import { listNotifications, markAllRead, markRead } from './service.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi, mới nhất trước, và số chưa đọc',
        querystring: z.object({
          unread: z.enum(['true', 'false']).transform((value) => value === 'true').default(false),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: notificationListSchema },
      },
    },
    async (request) => {
      const { items, unread } = await listNotifications(app.db, request.requireActor(), { unreadOnly: request.query.unread, limit: request.query.limit });
      return { unread, items: items.map(presentNotification) };
    },
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Đánh dấu đã đọc', params: z.object({ id: rowIdParam }), response: { 200: notificationSchema } } },
    async (request) => presentNotification(await markRead(app.db, request.requireActor(), request.params.id, app.clock.now())),
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: { 204: z.null() } } },
    async (request, reply) => {
      await markAllRead(app.db, request.requireActor(), app.clock.now());
      return reply.status(204).send(null);
    },
  );
};
