import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  itemStatusLabels,
  progressInputSchema,
  rescheduleInputSchema,
  type Task,
  taskDetailSchema,
  taskFilterSchema,
  taskInputSchema,
  taskPatchSchema,
  taskSchema,
  timelineSchema,
} from '../../../common/tasks.js';
import { formatVietnameseDate } from '../../../common/vietnam-time.js';
import { type Column, XLSX_TYPE, toXlsx } from '../../lib/spreadsheet.js';
import { withinJurisdiction } from '../../lib/policy.js';
import { AppError } from '../../lib/errors.js';
import { MAX_FILE_BYTES, readStoredFile } from '../../lib/files.js';
import { findAttachment } from './evidence.js';
import { thenShow, withUploadedForm } from './form.js';
import { addTaskUpdate } from './progress.js';
import { createTask, rescheduleTask, updateTask } from './service.js';
import { getTaskDetail, listTasks, taskTimeline } from './views.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['tasks'];
const idParams = z.object({ id: rowIdParam });
const date = (value: string | null) => (value === null ? null : formatVietnameseDate(value));

const exportColumns: Column<Task>[] = [
  { header: 'Mã', value: (task) => task.code, width: 16 },
  { header: 'Nhiệm vụ', value: (task) => task.title, width: 60 },
  { header: 'Lĩnh vực / nhóm giải pháp', value: (task) => task.area?.name ?? task.solutionGroup?.name ?? null, width: 24 },
  { header: 'Đơn vị chủ trì', value: (task) => task.leadUnit.name, width: 28 },
  { header: 'Đơn vị phối hợp', value: (task) => task.coordinatingUnits.map((unit) => unit.name).join('; '), width: 28 },
  { header: 'Bắt đầu', value: (task) => date(task.plannedStartDate), width: 12 },
  { header: 'Hạn hiện tại', value: (task) => date(task.dueDate), width: 12 },
  { header: 'Hạn ban đầu', value: (task) => date(task.baselineDueDate), width: 12 },
  { header: 'Ngày hoàn thành', value: (task) => date(task.completedOn), width: 12 },
  { header: 'Trạng thái', value: (task) => itemStatusLabels[task.status], width: 18 },
  { header: 'Tiến độ (%)', value: (task) => task.progress, width: 10 },
  { header: 'Chậm (ngày)', value: (task) => task.timing.delay.days, width: 10 },
  { header: 'Chậm (tháng)', value: (task) => task.timing.delay.months, width: 10 },
  { header: 'Chậm so với hạn ban đầu (tháng)', value: (task) => task.timing.baselineDelay.months, width: 14 },
];

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin's routes read multipart forms.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES } });

  app.get(
    '/tasks',
    { schema: { tags, summary: 'Danh sách nhiệm vụ (lọc theo đơn vị, lĩnh vực, trạng thái, quá hạn, hạn trong tháng, tìm kiếm)', querystring: taskFilterSchema, response: { 200: z.array(taskSchema) } } },
    async (request) => listTasks(app.db, request.requireActor(), request.query, app.clock.now()),
  );

  app.get(
    '/tasks/export.xlsx',
    { schema: { tags, summary: 'Xuất danh sách nhiệm vụ ra Excel (cùng bộ lọc)', querystring: taskFilterSchema } },
    async (request, reply) => {
      const tasks = await listTasks(app.db, request.requireActor(), request.query, app.clock.now());
      const body = await toXlsx('Nhiệm vụ', exportColumns, tasks);
      return reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="nhiem-vu.xlsx"').send(body);
    },
  );

  app.get(
    '/tasks/timeline',
    { schema: { tags, summary: 'Dữ liệu tiến độ (Gantt): nhiệm vụ theo đơn vị chủ trì', querystring: taskFilterSchema, response: { 200: timelineSchema } } },
    async (request) => taskTimeline(app.db, request.requireActor(), request.query, app.clock.now()),
  );

  app.get(
    '/tasks/:id',
    { schema: { tags, summary: 'Một nhiệm vụ: nhiệm vụ con, các lần điều chỉnh hạn, báo cáo tiến độ, chỉ đạo liên quan', params: idParams, response: { 200: taskDetailSchema } } },
    async (request) => getTaskDetail(app.db, request.requireActor(), request.params.id, app.clock.now()),
  );

  const applyThenShow = thenShow(app.clock, async (actor, id, now) => {
    const task = await getTaskDetail(app.db, actor, id, now);
    // The change has returned, so it is committed: open OC screens refresh.
    app.events.publish(task.status === 'done' || task.status === 'done_late' ? 'task.completed' : 'task.changed');
    return task;
  });

  app.post(
    '/tasks',
    { schema: { tags, summary: 'Giao nhiệm vụ (điều phối viên, lãnh đạo)', body: taskInputSchema, response: { 201: taskDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      return reply.status(201).send(await applyThenShow(actor, (now) => createTask(app.db, actor, request.body, now)));
    },
  );

  app.patch(
    '/tasks/:id',
    { schema: { tags, summary: 'Sửa, giao lại, tạm dừng, hủy, mở lại nhiệm vụ', params: idParams, body: taskPatchSchema, response: { 200: taskDetailSchema } } },
    async (request) => {
      const actor = request.requireActor();
      return applyThenShow(actor, (now) => updateTask(app.db, actor, request.params.id, request.body, now));
    },
  );

  app.post(
    '/tasks/:id/reschedule',
    { schema: { tags, summary: 'Điều chỉnh hạn hoàn thành (giữ hạn ban đầu, ghi người quyết định và lý do)', params: idParams, body: rescheduleInputSchema, response: { 200: taskDetailSchema } } },
    async (request) => {
      const actor = request.requireActor();
      return applyThenShow(actor, (now) => rescheduleTask(app.db, actor, request.params.id, request.body, now));
    },
  );

  app.post(
    '/tasks/:id/updates',
    { schema: { tags, summary: 'Báo cáo tiến độ (đơn vị chủ trì); có completedOn là báo hoàn thành', params: idParams, body: progressInputSchema, response: { 201: taskDetailSchema } } },
    async (request, reply) => {
      const actor = request.requireActor();
      return reply.status(201).send(await applyThenShow(actor, (now) => addTaskUpdate(app.db, actor, request.params.id, request.body, now)));
    },
  );

  app.post(
    '/tasks/:id/updates/with-files',
    {
      schema: {
        tags,
        summary: 'Báo cáo tiến độ kèm tệp minh chứng (multipart: các trường như trên và tệp "files"; PDF, ảnh, tài liệu văn phòng, tối đa 10 MB)',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: taskDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const detail = await applyThenShow(actor, (now) =>
        withUploadedForm(request, app.config.dataDir, progressInputSchema, ['progress', 'figure'], (input, files) =>
          addTaskUpdate(app.db, actor, request.params.id, input, now, files),
        ),
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/attachments/:id',
    { schema: { tags, summary: 'Tải tệp minh chứng hoặc biên bản', params: idParams } },
    async (request, reply) => {
      const actor = request.requireActor();
      const { file, cityId } = await findAttachment(app.db, request.params.id);
      if (!withinJurisdiction(actor, cityId)) throw new AppError('FORBIDDEN');
      const content = await readStoredFile(app.config.dataDir, file.sha256);
      const ascii = file.file_name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '') || 'tep';
      return reply
        .type(file.media_type)
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
        .send(content);
    },
  );
};
