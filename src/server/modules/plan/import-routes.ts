// Plans from outside: the Excel template (download blank or filled, upload), and the issued document's
// text or DOCX read into a proposal for the editor. JSON comes in through POST /plans and PUT /plans/:id.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { planContentSchema, planDetailSchema, planProposalSchema } from '../../../common/plan.js';
import { foldVietnamese } from '../../../common/text.js';
import { AppError, invalidField, notFound } from '../../lib/errors.js';
import { readMultipart } from '../../lib/files.js';
import { XLSX_TYPE } from '../../lib/spreadsheet.js';
import { findUnitByCode, resolveCity } from '../units/service.js';
import { importPlanWorkbook, proposeFromDocument, templateFor } from './import.js';
import { planWritePolicy } from './policy.js';
import { findPlanRow, planDetail } from './service.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['plan'];
const idParams = z.object({ id: rowIdParam });

/** A form with at most one file; a file over the limit is named as such. */
async function readUpload(request: FastifyRequest) {
  try {
    const { fields, uploads } = await readMultipart(request);
    if (uploads.length > 1) throw invalidField('file', { vi: 'Chỉ gửi một tệp.', en: 'Send one file only.' });
    return { fields, file: uploads[0] };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', { message: { vi: 'Tệp quá lớn: tối đa 10 MB.', en: 'The file is too large: 10 MB at most.' } });
    }
    throw error;
  }
}

const attachment = (name: string) => `attachment; filename="${foldVietnamese(name).replace(/[^a-z0-9.]+/g, '-')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const planImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const detail = (request: FastifyRequest, planId: number) => planDetail(app.db, request.actor, planId);

  app.get(
    '/plans/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Mẫu Excel để lập kế hoạch (trống), kèm danh sách mã đơn vị và tiêu chí DTI',
        querystring: z.object({ unit: z.string().max(40).optional(), year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const unit = request.query.unit === undefined ? await resolveCity(app.db, actor) : await findUnitByCode(app.db, request.query.unit);
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      planWritePolicy.authorize(actor, 'write', { unitId: unit.id, unitKind: unit.kind });
      const body = await templateFor(app.db, unit.id, request.query.year, null);
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(`Mẫu kế hoạch chuyển đổi số ${request.query.year}.xlsx`)).send(body);
    },
  );

  app.get('/plans/:id/plan.xlsx', { schema: { tags, summary: 'Kế hoạch dưới dạng mẫu Excel (sửa rồi nhập lại vào dự thảo)', params: idParams } }, async (request, reply) => {
    const plan = await detail(request, request.params.id);
    const row = await findPlanRow(app.db, plan.id);
    const body = await templateFor(app.db, row.unit_id, plan.year, plan);
    return reply.type(XLSX_TYPE).header('content-disposition', attachment(`Kế hoạch chuyển đổi số ${plan.year}.xlsx`)).send(body);
  });

  app.post(
    '/plans/:id/import',
    {
      schema: {
        tags,
        summary: 'Nhập dự thảo từ mẫu Excel (multipart: tệp "file"); kiểm tra toàn bộ, báo mọi lỗi kèm trang, dòng, cột; có lỗi thì không lưu gì',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const { file } = await readUpload(request);
      if (!file) throw invalidField('file', { vi: 'Chọn tệp Excel (.xlsx) đã điền.', en: 'Choose the filled-in Excel (.xlsx) file.' });
      await importPlanWorkbook(app.db, actor, request.params.id, file.data, app.clock.now());
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/plans/:id/text-proposal',
    {
      schema: {
        tags,
        summary: 'Đọc văn bản kế hoạch đã ban hành (multipart: trường "text" hoặc tệp Word .docx) thành đề xuất lĩnh vực, chỉ tiêu, mục tiêu cho dự thảo; chưa lưu gì',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ proposal: planProposalSchema, content: planContentSchema }) },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const { fields, file } = await readUpload(request);
      return proposeFromDocument(app.db, actor, request.params.id, { text: fields.text, docx: file?.data });
    },
  );
};
