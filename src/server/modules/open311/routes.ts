// Open311 GeoReport v2 (with Service Discovery) under /open311/v2, in XML and JSON, and the
// administrators' API-key endpoints under /api. Errors follow the standard: a list of
// { code, description } (XML errors/error); 404 unknown service or request, 403 bad api_key, 400 otherwise.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod, hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiKeySchema, newApiKeySchema } from '../../../common/feedback.js';
import { AppError, invalidField } from '../../lib/errors.js';
import { requestLanguage } from '../../lib/language.js';
import { fieldReportIntake } from '../feedback/intake.js';
import { lookupRateLimit } from '../feedback/routes.js';
import { loadContext } from '../feedback/views.js';
import { presentPublicReport } from '../feedback/presenter.js';
import type { FieldReportRow } from '../feedback/schema.js';
import { findByCode } from '../feedback/service.js';
import { listCategories, publicCity } from '../feedback/setup.js';
import { resolveCity } from '../units/service.js';
import { checkApiKey, issueApiKey, listApiKeys, presentApiKey, revokeApiKey } from './keys.js';
import { type Open311Body, optional, presentRequest, presentService, presentServiceDefinition, serviceNotice, w3c, xmlItems } from './presenter.js';
import { findByToken, open311Field, searchRequests, submitRequest } from './service.js';
import { toXml } from './xml.js';
import { rowIdParam } from '../../../common/ids.js';

const tags = ['open311'];
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const format = z.enum(['xml', 'json']);
const formatParams = z.object({ format });
const jurisdiction = { jurisdiction_id: z.string().max(100).optional() };
const w3cDatetime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'W3C, ví dụ 2024-05-12T23:59:00+07:00')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'W3C, ví dụ 2024-05-12T23:59:00+07:00');
const commaList = (item: RegExp, message: string) =>
  z
    .string()
    .max(4000)
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .refine((values) => values.length > 0 && values.length <= 200 && values.every((value) => item.test(value)), message);

const submissionSchema = z.looseObject({
  ...jurisdiction,
  api_key: z.string().max(200).optional(),
  service_code: z.string().min(1).max(40),
  lat: z.coerce.number().min(-90).max(90).optional(),
  long: z.coerce.number().min(-180).max(180).optional(),
  address_string: z.string().max(300).optional(),
  address_id: z.string().max(100).optional(),
  email: z.email().max(200).optional(),
  device_id: z.string().max(200).optional(),
  account_id: z.string().max(200).optional(),
  first_name: z.string().max(60).optional(),
  last_name: z.string().max(60).optional(),
  phone: z.string().regex(/^\+?[0-9 .()-]{8,20}$/).optional(),
  description: z.string().max(4000).optional(),
  media_url: z.url({ protocol: /^https?$/ }).max(500).optional(),
});

const searchSchema = z.object({
  ...jurisdiction,
  service_request_id: commaList(/^[A-Za-z0-9-]{4,20}$/, 'mã phản ánh, cách nhau bởi dấu phẩy').optional(),
  service_code: commaList(/^[A-Za-z0-9_.-]{1,40}$/, 'mã dịch vụ, cách nhau bởi dấu phẩy').optional(),
  start_date: w3cDatetime.optional(),
  end_date: w3cDatetime.optional(),
  status: commaList(/^(open|closed)$/, 'open, closed').optional(),
});

/** application/x-www-form-urlencoded as the standard sends it: empty values dropped, `key[]` repeated into a list. */
function parseForm(body: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (value.trim() === '') continue;
    if (!key.endsWith('[]')) {
      fields[key] = value;
      continue;
    }
    const name = key.slice(0, -2);
    const list = fields[name];
    fields[name] = Array.isArray(list) ? [...list, value] : [value];
  }
  return fields;
}

/** attribute[code] and attribute[code][] → { code: value | values }. */
function attributesOf(body: Record<string, unknown>): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const match = /^attribute\[([^\]]{1,40})\]$/.exec(key);
    if (match?.[1] && (typeof value === 'string' || (Array.isArray(value) && value.every((entry) => typeof entry === 'string')))) attributes[match[1]] = value;
  }
  return attributes;
}

const formatOf = (request: FastifyRequest): 'xml' | 'json' => (/\.xml(\?|$)/.test(request.url) ? 'xml' : 'json');

function send(reply: FastifyReply, kind: 'xml' | 'json', root: string, body: Open311Body) {
  return kind === 'xml'
    ? reply.type('text/xml; charset=utf-8').send(toXml(root, body, xmlItems))
    : reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
}

// A type, not an interface, so that it is an XmlValue.
type Open311Error = { code: number; description: string };

function toErrors(error: FastifyError, request: FastifyRequest): { status: number; errors: Open311Error[] } {
  const language = requestLanguage(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const seen = new Map<string, Open311Error>();
    for (const issue of error.validation) {
      const field = issue.instancePath.split('/').filter(Boolean).join('.') || (error.validationContext ?? 'body');
      if (!seen.has(field)) seen.set(field, { code: 400, description: `${field}: ${issue.message}` });
    }
    return { status: 400, errors: [...seen.values()] };
  }
  if (error instanceof AppError) {
    const status = error.status === 404 || error.status === 429 ? error.status : error.status === 401 || error.status === 403 ? 403 : error.status >= 500 ? 500 : 400;
    const errors = error.fields
      ? Object.entries(error.fields).map(([field, message]) => ({ code: status, description: `${open311Field(field)}: ${message[language]}` }))
      : [{ code: status, description: error.localized[language] }];
    return { status, errors };
  }
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  return { status, errors: [{ code: status, description: status === 500 ? (language === 'vi' ? 'Lỗi hệ thống.' : 'Internal error.') : error.message }] };
}

const badKey = () => new AppError('FORBIDDEN', { message: { vi: 'api_key thiếu, không đúng hoặc đã bị thu hồi.', en: 'api_key is missing, invalid or revoked.' } });

export const geoReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, errors } = toErrors(error, request);
    if (status >= 500) request.log.error({ err: error }, 'open311 request failed');
    return send(reply.status(status), formatOf(request), 'errors', errors);
  });
  app.setNotFoundHandler((request, reply) => send(reply.status(404), formatOf(request), 'errors', [{ code: 404, description: 'Not found' }]));
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, parseForm(String(body))));

  const lookups = lookupRateLimit(app.config.lookupsPerMinute);
  const checkJurisdiction = (value: string | undefined) => {
    if (value !== undefined && value !== app.config.open311Jurisdiction) {
      throw invalidField('jurisdiction_id', { vi: `Chỉ phục vụ ${app.config.open311Jurisdiction}.`, en: `Only ${app.config.open311Jurisdiction} is served here.` });
    }
  };
  // Absolute URLs come from the configuration: a Host or X-Forwarded-Host header is the caller's to forge.
  const baseUrl = app.config.publicUrl;
  const presentRows = async (rows: FieldReportRow[]) => {
    const ctx = await loadContext(app.db, rows, app.clock.now());
    return rows.map((row) => presentRequest(presentPublicReport(row, ctx), { slaDays: row.sla_days, mediaUrl: row.media_url, baseUrl }));
  };

  app.get(
    '/discovery.:format',
    { schema: { tags, summary: 'Service Discovery: phiên bản, liên hệ, cách xin khóa API, các endpoint', params: formatParams } },
    async (request, reply) => {
      const city = await publicCity(app.db);
      const categories = await listCategories(app.db, city.id, false);
      const changeset = w3c(categories.reduce((latest, category) => (category.updated_at > latest ? category.updated_at : latest), '2024-11-04T00:00:00.000Z'));
      return send(reply, request.params.format, 'discovery', {
        changeset,
        contact: `Phản ánh hiện trường – ${city.name}`,
        key_service: 'Khóa API (api_key) do quản trị viên hệ thống cấp và thu hồi; liên hệ bộ phận điều phối phản ánh hiện trường.',
        endpoints: [{ specification: SPECIFICATION, url: `${baseUrl}/open311/v2`, changeset, type: 'production', formats: ['text/xml', 'application/json'] }],
      });
    },
  );

  app.get(
    '/services.:format',
    { schema: { tags, summary: 'Danh sách dịch vụ (lĩnh vực phản ánh)', params: formatParams, querystring: z.object(jurisdiction) } },
    async (request, reply) => {
      checkJurisdiction(request.query.jurisdiction_id);
      const city = await publicCity(app.db);
      return send(reply, request.params.format, 'services', (await listCategories(app.db, city.id, true)).map(presentService));
    },
  );

  app.get(
    '/services/:service_code.:format',
    { schema: { tags, summary: 'Định nghĩa dịch vụ: các trường bổ sung (attributes)', params: formatParams.extend({ service_code: z.string().min(1).max(40) }), querystring: z.object(jurisdiction) } },
    async (request, reply) => {
      checkJurisdiction(request.query.jurisdiction_id);
      const city = await publicCity(app.db);
      const category = (await listCategories(app.db, city.id, true)).find((candidate) => candidate.code === request.params.service_code);
      if (!category) throw new AppError('NOT_FOUND', { message: { vi: `Không có dịch vụ ${request.params.service_code}.`, en: `No service ${request.params.service_code}.` } });
      return send(reply, request.params.format, 'service_definition', presentServiceDefinition(category));
    },
  );

  // The key is checked before the fields, so a bad key is a 403 whatever else is wrong.
  const keys = new WeakMap<FastifyRequest, number>();
  const intake = fieldReportIntake(app.db);
  const filingCity = async () => (await intake.reference()).publicCity();
  app.post(
    '/requests.:format',
    {
      preValidation: async (request) => {
        const body = (request.body ?? {}) as Record<string, unknown>;
        const query = request.query as Record<string, unknown>;
        const key = typeof body.api_key === 'string' ? body.api_key : typeof query.api_key === 'string' ? query.api_key : undefined;
        const row = await checkApiKey(app.db, (await filingCity()).id, key, app.clock.now());
        if (!row) throw badKey();
        keys.set(request, row.id);
      },
      schema: {
        tags,
        summary: 'Gửi phản ánh (application/x-www-form-urlencoded, cần api_key): service_code, lat+long hoặc address_string/address_id, attribute[code], attribute[code][]',
        consumes: ['application/x-www-form-urlencoded'],
        params: formatParams,
        querystring: z.object({ ...jurisdiction, api_key: z.string().max(200).optional() }),
        body: submissionSchema,
      },
    },
    async (request, reply) => {
      checkJurisdiction(request.body.jurisdiction_id ?? request.query.jurisdiction_id);
      const apiKeyId = keys.get(request);
      if (apiKeyId === undefined) throw badKey();
      const row = await submitRequest(intake, (await filingCity()).id, request.body, attributesOf(request.body), { apiKeyId, now: app.clock.now() });
      app.events.publish('fieldReport.filed');
      return send(reply.status(201), request.params.format, 'service_requests', [
        { service_request_id: row.code, token: row.token, service_notice: serviceNotice(row.sla_days, row.due_date), account_id: optional(row.account_id) },
      ]);
    },
  );

  app.get(
    '/requests.:format',
    {
      schema: {
        tags,
        summary: 'Tìm phản ánh: service_request_id (ưu tiên), service_code, start_date, end_date, status; mặc định 90 ngày gần nhất, tối đa 1000',
        params: formatParams,
        querystring: searchSchema,
      },
    },
    async (request, reply) => {
      const query = request.query;
      checkJurisdiction(query.jurisdiction_id);
      const city = await publicCity(app.db);
      const rows = await searchRequests(
        app.db,
        city.id,
        {
          serviceRequestIds: query.service_request_id,
          serviceCodes: query.service_code,
          start: query.start_date === undefined ? undefined : new Date(query.start_date),
          end: query.end_date === undefined ? undefined : new Date(query.end_date),
          statuses: query.status as ('open' | 'closed')[] | undefined,
        },
        app.clock.now(),
      );
      return send(reply, request.params.format, 'service_requests', await presentRows(rows));
    },
  );

  app.get(
    '/requests/:service_request_id.:format',
    { config: lookups, schema: { tags, summary: 'Một phản ánh theo mã', params: formatParams.extend({ service_request_id: z.string().min(4).max(20) }), querystring: z.object(jurisdiction) } },
    async (request, reply) => {
      checkJurisdiction(request.query.jurisdiction_id);
      const city = await publicCity(app.db);
      const row = await findByCode(app.db, request.params.service_request_id);
      if (row.city_id !== city.id) throw new AppError('NOT_FOUND');
      return send(reply, request.params.format, 'service_requests', await presentRows([row]));
    },
  );

  app.get(
    '/tokens/:token.:format',
    { config: lookups, schema: { tags, summary: 'Mã phản ánh từ token', params: formatParams.extend({ token: z.string().min(8).max(64) }), querystring: z.object(jurisdiction) } },
    async (request, reply) => {
      checkJurisdiction(request.query.jurisdiction_id);
      const row = await findByToken(app.db, (await publicCity(app.db)).id, request.params.token);
      return send(reply, request.params.format, 'service_requests', [{ service_request_id: row.code, token: row.token }]);
    },
  );
};

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const keyTags = ['open311'];
  const cityOf = async (request: FastifyRequest) => (await resolveCity(app.db, request.requireActor())).id;

  app.get(
    '/open311/keys',
    { schema: { tags: keyTags, summary: 'Khóa API Open311 của thành phố (quản trị viên)', response: { 200: z.array(apiKeySchema) } } },
    async (request) => (await listApiKeys(app.db, request.requireActor(), await cityOf(request))).map(presentApiKey),
  );

  app.post(
    '/open311/keys',
    { schema: { tags: keyTags, summary: 'Cấp khóa API cho một ứng dụng (khóa chỉ hiện một lần)', body: z.object({ name: z.string().trim().min(2).max(120) }), response: { 201: newApiKeySchema } } },
    async (request, reply) => {
      const { row, key } = await issueApiKey(app.db, request.requireActor(), await cityOf(request), request.body.name, app.clock.now());
      return reply.status(201).send({ ...presentApiKey(row), key });
    },
  );

  app.post(
    '/open311/keys/:id/revoke',
    { schema: { tags: keyTags, summary: 'Thu hồi khóa API', params: z.object({ id: rowIdParam }), response: { 200: apiKeySchema } } },
    async (request) => presentApiKey(await revokeApiKey(app.db, request.requireActor(), request.params.id, app.clock.now())),
  );
};

/** Registered at the root: GeoReport v2 under /open311/v2, key management under /api. */
export const open311Routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(geoReportRoutes, { prefix: '/open311/v2' });
  await app.register(apiKeyRoutes, { prefix: '/api' });
};
