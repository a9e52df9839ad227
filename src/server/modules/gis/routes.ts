// Ward geometry: the public wards (centres, outlines) for maps, and the boundary import of the
// administrator or coordinator (a GeoJSON file as the JSON body or as an uploaded file).
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_BOUNDARY_FILE_BYTES, boundaryImportResultSchema, gisWardsSchema } from '../../../common/gis.js';
import { invalidField } from '../../lib/errors.js';
import { assertCleanText } from '../../lib/files.js';
import { publicCity } from '../feedback/setup.js';
import { resolveCity } from '../units/service.js';
import { presentImport, presentMatch, presentWards } from './presenter.js';
import { currentImport, importBoundaries, listCityWards, parseBoundaryFile, removeBoundaries } from './service.js';

const tags = ['gis'];
const cityQuery = z.object({ city: z.string().max(40).optional() });

export const gisRoutes: FastifyPluginAsyncZod = async (app) => {
  // Only this plugin's routes read multipart forms.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_BOUNDARY_FILE_BYTES, files: 1 } });
  // A .geojson file sent as it is (curl --data-binary @phuong-xa.geojson -H 'Content-Type: application/geo+json').
  app.addContentTypeParser('application/geo+json', { parseAs: 'string', bodyLimit: MAX_BOUNDARY_FILE_BYTES }, (_request, body, done) => {
    try {
      done(null, parseBoundaryFile(String(body)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.get(
    '/gis/wards',
    { config: { access: 'public' }, schema: { tags, summary: 'Phường, xã của thành phố cho bản đồ: tâm gần đúng, ranh giới nếu đã nhập, nguồn ranh giới', querystring: cityQuery, response: { 200: gisWardsSchema } } },
    async (request) => {
      const city = await publicCity(app.db, request.query.city);
      return presentWards(city, await currentImport(app.db, city.id), await listCityWards(app.db, city.id));
    },
  );

  app.post(
    '/gis/ward-boundaries',
    {
      bodyLimit: MAX_BOUNDARY_FILE_BYTES,
      schema: {
        tags,
        summary: 'Nhập ranh giới phường, xã (GeoJSON FeatureCollection, mỗi phường một đặc trưng, khớp theo mã hoặc tên; thay toàn bộ lần nhập trước). Thân JSON hoặc multipart "file", tối đa 5 MB',
        consumes: ['application/json', 'application/geo+json', 'multipart/form-data'],
        querystring: cityQuery.extend({ fileName: z.string().trim().min(1).max(200).optional() }),
        body: z.unknown(),
        response: { 201: boundaryImportResultSchema },
      },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const city = await resolveCity(app.db, actor, request.query.city);
      let file: { name: string; document: unknown };
      if (request.isMultipart()) {
        const part = await request.file();
        if (!part) throw invalidField('file', { vi: 'Chưa chọn tệp GeoJSON.', en: 'No GeoJSON file was sent.' });
        file = { name: part.filename, document: parseBoundaryFile((await part.toBuffer()).toString('utf8')) };
        assertCleanText(file);
      } else {
        file = { name: request.query.fileName ?? 'GeoJSON', document: request.body };
      }
      const { record, boundaries } = await importBoundaries(app.db, actor, city.id, file, app.clock.now());
      return reply.status(201).send({ boundaries: presentImport(record), matches: boundaries.map(presentMatch) });
    },
  );

  app.delete(
    '/gis/ward-boundaries',
    { schema: { tags, summary: 'Bỏ ranh giới đã nhập: phường, xã lại hiện là điểm tại tâm gần đúng', querystring: cityQuery, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = request.requireActor();
      await removeBoundaries(app.db, actor, (await resolveCity(app.db, actor, request.query.city)).id, app.clock.now());
      return reply.status(204).send(null);
    },
  );
};
