// The audit trail's API: a page of entries, the same as CSV, and the filters' choices. Read only: no
// route edits or deletes an entry (and the database refuses it, see migrations/20241204000000_audit_append_only.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_PAGE_MAX, AUDIT_PAGE_SIZE, auditFilterSchema, auditOptionsSchema, auditPageSchema } from '../../../common/audit.js';
import { vietnamDate } from '../../../common/vietnam-time.js';
import { requestLanguage } from '../../lib/language.js';
import { toCsv } from '../../lib/spreadsheet.js';
import { auditPolicy } from './policy.js';
import { auditCsvColumns, presentAuditOptions } from './presenter.js';
import { exportAudit, listAudit } from './service.js';

const tags = ['audit'];

const pageSchema = auditFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  cursor: z.string().max(200).optional().describe('nextCursor của trang trước'),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'Nhật ký hoạt động: ai làm gì, lúc nào, từ đâu (mới nhất trước)',
        querystring: pageSchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { limit, offset, cursor, ...filter } = request.query;
      return listAudit(app.db, request.requireActor(), filter, { limit, offset, cursor }, requestLanguage(request));
    },
  );

  app.get(
    '/audit.csv',
    { schema: { tags, summary: 'Xuất nhật ký hoạt động ra CSV (cùng bộ lọc); việc xuất cũng được ghi vào nhật ký', querystring: auditFilterSchema } },
    async (request, reply) => {
      const now = app.clock.now();
      const entries = await exportAudit(app.db, request.requireActor(), request.query, now);
      const name = `nhat-ky-hoat-dong-${vietnamDate(now)}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(toCsv(auditCsvColumns, entries));
    },
  );

  app.get(
    '/audit/options',
    { schema: { tags, summary: 'Các lựa chọn của bộ lọc nhật ký (đối tượng, thao tác)', response: { 200: auditOptionsSchema } } },
    async (request) => {
      auditPolicy.authorize(request.requireActor(), 'read', null);
      return presentAuditOptions(requestLanguage(request));
    },
  );
};
