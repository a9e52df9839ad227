import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planContentSchema, planDetailSchema, planSchema, planSummarySchema, provinceRollupSchema } from '../../../common/plan.js';
import { isIsoDate, vietnamDate } from '../../../common/vietnam-time.js';
import { notFound } from '../../lib/errors.js';
import { MAX_FILE_BYTES, readStoredFile } from '../../lib/files.js';
import type { Actor } from '../../lib/policy.js';
import { withUploadedForm } from '../tasks/form.js';
import { findUnitByCode, resolveCity } from '../units/service.js';
import { amendPlan, createPlan, deletePlan, issuePlan, updatePlanContent } from './lifecycle.js';
import { planImportRoutes } from './import-routes.js';
import { provinceRollup } from './province.js';
import { findPlanId, listPlans, planDetail, versionDocument } from './service.js';
import { rowId, rowIdParam } from '../../../common/ids.js';

const tags = ['plan'];
const idParams = z.object({ id: rowIdParam });
const yearSchema = z.coerce.number().int().min(2000).max(2100);
const isoDate = z.string().refine(isIsoDate, { message: 'Ngày dạng yyyy-mm-dd' });
const decisionFields = z.object({
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: isoDate,
  signer: z.string().trim().min(1).max(200),
});
/** The amendment's content travels as a JSON text field beside its signed PDF. */
const contentField = z
  .string()
  .max(1_000_000)
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'Nội dung kế hoạch không phải JSON hợp lệ.' });
      return z.NEVER;
    }
  })
  .pipe(planContentSchema);
const amendmentFields = decisionFields.extend({
  effectiveMonth: z.number().int().min(1).max(12),
  reason: z.string().trim().min(1).max(4000),
  retroactive: z.stringbool().default(false),
  content: contentField,
});

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin's routes read multipart forms.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES } });
  const thisYear = () => Number(vietnamDate(app.clock.now()).slice(0, 4));

  const detail = (actor: Actor | null, planId: number) => planDetail(app.db, actor, planId);
  await app.register(planImportRoutes);

  app.get(
    '/plans',
    { config: { access: 'public' }, schema: { tags, summary: 'Các kế hoạch (theo thành phố, tỉnh và năm): đã ban hành, và dự thảo trong phạm vi của người dùng', response: { 200: z.array(planSummarySchema) } } },
    async (request) => listPlans(app.db, request.actor, thisYear()),
  );

  app.get(
    '/plan',
    { config: { access: 'public' },
      schema: {
        tags,
        summary: 'Kế hoạch: lĩnh vực, chỉ tiêu, mục tiêu, giải pháp (công khai); không ghi năm thì là kế hoạch năm nay (hoặc gần nhất đã ban hành)',
        querystring: z.object({ unit: z.string().max(40).optional().describe('Mã thành phố, ví dụ VT'), year: yearSchema.optional() }),
        response: { 200: planSchema },
      },
    },
    async (request) => detail(request.actor, await findPlanId(app.db, request.actor, { unitCode: request.query.unit, year: request.query.year }, thisYear())),
  );

  app.get(
    '/plans/province-rollup',
    {
      schema: {
        tags,
        summary: 'Kế hoạch của tỉnh: mỗi chỉ tiêu của tỉnh với chỉ tiêu liên kết của từng thành phố và số liệu đã duyệt đến tháng',
        querystring: z.object({ year: yearSchema, month: z.coerce.number().int().min(1).max(12) }),
        response: { 200: provinceRollupSchema },
      },
    },
    async (request) => provinceRollup(app.db, request.requireActor(), request.query, app.clock.now()),
  );

  app.get('/plans/:id', { config: { access: 'public' }, schema: { tags, summary: 'Một kế hoạch, kèm các lần ban hành, điều chỉnh và thao tác được phép', params: idParams, response: { 200: planDetailSchema } } }, async (request) =>
    detail(request.actor, request.params.id),
  );

  app.post(
    '/plans',
    {
      schema: {
        tags,
        summary: 'Lập kế hoạch của một năm (dự thảo): trống, với nội dung gửi kèm (nhập JSON), hoặc sao chép kế hoạch năm trước (số liệu gốc lấy từ kết quả đã duyệt)',
        body: z.object({
          unit: z.string().max(40).optional().describe('Mã thành phố hoặc tỉnh; mặc định là thành phố của người dùng'),
          year: z.number().int().min(2000).max(2100),
          from: z.enum(['blank', 'copy']).default('blank'),
          sourcePlanId: rowId.optional(),
          content: planContentSchema.optional(),
        }),
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const { unit: code, ...input } = request.body;
      const unit = code === undefined ? await resolveCity(app.db, actor, undefined) : await findUnitByCode(app.db, code);
      if (!unit) throw notFound({ vi: `đơn vị ${code ?? ''}`, en: `Unit ${code ?? ''}` });
      const id = await createPlan(app.db, actor, { ...input, unitId: unit.id }, app.clock.now());
      return reply.status(201).send(await detail(actor, id));
    },
  );

  app.put(
    '/plans/:id',
    {
      schema: {
        tags,
        summary: 'Sửa toàn bộ nội dung dự thảo (cũng là nhập kế hoạch dạng JSON); kiểm tra cả bản, lỗi nào cũng chỉ rõ vị trí, có lỗi thì không lưu gì',
        params: idParams,
        body: z.object({ content: planContentSchema }),
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      await updatePlanContent(app.db, actor, request.params.id, request.body.content, app.clock.now());
      return detail(actor, request.params.id);
    },
  );

  app.delete('/plans/:id', { schema: { tags, summary: 'Xóa một dự thảo (và các nhiệm vụ đã sao chép vào nó)', params: idParams } }, async (request, reply) => {
    await deletePlan(app.db, request.requireActor(), request.params.id, app.clock.now());
    return reply.status(204).send();
  });

  app.post(
    '/plans/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành kế hoạch (multipart: decisionNumber, decisionDate yyyy-mm-dd, signer, tệp PDF đã ký "document"); mở 12 kỳ báo cáo của năm',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      await withUploadedForm(request, app.config.dataDir, decisionFields, [], (decision, files) => issuePlan(app.db, actor, request.params.id, decision, files, app.clock.now()));
      app.events.publish('plan.changed');
      return detail(actor, request.params.id);
    },
  );

  app.post(
    '/plans/:id/amendments',
    {
      schema: {
        tags,
        summary:
          'Điều chỉnh kế hoạch đã ban hành (multipart: decisionNumber, decisionDate, signer, effectiveMonth, reason, retroactive, content là JSON nội dung mới, tệp PDF "document"): thành phiên bản mới, áp dụng từ tháng đã chọn',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      await withUploadedForm(request, app.config.dataDir, amendmentFields, ['effectiveMonth'], (amendment, files) => amendPlan(app.db, actor, request.params.id, amendment, files, app.clock.now()));
      app.events.publish('plan.changed');
      return detail(actor, request.params.id);
    },
  );

  app.get(
    '/plans/:id/versions/:number/document',
    { config: { access: 'public' }, schema: { tags, summary: 'Tải văn bản đã ký của một lần ban hành hoặc điều chỉnh (PDF)', params: idParams.extend({ number: rowIdParam }) } },
    async (request, reply) => {
      // Only an issued plan has versions, and an issued plan is public.
      const document = await versionDocument(app.db, request.params.id, request.params.number);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`)
        .send(await readStoredFile(app.config.dataDir, document.sha256));
    },
  );
};
