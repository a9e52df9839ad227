// Real answers of a server holding requests in every state, checked against the GeoReport v2 schemas
// in JSON and in XML (the XML read back with a real parser, values typed as the schema says).
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';
import { multipart, nextAddress, places } from '../feedback/testing.js';
import * as schemas from './fixtures/georeport-v2-schemas.js';
import { xmlItems } from './presenter.js';

const ajv = addFormats(new Ajv({ allErrors: true, coerceTypes: true }));
const check = (schema: object, value: unknown) => {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
};

// Lists are repeated elements (named as the server names them); everything else is text that the schema's types coerce.
const itemNames = new Set(Object.values(xmlItems));
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => itemNames.has(name) });
const unwrap = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(unwrap);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, child]) => {
      const item = xmlItems[name];
      const list = item && child !== null && typeof child === 'object' ? (child as Record<string, unknown>)[item] : undefined;
      return [name, unwrap(list ?? (item && child === '' ? [] : child))];
    }),
  );
};
const fromXml = (xml: string, root: string, list?: string): unknown => {
  const body = unwrap((parser.parse(xml, true) as Record<string, unknown>)[root]) as Record<string, unknown> | '' | undefined;
  if (list === undefined) return body;
  return body === '' || body === undefined ? [] : (body[list] ?? []);
};

describe.each(testDialects)('GeoReport v2 answers on %s valid under the schemas', (dialect) => {
  let t: TestApp;
  let apiKey: string;
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}` });

  beforeAll(async () => {
    // Friday 20/09/2024, with the demo's field reports in every state.
    t = await createTestApp(dialect, { clock: fixedClock('2024-09-20T03:00:00Z'), demo: 'full' });
    apiKey = (await (await signIn(t.app, 'admin')).post('/api/open311/keys', { name: 'Kiểm tra lược đồ' })).json().key as string;
    const post = (fields: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ api_key: apiKey, ...fields }).toString() });
    // Only a position; only an address with a media link; a web filing with a photo.
    expect((await post({ service_code: 'MT-RAC', lat: String(places.p7.lat), long: String(places.p7.lng) })).statusCode).toBe(201);
    expect((await post({ service_code: 'MT-RAC', address_string: '12 Trần Hưng Đạo, Phường 1', media_url: 'https://anh.example.vn/rac.jpg' })).statusCode).toBe(201);
    const category = await t.database.db.selectFrom('field_report_categories').select('id').where('code', '=', 'MT-RAC').executeTakeFirstOrThrow();
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } }).jpeg().toBuffer();
    const body = await multipart({ categoryId: String(category.id), description: 'Rác ở góc đường', lat: String(places.thangTam.lat), lng: String(places.thangTam.lng) }, [{ name: 'rac.jpg', data: photo }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/field-reports/with-photos', remoteAddress: nextAddress(), ...body })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('lists requests in both formats, each one valid, with no empty values', async () => {
    const json = (await get('requests.json')).json<Record<string, unknown>[]>();
    expect(json.length).toBeGreaterThan(5);
    expect(check(schemas.requests, json)).toEqual([]);
    expect(new Set(json.map((request) => request.status))).toEqual(new Set(['open', 'closed']));
    expect(json.some((request) => typeof request.media_url === 'string' && request.media_url.startsWith('http://localhost:3000/api/field-reports/track/'))).toBe(true);
    for (const request of json) for (const [field, value] of Object.entries(request)) expect(value, field).not.toBe('');
    const xml = (await get('requests.xml')).body;
    expect(xml).not.toMatch(/<[a-z_]+\/>|<([a-z_]+)><\/\1>/);
    const parsed = fromXml(xml, 'service_requests', 'request');
    expect(check(schemas.requests, parsed)).toEqual([]);
    expect(parsed).toHaveLength(json.length);
  });

  it('answers a single request in both formats', async () => {
    const [first] = (await get('requests.json')).json<{ service_request_id: string }[]>();
    const id = first?.service_request_id ?? '';
    expect(check(schemas.requests, (await get(`requests/${id}.json`)).json())).toEqual([]);
    expect(check(schemas.requests, fromXml((await get(`requests/${id}.xml`)).body, 'service_requests', 'request'))).toEqual([]);
  });

  it('lists services and defines each one, in both formats', async () => {
    const services = (await get('services.json')).json<{ service_code: string; metadata: boolean }[]>();
    expect(check(schemas.services, services)).toEqual([]);
    const xml = (await get('services.xml')).body;
    expect(xml).not.toMatch(/<[a-z_]+\/>|<([a-z_]+)><\/\1>/);
    expect(check(schemas.services, fromXml(xml, 'services', 'service'))).toEqual([]);
    for (const service of services.filter((candidate) => candidate.metadata)) {
      expect(check(schemas.serviceDefinition, (await get(`services/${service.service_code}.json`)).json()), service.service_code).toEqual([]);
      const definition = (await get(`services/${service.service_code}.xml`)).body;
      expect(definition).not.toMatch(/<[a-z_]+\/>|<([a-z_]+)><\/\1>/);
      expect(check(schemas.serviceDefinition, fromXml(definition, 'service_definition')), service.service_code).toEqual([]);
    }
  });
});
