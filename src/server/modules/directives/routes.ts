import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  boardSchema,
  conclusionInputSchema,
  type Directive,
  directiveDetailSchema,
  directiveFilterSchema,
  directivePatchSchema,
  directiveReportSchema,
  directiveSchema,
  itemStatusLabels,
  meetingDetailSchema,
  meetingInputSchema,
  meetingSchema,
  myWorkSchema,
} from '../../../common/tasks.js';
import { formatVietnameseDate } from '../../../common/vietnam-time.js';
import { type Column, XLSX_TYPE, toXlsx } from '../../lib/spreadsheet.js';
import { MAX_FILE_BYTES } from '../../lib/files.js';
import { thenShow, withUploadedForm } from '../tasks/form.js';
import { addConclusion, attachMinutes, createMeeting, getMeetingDetail, listMeetings } from './meetings.js';
import { addDirectiveReport, getDirectiveDetail, listDirectives, updateDirective } from './service.js';
import { leaderBoard, myWork } from './work.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['directives'];
const idParams = z.object({ id: rowIdParam });

const exportColumns: Column<Directive>[] = [
  { header: 'Kết luận', value: (directive) => directive.conclusion.number, width: 8 },
  { header: 'Chỉ đạo', value: (directive) => directive.title, width: 60 },
  { header: 'Đơn vị thực hiện', value: (directive) => directive.ownerUnit.name, width: 28 },
  { header: 'Thời hạn', value: (directive) => (directive.standing ? 'Thường xuyên' : directive.dueDate && formatVietnameseDate(directive.dueDate)), width: 14 },
  { header: 'Trạng thái', value: (directive) => itemStatusLabels[directive.status], width: 18 },
  { header: 'Ngày hoàn thành', value: (directive) => directive.completedOn && formatVietnameseDate(directive.completedOn), width: 14 },
  { header: 'Kết quả', value: (directive) => directive.result, width: 40 },
  { header: 'Chậm (ngày)', value: (directive) => directive.timing.delay.days, width: 10 },
  { header: 'Nhiệm vụ liên quan', value: (directive) => directive.tasks.map((task) => task.code ?? task.title).join('; '), width: 24 },
];

export const directiveRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin's routes read multipart forms.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES } });

  const showMeeting = thenShow(app.clock, (actor, id, now) => getMeetingDetail(app.db, actor, id, now));
  const showDirective = thenShow(app.clock, async (actor, id, now) => {
    const directive = await getDirectiveDetail(app.db, actor, id, now);
    // The change has returned, so it is committed: open OC screens refresh.
    app.events.publish(directive.status === 'done' || directive.status === 'done_late' ? 'directive.completed' : 'directive.changed');
    return directive;
  });

  app.get(
    '/meetings',
    { schema: { tags, summary: 'Các cuộc họp Ban Chỉ đạo, với số chỉ đạo, đã xong, quá hạn', response: { 200: z.array(meetingSchema) } } },
    async (request) => listMeetings(app.db, request.requireActor(), app.clock.now()),
  );

  app.get(
    '/meetings/:id',
    { schema: { tags, summary: 'Sổ theo dõi chỉ đạo của một cuộc họp: kết luận và các chỉ đạo', params: idParams, response: { 200: meetingDetailSchema } } },
    async (request) => getMeetingDetail(app.db, request.requireActor(), request.params.id, app.clock.now()),
  );

  app.post(
    '/meetings',
    { schema: { tags, summary: 'Ghi một cuộc họp (điều phối viên, lãnh đạo)', body: meetingInputSchema, response: { 201: meetingDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      return reply.status(201).send(await showMeeting(actor, (now) => createMeeting(app.db, actor, request.body, now)));
    },
  );

  app.post(
    '/meetings/:id/conclusions',
    { schema: { tags, summary: 'Thêm một kết luận và các chỉ đạo giao từ kết luận đó', params: idParams, body: conclusionInputSchema, response: { 201: meetingDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      return reply.status(201).send(await showMeeting(actor, (now) => addConclusion(app.db, actor, request.params.id, request.body, now)));
    },
  );

  app.post(
    '/meetings/:id/minutes',
    { schema: { tags, summary: 'Đính kèm biên bản, thông báo kết luận (multipart, tệp "files")', consumes: ['multipart/form-data'], params: idParams, response: { 201: meetingDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      const detail = await showMeeting(actor, (now) =>
        withUploadedForm(request, app.config.dataDir, z.object({}), [], (_input, files) => attachMinutes(app.db, actor, request.params.id, files, now)),
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/directives',
    { schema: { tags, summary: 'Sổ theo dõi chỉ đạo (lọc theo cuộc họp, đơn vị, trạng thái, quá hạn, tìm kiếm)', querystring: directiveFilterSchema, response: { 200: z.array(directiveSchema) } } },
    async (request) => listDirectives(app.db, request.requireActor(), request.query, app.clock.now()),
  );

  app.get(
    '/directives/export.xlsx',
    { schema: { tags, summary: 'Xuất sổ theo dõi chỉ đạo ra Excel (cùng bộ lọc)', querystring: directiveFilterSchema } },
    async (request, reply) => {
      const directives = await listDirectives(app.db, request.requireActor(), request.query, app.clock.now());
      const body = await toXlsx('Chỉ đạo', exportColumns, directives);
      return reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="chi-dao.xlsx"').send(body);
    },
  );

  app.get(
    '/directives/:id',
    { schema: { tags, summary: 'Một chỉ đạo và các báo cáo của đơn vị thực hiện', params: idParams, response: { 200: directiveDetailSchema } } },
    async (request) => getDirectiveDetail(app.db, request.requireActor(), request.params.id, app.clock.now()),
  );

  app.patch(
    '/directives/:id',
    { schema: { tags, summary: 'Sửa, giao lại, đặt hạn, tạm dừng, hủy, mở lại chỉ đạo', params: idParams, body: directivePatchSchema, response: { 200: directiveDetailSchema } } },
    async (request) => {
      const actor = request.requireActor();
      return showDirective(actor, (now) => updateDirective(app.db, actor, request.params.id, request.body, now));
    },
  );

  app.post(
    '/directives/:id/updates',
    { schema: { tags, summary: 'Báo cáo của đơn vị thực hiện; báo hoàn thành cần completedOn và result', params: idParams, body: directiveReportSchema, response: { 201: directiveDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      return reply.status(201).send(await showDirective(actor, (now) => addDirectiveReport(app.db, actor, request.params.id, request.body, now)));
    },
  );

  app.post(
    '/directives/:id/updates/with-files',
    { schema: { tags, summary: 'Báo cáo kèm tệp minh chứng (multipart)', consumes: ['multipart/form-data'], params: idParams, response: { 201: directiveDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      const detail = await showDirective(actor, (now) =>
        withUploadedForm(request, app.config.dataDir, directiveReportSchema, [], (input, files) => addDirectiveReport(app.db, actor, request.params.id, input, now, files)),
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/board',
    {
      schema: {
        tags,
        summary: 'Bảng điều hành của lãnh đạo: việc quá hạn và đến hạn trong N ngày, theo đơn vị',
        querystring: z.object({ withinDays: z.coerce.number().int().min(0).max(90).default(7) }),
        response: { 200: boardSchema },
      },
    },
    async (request) => leaderBoard(app.db, request.requireActor(), app.clock.now(), request.query.withinDays),
  );

  app.get(
    '/my-work',
    { schema: { tags, summary: 'Việc của tôi: nhiệm vụ và chỉ đạo của đơn vị mình', response: { 200: myWorkSchema } } },
    async (request) => myWork(app.db, request.requireActor(), app.clock.now()),
  );
};
