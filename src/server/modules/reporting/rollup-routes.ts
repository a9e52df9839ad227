// Rollups, the indicator page and its exports.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type BreakdownRow, cityRollupSchema, indicatorPageSchema } from '../../../common/reporting.js';
import { type Column, XLSX_TYPE, toCsv, toXlsx } from '../../lib/spreadsheet.js';
import { resolveCity } from '../units/service.js';
import { presentPeriod } from './presenter.js';
import { indicatorBreakdown, rollupByArea, rollupIndicators, rollupScope } from './rollup.js';

const tags = ['reporting'];
const monthQuery = z.object({
  city: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12),
});
const codeParams = z.object({ code: z.string().min(1).max(20) });

const statusLabel: Record<BreakdownRow['status'], string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  approved: 'Đã duyệt',
  returned: 'Trả lại',
  missing: 'Chưa báo cáo',
};
const breakdownColumns: Column<BreakdownRow>[] = [
  { header: 'Mã đơn vị', value: (row) => row.unit.code, width: 12 },
  { header: 'Đơn vị', value: (row) => row.unit.name, width: 32 },
  { header: 'Trạng thái', value: (row) => statusLabel[row.status], width: 14 },
  { header: 'Tử số', value: (row) => row.figure?.numerator ?? null },
  { header: 'Mẫu số', value: (row) => row.figure?.denominator ?? null },
  { header: 'Giá trị (%)', value: (row) => (row.figure?.percent === null || row.figure === null ? null : Math.round(row.figure.percent * 100) / 100), numFmt: '0.00' },
  { header: 'Đạt', value: (row) => (row.figure?.met === null || row.figure === null ? null : row.figure.met ? 'Có' : 'Không'), width: 8 },
  { header: 'Ngày hoàn thành', value: (row) => row.figure?.doneDate ?? null },
  { header: 'Ghi chú', value: (row) => row.figure?.comment ?? null, width: 40 },
];

export const rollupRoutes: FastifyPluginAsyncZod = async (app) => {
  const scopeFor = async (actor: Parameters<typeof resolveCity>[1], query: z.infer<typeof monthQuery>) => {
    const city = await resolveCity(app.db, actor, query.city);
    return rollupScope(app.db, city.id, query.year, query.month, app.clock.now());
  };

  app.get(
    '/reporting/rollup',
    { schema: { tags, summary: 'Giá trị mọi chỉ tiêu của thành phố tính đến một tháng (lũy kế), đã duyệt và tạm tính', querystring: monthQuery, response: { 200: cityRollupSchema } } },
    async (request) => {
      const scope = await scopeFor(request.requireActor(), request.query);
      return { period: presentPeriod(scope.period), planVersion: scope.version, areas: await rollupByArea(app.db, scope) };
    },
  );

  app.get(
    '/reporting/indicators/:code',
    { schema: { tags, summary: 'Trang chỉ tiêu: mục tiêu, giá trị, trạng thái, xu hướng, số liệu từng đơn vị', params: codeParams, querystring: monthQuery, response: { 200: indicatorPageSchema } } },
    async (request) => {
      const scope = await scopeFor(request.requireActor(), request.query);
      // The breakdown answers 404 for an unknown code, so the rollup below has its one indicator.
      const { indicator, units } = await indicatorBreakdown(app.db, scope, request.params.code);
      const [rollup] = await rollupIndicators(app.db, scope, [indicator.code]);
      if (!rollup) throw new Error(`no rollup for ${indicator.code}`);
      return {
        period: presentPeriod(scope.period),
        rollup,
        baseline: indicator.baseline_year === null || indicator.baseline_text === null ? null : { year: indicator.baseline_year, text: indicator.baseline_text, value: indicator.baseline_value },
        note: indicator.note,
        breakdown: units,
      };
    },
  );

  app.get(
    '/reporting/indicators/:code/breakdown.:format',
    {
      schema: {
        tags,
        summary: 'Xuất bảng số liệu theo đơn vị (CSV hoặc XLSX)',
        params: codeParams.extend({ format: z.enum(['csv', 'xlsx']) }),
        querystring: monthQuery,
      },
    },
    async (request, reply) => {
      const scope = await scopeFor(request.requireActor(), request.query);
      const { units } = await indicatorBreakdown(app.db, scope, request.params.code);
      const name = `${request.params.code}-${scope.year}-${String(scope.month).padStart(2, '0')}`;
      if (request.params.format === 'csv') {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(toCsv(breakdownColumns, units));
      }
      const body = await toXlsx(`${request.params.code} tháng ${scope.month}-${scope.year}`, breakdownColumns, units);
      return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${name}.xlsx"`).send(body);
    },
  );
};
