import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unitSchema } from '../../../common/units.js';
import { presentUnit } from './presenter.js';
import { ancestorsOf, listUnits } from './service.js';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Cây đơn vị (danh sách phẳng) trong phạm vi của người dùng',
        response: { 200: z.array(unitSchema) },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const units = await listUnits(app.db);
      const visible = new Set([...actor.jurisdiction, ...ancestorsOf(units, actor.unitId)]);
      return units.filter((unit) => visible.has(unit.id)).map(presentUnit);
    },
  );
};
