import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { completenessSchema, dueOnDayOffRules, figureInputSchema, periodSchema, reportFormSchema, submissionSummarySchema } from '../../../common/reporting.js';
import { resolveCity } from '../units/service.js';
import fastifyMultipart from '@fastify/multipart';
import { MAX_FILE_BYTES, readMultipart, readStoredFile } from '../../lib/files.js';
import { listReportingAudit } from './audit.js';
import { attachEvidence, findEvidence } from './evidence.js';
import { reminderList, sendReminders } from './reminders.js';
import { approvalQueue, completenessGrid, myReports } from './completeness.js';
import { loadForm } from './forms.js';
import { ensurePeriods, getCalendar, updateCalendar } from './periods.js';
import { presentPeriod } from './presenter.js';
import { openSubmission, saveFigures } from './submissions.js';
import { approveReport, reopenReport, returnReport, submitReport } from './workflow.js';
import { rowId, rowIdParam } from '../../../common/ids.js';

const idParams = z.object({ id: rowIdParam });
const cityQuery = z.object({ city: z.string().max(40).optional() });
const versionBody = z.object({ version: rowId });
const reasonBody = versionBody.extend({ reason: z.string().trim().min(1).max(2000) });
const calendarSchema = z.object({
  cutoffDay: z.number().int().min(1).max(28),
  unitDueDay: z.number().int().min(1).max(28),
  consolidationDay: z.number().int().min(1).max(28),
  changeWarningPercent: z.number().min(1).max(1000),
  /** When the due day or the consolidation day is not a working day: keep it, or move to the next working day. */
  dueOnDayOff: z.enum(dueOnDayOffRules),
});
const tags = ['reporting'];

export const reportingRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin's routes read multipart forms.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES } });

  app.get('/reporting/calendar', { schema: { tags, summary: 'Lịch báo cáo của thành phố', querystring: cityQuery, response: { 200: calendarSchema } } }, async (request) => {
    const city = await resolveCity(app.db, request.requireActor(), request.query.city);
    return getCalendar(app.db, city.id);
  });

  app.put(
    '/reporting/calendar',
    { schema: { tags, summary: 'Sửa lịch báo cáo (điều phối)', querystring: cityQuery, body: calendarSchema.partial({ dueOnDayOff: true }), response: { 200: calendarSchema } } },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return updateCalendar(app.db, actor, city.id, request.body, app.clock.now());
    },
  );

  app.get(
    '/reporting/periods',
    {
      schema: {
        tags,
        summary: 'Các kỳ báo cáo tháng của một năm',
        querystring: cityQuery.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.array(periodSchema) },
      },
    },
    async (request) => {
      const city = await resolveCity(app.db, request.requireActor(), request.query.city);
      return (await ensurePeriods(app.db, city.id, request.query.year)).map(presentPeriod);
    },
  );

  app.post(
    '/reporting/submissions',
    {
      schema: {
        tags,
        summary: 'Mở (hoặc lấy) báo cáo của đơn vị cho một kỳ',
        body: z.object({ periodId: rowId, unitId: rowId }),
        response: { 200: reportFormSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const submission = await openSubmission(app.db, actor, request.body, app.clock.now());
      return loadForm(app.db, actor, submission.id);
    },
  );

  app.get('/reporting/submissions/:id', { schema: { tags, params: idParams, response: { 200: reportFormSchema } } }, async (request) =>
    loadForm(app.db, request.requireActor(), request.params.id),
  );

  app.put(
    '/reporting/submissions/:id/figures',
    {
      schema: {
        tags,
        summary: 'Lưu số liệu (nháp); 409 nếu người khác vừa lưu',
        params: idParams,
        body: versionBody.extend({ figures: z.array(figureInputSchema).max(500) }),
        response: { 200: reportFormSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      await saveFigures(app.db, actor, request.params.id, request.body, app.clock.now());
      return loadForm(app.db, actor, request.params.id);
    },
  );

  app.post(
    '/reporting/submissions/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp minh chứng (multipart: "files", tùy chọn "indicatorCode"; PDF, ảnh, tài liệu văn phòng; tối đa 10 MB/tệp)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: reportFormSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const { fields, uploads } = await readMultipart(request);
      await attachEvidence(app.db, app.config.dataDir, actor, request.params.id, { indicatorCode: fields.indicatorCode, uploads }, app.clock.now());
      return loadForm(app.db, actor, request.params.id);
    },
  );

  app.get('/reporting/evidence/:id', { schema: { tags, summary: 'Tải tệp minh chứng', params: idParams } }, async (request, reply) => {
    const file = await findEvidence(app.db, request.requireActor(), request.params.id);
    return reply
      .type(file.media_type)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
      .send(await readStoredFile(app.config.dataDir, file.sha256));
  });

  app.get(
    '/reporting/completeness',
    {
      schema: {
        tags,
        summary: 'Tình hình báo cáo: đơn vị × kỳ (đã gửi đúng hạn, trễ, thiếu, trả lại)',
        querystring: cityQuery.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: completenessSchema },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return completenessGrid(app.db, actor, city.id, request.query.year, app.clock.now());
    },
  );

  app.get(
    '/reporting/mine',
    {
      schema: {
        tags,
        summary: 'Báo cáo của đơn vị tôi theo từng kỳ trong năm',
        querystring: cityQuery.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            unit: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
            periods: z.array(z.object({ period: periodSchema, submission: submissionSummarySchema.nullable() })),
          }),
        },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return myReports(app.db, actor, city.id, request.query.year);
    },
  );

  const reminderQuery = cityQuery.extend({ periodId: rowIdParam });
  app.get(
    '/reporting/reminders',
    {
      schema: {
        tags,
        summary: 'Đơn vị cần nhắc báo cáo trong kỳ (chưa gửi, nháp, bị trả lại) và lần nhắc gần nhất',
        querystring: reminderQuery,
        response: {
          200: z.object({
            period: periodSchema,
            units: z.array(
              z.object({
                unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
                state: z.enum(['missing', 'draft', 'returned', 'submitted', 'approved']),
                daysLate: z.number(),
                lastRemindedAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return reminderList(app.db, actor, city.id, request.query.periodId, app.clock.now());
    },
  );

  app.post(
    '/reporting/reminders',
    {
      schema: {
        tags,
        summary: 'Gửi nhắc nhở trong ứng dụng tới cán bộ các đơn vị chưa báo cáo (mỗi người tối đa một lần mỗi ngày)',
        querystring: cityQuery,
        body: z.object({ periodId: rowId, unitIds: z.array(rowId).max(5000).optional() }),
        response: { 200: z.object({ sent: z.number() }) },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return sendReminders(app.db, actor, city.id, request.body.periodId, request.body.unitIds, app.clock.now());
    },
  );

  app.get(
    '/reporting/queue',
    { schema: { tags, summary: 'Báo cáo chờ duyệt', querystring: cityQuery, response: { 200: z.array(submissionSummarySchema) } } },
    async (request) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      return approvalQueue(app.db, actor, city.id);
    },
  );

  app.get(
    '/reporting/audit',
    {
      schema: {
        tags,
        summary: 'Nhật ký thay đổi số liệu và trạng thái: theo đơn vị, báo cáo hoặc từng số liệu',
        querystring: z.object({
          unitId: rowIdParam.optional(),
          submissionId: rowIdParam.optional(),
          valueId: rowIdParam.optional(),
        }),
      },
    },
    async (request) => listReportingAudit(app.db, request.requireActor(), request.query),
  );

  const transitions = {
    submit: { summary: 'Gửi báo cáo', body: versionBody, run: submitReport, event: 'report.submitted' },
    approve: { summary: 'Duyệt báo cáo', body: versionBody, run: approveReport, event: 'figures.approved' },
  } as const;
  for (const [action, { summary, body, run, event }] of Object.entries(transitions)) {
    app.post(`/reporting/submissions/:id/${action}`, { schema: { tags, summary, params: idParams, body, response: { 200: reportFormSchema } } }, async (request) => {
      const actor = request.requireActor();
      await run(app.db, actor, request.params.id, request.body.version, app.clock.now());
      const form = await loadForm(app.db, actor, request.params.id);
      app.events.publish(event, form.submission.period);
      return form;
    });
  }

  const withReason = {
    return: { summary: 'Trả lại báo cáo kèm lý do', run: returnReport, event: 'report.returned' },
    reopen: { summary: 'Mở lại báo cáo đã duyệt kèm lý do (điều phối)', run: reopenReport, event: 'figures.reopened' },
  } as const;
  for (const [action, { summary, run, event }] of Object.entries(withReason)) {
    app.post(`/reporting/submissions/:id/${action}`, { schema: { tags, summary, params: idParams, body: reasonBody, response: { 200: reportFormSchema } } }, async (request) => {
      const actor = request.requireActor();
      await run(app.db, actor, request.params.id, request.body.version, request.body.reason, app.clock.now());
      const form = await loadForm(app.db, actor, request.params.id);
      app.events.publish(event, form.submission.period);
      return form;
    });
  }
};
