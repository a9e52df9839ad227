import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planSchema } from '../../../common/plan.js';
import { findPlanId, getPlan, listPlans } from './service.js';

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/plans',
    { config: { access: 'public' },
      schema: {
        tags: ['plan'],
        summary: 'Các kế hoạch (theo thành phố và năm)',
        response: {
          200: z.array(
            z.object({ id: z.number(), year: z.number(), title: z.string(), unitCode: z.string(), unitName: z.string() }),
          ),
        },
      },
    },
    async () => listPlans(app.db),
  );

  app.get(
    '/plan',
    { config: { access: 'public' },
      schema: {
        tags: ['plan'],
        summary: 'Kế hoạch: lĩnh vực, chỉ tiêu, mục tiêu, giải pháp (công khai)',
        querystring: z.object({
          unit: z.string().max(40).optional().describe('Mã thành phố, ví dụ VT'),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: planSchema },
      },
    },
    async (request) => getPlan(app.db, await findPlanId(app.db, { unitCode: request.query.unit, year: request.query.year })),
  );
};
