// The working calendar: the days deadlines count (public, as before), the years with their status,
// proposal and adjustments, the administrator's adjustments and confirmation, and the notice of a
// year that waits (for the banner the administrator and the coordinators see).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adjustmentInputSchema,
  calendarChangeSchema,
  calendarNoticeSchema,
  confirmInputSchema,
  holidaySchema,
  holidayYearSchema,
  holidayYearSummarySchema,
} from '../../../common/holidays.js';
import { receivesCalendarNotice } from './policy.js';
import { unconfirmedYears } from './schedule.js';
import { addAdjustment, confirmYear, listYears, removeAdjustment, yearDetail } from './service.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['holidays'];
const yearValue = z.coerce.number().int().min(2000).max(2100);
const yearParams = z.object({ year: yearValue });

export const holidayRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/holidays',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Các ngày nghỉ lễ, Tết và ngày làm bù đang dùng để tính hạn theo ngày làm việc',
        querystring: z.object({ year: yearValue.optional() }),
        response: { 200: z.array(holidaySchema) },
      },
    },
    async (request) => {
      let query = app.db.selectFrom('holidays').select(['date', 'name', 'kind', 'note']).orderBy('date');
      if (request.query.year !== undefined) query = query.where('date', '>=', `${request.query.year}-01-01`).where('date', '<=', `${request.query.year}-12-31`);
      return query.execute();
    },
  );

  app.get(
    '/holiday-years',
    { schema: { tags, summary: 'Các năm của lịch nghỉ: dự kiến hay đã xác nhận', response: { 200: z.array(holidayYearSummarySchema) } } },
    async (request) => {
      request.requireActor();
      return listYears(app.db);
    },
  );

  app.get(
    '/holiday-years/notice',
    { schema: { tags, summary: 'Năm nào chưa được xác nhận (quản trị viên, điều phối viên)', response: { 200: calendarNoticeSchema } } },
    async (request) => {
      const actor = request.requireActor();
      return { unconfirmedYears: receivesCalendarNotice(actor) ? await unconfirmedYears(app.db, app.clock.now()) : [] };
    },
  );

  app.get(
    '/holiday-years/:year',
    { schema: { tags, summary: 'Lịch nghỉ của một năm: lịch dự kiến, các điều chỉnh, lịch đang áp dụng', params: yearParams, response: { 200: holidayYearSchema } } },
    async (request) => yearDetail(app.db, request.params.year, request.requireActor()),
  );

  app.post(
    '/holiday-years/:year/adjustments',
    {
      schema: {
        tags,
        summary: 'Điều chỉnh theo thông báo của Chính phủ: chuyển ngày nghỉ, thêm ngày nghỉ bù, ngày làm bù, bỏ một ngày (quản trị viên)',
        params: yearParams,
        body: adjustmentInputSchema,
        response: { 201: calendarChangeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addAdjustment(app.db, request.requireActor(), request.params.year, request.body, app.clock.now())),
  );

  app.delete(
    '/holiday-years/:year/adjustments/:id',
    {
      schema: {
        tags,
        summary: 'Hủy một điều chỉnh (quản trị viên)',
        params: yearParams.extend({ id: rowIdParam }),
        response: { 200: calendarChangeSchema },
      },
    },
    async (request) => removeAdjustment(app.db, request.requireActor(), request.params.year, request.params.id, app.clock.now()),
  );

  app.post(
    '/holiday-years/:year/confirm',
    {
      schema: {
        tags,
        summary: 'Xác nhận lịch nghỉ của năm (quản trị viên): các điều chỉnh có hiệu lực, hạn đã hẹn chỉ được lùi, có ghi lại',
        params: yearParams,
        body: confirmInputSchema,
        response: { 200: calendarChangeSchema },
      },
    },
    async (request) => confirmYear(app.db, request.requireActor(), request.params.year, request.body.reference, app.clock.now()),
  );
};
