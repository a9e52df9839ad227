// The consolidated monthly report as a download: DOCX to edit and sign, XLSX to work with the
// figures, PDF to read. The file name is Vietnamese (RFC 6266 filename*), with an ASCII fallback.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type MonthlyReportFormat, monthlyReportQuerySchema } from '../../../common/public.js';
import { foldVietnamese } from '../../../common/text.js';
import { XLSX_TYPE } from '../../lib/spreadsheet.js';
import { localityOf, reportBlocks, reportTitle } from './document.js';
import { toDocx } from './docx.js';
import { toPdf } from './pdf.js';
import { monthlyReport } from './service.js';
import { toXlsx } from './xlsx.js';

const mediaTypes: Record<MonthlyReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_TYPE,
  pdf: 'application/pdf',
};

export function attachment(fileName: string): string {
  const fallback = foldVietnamese(fileName).replace(/[^a-z0-9.]+/g, '-');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/monthly',
    {
      schema: {
        tags: ['reports'],
        summary: 'Báo cáo tổng hợp tháng (tình hình thực hiện Kế hoạch chuyển đổi số): DOCX, XLSX hoặc PDF; Phòng VHTT, lãnh đạo, người xem của thành phố',
        querystring: monthlyReportQuerySchema,
      },
    },
    async (request, reply) => {
      const { format, ...period } = request.query;
      const report = await monthlyReport(app.db, request.requireActor(), period, app.clock.now());
      const title = reportTitle(report);
      const body = format === 'xlsx' ? await toXlsx(report) : format === 'docx' ? await toDocx(reportBlocks(report), title) : await toPdf(reportBlocks(report), title);
      const fileName = `Báo cáo chuyển đổi số ${localityOf(report.city)} tháng ${String(report.month).padStart(2, '0')}-${report.year}.${format}`;
      return reply.type(mediaTypes[format]).header('content-disposition', attachment(fileName)).header('cache-control', 'private, no-store').send(body);
    },
  );
};
