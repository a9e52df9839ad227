// Field reports over HTTP: the citizens' side needs no account (filing is rate-limited per
// address), the officers' side is scoped by policy. Setup, calendar and figures are in setup-routes.ts.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignInputSchema,
  extendInputSchema,
  fieldReportInputSchema,
  filedReceiptSchema,
  isOpenFieldReport,
  mergeInputSchema,
  nearbyReportSchema,
  publicConfigSchema,
  publicFieldReportSchema,
  publicFilterSchema,
  rejectInputSchema,
  resolveInputSchema,
  staffFieldReportDetailSchema,
  staffFieldReportSchema,
  staffFilterSchema,
  supportInputSchema,
  trackedFieldReportSchema,
  transferBackInputSchema,
  updateInputSchema,
} from '../../../common/feedback.js';
import { unitRef } from '../tasks/presenter.js';
import { readMultipart, readStoredFile } from '../../lib/files.js';
import { thenShow } from '../tasks/form.js';
import { checkForm, readReportForm } from './form.js';
import { fieldReportIntake } from './intake.js';
import { listUnits } from '../units/service.js';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, withSavedPhotos } from './photos.js';
import { presentCategory, presentWardLocation } from './presenter.js';
import type { FieldReportRow } from './schema.js';
import { supportReport } from './service.js';
import { listCategories, listWardLocations, publicCity } from './setup.js';
import { notesRoutes } from './notes-routes.js';
import { setupRoutes } from './setup-routes.js';
import { findPhoto, listForStaff, listPublic, nearbyReports, staffDetail, trackReport } from './views.js';
import { acceptReport, assignReport, extendDeadline, mergeReport, postUpdate, rejectReport, resolveReport, transferBack } from './workflow.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['field-reports'];
const idParams = z.object({ id: rowIdParam });
const codeParams = z.object({ code: z.string().trim().min(4).max(20) });

/** The filing routes' limit (route config): per address for visitors; signed-in officers filing on a caller's behalf are not limited. */
export const filingRateLimit = (perHour: number) => ({
  rateLimit: {
    hook: 'preHandler' as const,
    max: perHour,
    timeWindow: '1 hour',
    allowList: (request: FastifyRequest) => request.actor !== null,
  },
});

/** Look-ups by a code or token that only its holder should know: per address, so guessing codes is slow. */
export const lookupRateLimit = (perMinute: number) => ({
  rateLimit: { hook: 'preHandler' as const, max: perMinute, timeWindow: '1 minute', allowList: (request: FastifyRequest) => request.actor !== null },
});

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_PHOTO_BYTES } });
  await app.register(setupRoutes);
  await app.register(notesRoutes);

  const filingLimit = filingRateLimit(app.config.fieldReportsPerHour);
  const filing = (request: FastifyRequest) => ({ now: app.clock.now(), source: 'web' as const, actorId: request.actor?.id ?? null });
  const intake = fieldReportIntake(app.db);
  const receipt = async (request: FastifyRequest, row: FieldReportRow) => {
    const { units } = await intake.reference();
    request.log.info({ code: row.code }, 'field report filed');
    return {
      code: row.code,
      status: row.status,
      dueDate: row.due_date,
      unit: row.unit_id === null ? null : unitRef(units, row.unit_id),
      ward: row.ward_id === null ? null : unitRef(units, row.ward_id),
    };
  };

  app.get(
    '/field-reports/config',
    { config: { access: 'public' }, schema: { tags, summary: 'Cho trang gửi phản ánh: lĩnh vực, phường xã (tâm gần đúng hoặc ranh giới), nguồn bản đồ', querystring: z.object({ city: z.string().max(40).optional() }), response: { 200: publicConfigSchema } } },
    async (request) => {
      const city = await publicCity(app.db, request.query.city);
      const categories = await listCategories(app.db, city.id, true);
      const wards = await listWardLocations(app.db, city.id);
      const units = await listUnits(app.db);
      const byId = new Map(units.map((unit) => [unit.id, unit]));
      return {
        mapTileUrl: app.config.mapTileUrl ?? null,
        categories: categories.map(presentCategory),
        wards: wards.map((ward) => presentWardLocation(ward, byId)),
        maxPhotos: MAX_PHOTOS,
        maxPhotoBytes: MAX_PHOTO_BYTES,
      };
    },
  );

  app.get(
    '/field-reports/public',
    { config: { access: 'public' }, schema: { tags, summary: 'Phản ánh công khai (danh sách và bản đồ), không có thông tin cá nhân', querystring: publicFilterSchema, response: { 200: z.array(publicFieldReportSchema) } } },
    async (request) => listPublic(app.db, request.query, app.clock.now()),
  );

  app.get(
    '/field-reports/nearby',
    { config: { access: 'public' },
      schema: {
        tags,
        summary: 'Phản ánh có thể trùng: cùng lĩnh vực, trong bán kính và khoảng thời gian của lĩnh vực',
        querystring: z.object({ categoryId: rowIdParam, lat: z.coerce.number().min(-90).max(90), lng: z.coerce.number().min(-180).max(180) }),
        response: { 200: z.array(nearbyReportSchema) },
      },
    },
    async (request) => nearbyReports(app.db, request.query, app.clock.now()),
  );

  app.post(
    '/field-reports',
    { config: { ...filingLimit, access: 'public' }, schema: { tags, summary: 'Gửi phản ánh (không cần tài khoản); trả mã theo dõi', body: fieldReportInputSchema, response: { 201: filedReceiptSchema } } },
    async (request, reply) => {
      const row = await intake.file(request.body, [], filing(request));
      app.events.publish('fieldReport.filed');
      return reply.status(201).send(await receipt(request, row));
    },
  );

  app.post(
    '/field-reports/with-photos',
    {
      config: { ...filingLimit, access: 'public' },
      schema: {
        tags,
        summary: `Gửi phản ánh kèm ảnh (multipart: các trường như trên, attributes dạng JSON, tối đa ${MAX_PHOTOS} ảnh "photos"; ảnh được thu nhỏ và xóa EXIF/GPS)`,
        consumes: ['multipart/form-data'],
        response: { 201: filedReceiptSchema },
      },
    },
    async (request, reply) => {
      const { fields, uploads } = await readMultipart(request);
      const input = readReportForm(fields);
      const row = await withSavedPhotos(app.config.dataDir, uploads, (photos) => intake.file(input, photos, filing(request)));
      app.events.publish('fieldReport.filed');
      return reply.status(201).send(await receipt(request, row));
    },
  );

  app.get(
    '/field-reports/track/:code',
    { config: { ...lookupRateLimit(app.config.lookupsPerMinute), access: 'public' }, schema: { tags, summary: 'Tra cứu theo mã: trạng thái, lịch sử, đơn vị xử lý, trả lời, thời hạn', params: codeParams, response: { 200: trackedFieldReportSchema } } },
    async (request) => trackReport(app.db, request.params.code, app.clock.now()),
  );

  app.post(
    '/field-reports/track/:code/support',
    { config: { ...filingLimit, access: 'public' }, schema: { tags, summary: '"+1": tham gia một phản ánh đang mở thay vì gửi trùng', params: codeParams, body: supportInputSchema, response: { 200: trackedFieldReportSchema } } },
    async (request) => {
      const now = app.clock.now();
      const report = await supportReport(app.db, request.params.code, request.body, now);
      return trackReport(app.db, report.code, now);
    },
  );

  app.get(
    '/field-reports/track/:code/photos/:photoId',
    { config: { access: 'public' }, schema: { tags, summary: 'Ảnh của phản ánh (bản đã thu nhỏ, không còn siêu dữ liệu)', params: codeParams.extend({ photoId: rowIdParam }) } },
    async (request, reply) => {
      const photo = await findPhoto(app.db, request.actor, request.params.code, request.params.photoId, app.clock.now());
      const content = await readStoredFile(app.config.dataDir, photo.sha256);
      return reply.type(photo.media_type).header('cache-control', 'public, max-age=86400').send(content);
    },
  );

  // The officers' side.
  app.get(
    '/field-reports',
    { schema: { tags, summary: 'Phản ánh của đơn vị tôi (điều phối viên, lãnh đạo: cả thành phố; queue=triage: chờ phân loại)', querystring: staffFilterSchema, response: { 200: z.array(staffFieldReportSchema) } } },
    async (request) => listForStaff(app.db, request.requireActor(), request.query, app.clock.now()),
  );

  app.get(
    '/field-reports/:id',
    { schema: { tags, summary: 'Một phản ánh đầy đủ: người gửi (nếu không ẩn danh), ghi chú nội bộ, thao tác được phép', params: idParams, response: { 200: staffFieldReportDetailSchema } } },
    async (request) => staffDetail(app.db, request.requireActor(), request.params.id, app.clock.now()),
  );

  const applyThenShow = thenShow(app.clock, async (actor, id, now) => {
    const report = await staffDetail(app.db, actor, id, now);
    // The change has returned, so it is committed: open OC screens refresh.
    app.events.publish(isOpenFieldReport(report.status) ? 'fieldReport.changed' : 'fieldReport.closed');
    return report;
  });
  const step = <S extends z.ZodType>(path: string, summary: string, body: S, run: (actor: ReturnType<FastifyRequest['requireActor']>, id: number, input: z.infer<S>, now: Date) => Promise<number>) =>
    app.post(path, { schema: { tags, summary, params: idParams, body, response: { 200: staffFieldReportDetailSchema } } }, async (request) => {
      const actor = request.requireActor();
      return applyThenShow(actor, (now) => run(actor, request.params.id, request.body as z.infer<S>, now));
    });

  step('/field-reports/:id/assign', 'Xác minh và giao đơn vị xử lý (điều phối viên); có thể đổi lĩnh vực, phường', assignInputSchema, (actor, id, input, now) => assignReport(app.db, actor, id, input, now));
  step('/field-reports/:id/reject', 'Từ chối (spam, ngoài phạm vi) với lý do công khai', rejectInputSchema, (actor, id, input, now) => rejectReport(app.db, actor, id, input.reason, now));
  step('/field-reports/:id/merge', 'Gộp vào phản ánh trùng (theo mã)', mergeInputSchema, (actor, id, input, now) => mergeReport(app.db, actor, id, input, now));
  step('/field-reports/:id/accept', 'Đơn vị tiếp nhận xử lý', z.object({}), (actor, id, _input, now) => acceptReport(app.db, actor, id, now));
  step('/field-reports/:id/updates', 'Cập nhật tiến độ (công khai và/hoặc nội bộ)', updateInputSchema, (actor, id, input, now) => postUpdate(app.db, actor, id, input, now));
  step('/field-reports/:id/resolve', 'Hoàn thành, với trả lời công khai', resolveInputSchema, (actor, id, input, now) => resolveReport(app.db, actor, id, input.answer, now));
  step('/field-reports/:id/extend', 'Gia hạn một lần (lãnh đạo), trước khi quá hạn, với lý do', extendInputSchema, (actor, id, input, now) => extendDeadline(app.db, actor, id, input, now));

  app.post(
    '/field-reports/:id/transfer-back',
    // The unit no longer holds the report afterwards, so it gets the public view back.
    { schema: { tags, summary: 'Chuyển trả bộ phận điều phối, với lý do (trả về bản công khai)', params: idParams, body: transferBackInputSchema, response: { 200: trackedFieldReportSchema } } },
    async (request) => {
      const now = app.clock.now();
      const report = await transferBack(app.db, request.requireActor(), request.params.id, request.body.reason, now);
      app.events.publish('fieldReport.changed');
      return trackReport(app.db, report.code, now);
    },
  );

  app.post(
    '/field-reports/:id/resolve/with-photos',
    { schema: { tags, summary: `Hoàn thành kèm ảnh "sau khi xử lý" (multipart: answer và tối đa ${MAX_PHOTOS} ảnh "photos")`, consumes: ['multipart/form-data'], params: idParams, response: { 200: staffFieldReportDetailSchema } } },
    async (request) => {
      const actor = request.requireActor();
      return applyThenShow(actor, async (now) => {
        const { fields, uploads } = await readMultipart(request);
        const input = checkForm(resolveInputSchema, fields);
        return withSavedPhotos(app.config.dataDir, uploads, (photos) => resolveReport(app.db, actor, request.params.id, input.answer, now, photos));
      });
    },
  );
};
