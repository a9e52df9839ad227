// Internal notes over HTTP: read and added by those who read the full report.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldReportNoteSchema, noteInputSchema } from '../../../common/field-report-notes.js';
import { addNote, listNotes } from './notes.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['field-reports'];
const idParams = z.object({ id: rowIdParam });

export const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/field-reports/:id/notes',
    { schema: { tags, summary: 'Ghi chú nội bộ của một phản ánh (không bao giờ công khai, không có trong Open311)', params: idParams, response: { 200: z.array(fieldReportNoteSchema) } } },
    async (request) => listNotes(app.db, request.requireActor(), request.params.id, app.clock.now()),
  );

  app.post(
    '/field-reports/:id/notes',
    { schema: { tags, summary: 'Thêm ghi chú nội bộ (điều phối viên, lãnh đạo, đơn vị đang xử lý); trả về mọi ghi chú', params: idParams, body: noteInputSchema, response: { 201: z.array(fieldReportNoteSchema) } } },
    async (request, reply) => {
      const actor = request.requireActor();
      const now = app.clock.now();
      await addNote(app.db, actor, request.params.id, request.body, now);
      return reply.status(201).send(await listNotes(app.db, actor, request.params.id, now));
    },
  );
};
