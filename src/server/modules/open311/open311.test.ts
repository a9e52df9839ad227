import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { type FeedbackTestApp, createFeedbackApp, personal, places } from '../feedback/testing.js';

// 10:00 on Friday 20/09/2024 in Vietnam.
const NOW = '2024-09-20T03:00:00Z';
const W3C_VIETNAM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

interface Request311 {
  service_request_id: string;
  status: string;
  status_notes: string;
  service_code: string;
  agency_responsible: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  lat: number | null;
  long: number | null;
}

const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) params.append(key, item);
  return params.toString();
};

describe.each(testDialects)('Open311 GeoReport v2 on %s', (dialect) => {
  const clock = manualClock(NOW);
  let t: FeedbackTestApp;
  let apiKey: string;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock);
    const admin = await signIn(t.app, 'admin');
    const issued = await admin.post('/api/open311/keys', { name: 'Ứng dụng thử nghiệm' });
    expect(issued.statusCode).toBe(201);
    apiKey = issued.json().key as string;
  });
  afterAll(() => t.close());
  beforeEach(() => clock.set(NOW));

  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}` });
  const post = (format: 'json' | 'xml', fields: Record<string, string | string[]>) =>
    t.app.inject({ method: 'POST', url: `/open311/v2/requests.${format}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form(fields) });
  const lighting = () => ({ api_key: apiKey, service_code: 'CHIEUSANG', lat: String(places.p7.lat), long: String(places.p7.lng), 'attribute[lamp_state]': 'off', description: 'Đèn đường không sáng' });

  it('answers Service Discovery in JSON and XML', async () => {
    const json = await get('discovery.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    const body = json.json();
    expect(body.changeset).toMatch(W3C_VIETNAM);
    expect(body.endpoints).toEqual([
      { specification: 'http://wiki.open311.org/GeoReport_v2', url: 'http://localhost:3000/open311/v2', changeset: body.changeset, type: 'production', formats: ['text/xml', 'application/json'] },
    ]);
    const xml = await get('discovery.xml');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery><changeset>[^<]+\+07:00<\/changeset><contact>/);
    expect(xml.body).toContain('<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>');
    expect(xml.body).toContain('<formats><format>text/xml</format><format>application/json</format></formats>');
  });

  it('builds its absolute URLs from PUBLIC_URL, never from a Host or X-Forwarded-Host header', async () => {
    for (const headers of [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }]) {
      const discovery = await t.app.inject({ method: 'GET', url: '/open311/v2/discovery.json', headers });
      expect(discovery.json().endpoints[0].url).toBe('http://localhost:3000/open311/v2');
    }
  });

  it('lists services and defines their attributes, in both formats', async () => {
    const services = (await get('services.json')).json<{ service_code: string; metadata: boolean; type: string }[]>();
    expect(services.find((service) => service.service_code === 'CHIEUSANG')).toMatchObject({ metadata: true, type: 'realtime', service_name: 'Chiếu sáng công cộng', group: 'Hạ tầng đô thị' });
    expect(services.find((service) => service.service_code === 'MT-RAC')).toMatchObject({ metadata: false });
    const xml = await get('services.xml?jurisdiction_id=vungtau.baria-vungtau.gov.vn');
    expect(xml.body).toContain('<services><service><service_code>MT-RAC</service_code><service_name>Môi trường – rác thải</service_name>');
    const definition = (await get('services/CHIEUSANG.json')).json();
    expect(definition.service_code).toBe('CHIEUSANG');
    expect(definition.attributes[0]).toEqual({
      variable: true,
      code: 'lamp_state',
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
      description: 'Tình trạng đèn',
      values: [
        { key: 'off', name: 'Không sáng' },
        { key: 'flicker', name: 'Chập chờn' },
        { key: 'day', name: 'Sáng ban ngày' },
        { key: 'damaged', name: 'Trụ đèn hư hỏng, hở điện' },
      ],
    });
    const definitionXml = (await get('services/TTDT.xml')).body;
    expect(definitionXml).toContain('<service_definition><service_code>TTDT</service_code><attributes><attribute><variable>true</variable><code>kinds</code><datatype>multivaluelist</datatype>');
    expect(definitionXml).toContain('<values><value><key>vendor</key><name>Buôn bán</name></value>');
  });

  it('answers an unknown service with 404 as a list of errors', async () => {
    const json = await get('services/KHONG-CO.json');
    expect(json.statusCode).toBe(404);
    expect(json.json()).toEqual([{ code: 404, description: expect.stringContaining('KHONG-CO') as string }]);
    const xml = await get('services/KHONG-CO.xml');
    expect(xml.statusCode).toBe(404);
    expect(xml.body).toMatch(/<errors><error><code>404<\/code><description>[^<]*KHONG-CO[^<]*<\/description><\/error><\/errors>/);
    const posted = await post('json', { ...lighting(), service_code: 'KHONG-CO' });
    expect(posted.statusCode).toBe(404);
    expect((await get('nothing-here.xml')).body).toContain('<errors><error><code>404</code>');
    expect((await get('services.json?jurisdiction_id=hanoi.gov.vn')).json()).toEqual([{ code: 400, description: expect.stringContaining('jurisdiction_id') as string }]);
  });

  it('refuses a missing, wrong or revoked api_key with 403, before looking at the fields', async () => {
    const before = (await t.database.db.selectFrom('field_reports').select('id').execute()).length;
    const missing = await post('json', { service_code: 'CHIEUSANG' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toEqual([{ code: 403, description: expect.stringContaining('api_key') as string }]);
    const wrong = await post('xml', { ...lighting(), api_key: 'hd311_not-a-key' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).toContain('<errors><error><code>403</code>');
    const admin = await signIn(t.app, 'admin');
    const spare = (await admin.post('/api/open311/keys', { name: 'Khóa sẽ thu hồi' })).json();
    expect((await post('json', { ...lighting(), api_key: spare.key })).statusCode).toBe(201);
    expect((await admin.post(`/api/open311/keys/${spare.id}/revoke`)).json()).toMatchObject({ revokedAt: '2024-09-20T03:00:00.000Z' });
    expect((await post('json', { ...lighting(), api_key: spare.key })).statusCode).toBe(403);
    expect((await (await signIn(t.app, 'vhtt')).post('/api/open311/keys', { name: 'Tự cấp' })).statusCode).toBe(403);
    expect((await t.database.db.selectFrom('field_reports').select('id').execute()).length).toBe(before + 1);
  });

  it('refuses a request without a location, or with bad fields, with 400 naming them', async () => {
    const noPlace = await post('json', { api_key: apiKey, service_code: 'MT-RAC', description: 'Rác' });
    expect(noPlace.statusCode).toBe(400);
    expect(noPlace.json()).toEqual([{ code: 400, description: expect.stringMatching(/^lat: .*(address_string|vị trí)/) as string }]);
    const bad = await post('xml', { ...lighting(), lat: 'bắc', email: 'không phải email', description: 'x'.repeat(4001) });
    expect(bad.statusCode).toBe(400);
    for (const field of ['lat', 'email', 'description']) expect(bad.body).toContain(`<description>${field}: `);
    const attribute = await post('json', { ...lighting(), 'attribute[lamp_state]': 'exploded' });
    expect(attribute.json()).toEqual([{ code: 400, description: expect.stringMatching(/^attribute\[lamp_state\]: /) as string }]);
    const onlyLat = await post('json', { api_key: apiKey, service_code: 'MT-RAC', lat: '10.35' });
    expect(onlyLat.json()[0].description).toMatch(/^long: /);
  });

  it('takes a request, routes it, and shows it without any personal data', async () => {
    const posted = await post('json', {
      ...lighting(),
      description: 'Đèn <số 12> & 14 tắt',
      email: personal.email,
      first_name: 'Thị Bí',
      last_name: 'Mật',
      phone: personal.phone,
      device_id: personal.deviceId,
      account_id: personal.accountId,
    });
    expect(posted.statusCode).toBe(201);
    const [receipt] = posted.json();
    expect(receipt).toEqual({ service_request_id: expect.stringMatching(/^PA24-/) as string, token: expect.any(String) as string, service_notice: 'Thời hạn xử lý 3 ngày làm việc, đến hết ngày 25/09/2024.', account_id: personal.accountId });
    const stored = await t.database.db.selectFrom('field_reports').selectAll().where('code', '=', receipt.service_request_id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ source: 'open311', reporter_name: 'Thị Bí Mật', reporter_email: personal.email, device_id: personal.deviceId, unit_id: t.unit('VT-QLDT') });

    const replies = [
      await get(`requests.json?service_request_id=${receipt.service_request_id}`),
      await get(`requests.xml?service_request_id=${receipt.service_request_id}`),
      await get(`requests/${receipt.service_request_id}.json`),
      await get(`requests/${receipt.service_request_id}.xml`),
      await get('requests.json'),
      await get(`tokens/${receipt.token}.xml`),
    ];
    for (const reply of replies) {
      expect(reply.statusCode).toBe(200);
      for (const value of [personal.email, personal.phone, personal.deviceId, personal.accountId, 'Thị Bí', 'Mật']) expect(reply.body).not.toContain(value);
    }
    const [request] = replies[0]?.json<Request311[]>() ?? [];
    expect(request).toMatchObject({
      service_request_id: receipt.service_request_id,
      status: 'open',
      status_notes: 'Đã chuyển đơn vị xử lý: Phòng Quản lý đô thị',
      service_code: 'CHIEUSANG',
      agency_responsible: 'Phòng Quản lý đô thị',
      requested_datetime: '2024-09-20T10:00:00+07:00',
      expected_datetime: '2024-09-25T23:59:59+07:00',
      lat: places.p7.lat,
      long: places.p7.lng,
    });
    expect(request?.updated_datetime).toMatch(W3C_VIETNAM);
    expect(replies[1]?.body).toContain('<service_requests><request><service_request_id>');
    expect(replies[1]?.body).toContain('<description>Đèn &lt;số 12&gt; &amp; 14 tắt</description>');
    expect(replies[1]?.body).toContain('<expected_datetime>2024-09-25T23:59:59+07:00</expected_datetime>');
    expect(replies[5]?.body).toContain(`<service_requests><request><service_request_id>${receipt.service_request_id}</service_request_id><token>${receipt.token}</token></request></service_requests>`);
    expect((await get('requests/PA24-ZZZZZZ.json')).statusCode).toBe(404);
    expect((await get('tokens/0123456789abcdef.xml')).statusCode).toBe(404);
  });

  it('accepts a bare address and multi-value attributes; the coordinator then places it', async () => {
    const posted = await post('json', { api_key: apiKey, service_code: 'TTDT', address_string: '12 Trần Hưng Đạo, Phường 1', 'attribute[kinds][]': ['vendor', 'parking'] });
    expect(posted.statusCode).toBe(201);
    const code = posted.json()[0].service_request_id as string;
    const row = await t.database.db.selectFrom('field_reports').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'received', ward_id: null, address: '12 Trần Hưng Đạo, Phường 1' });
    expect(JSON.parse(row.attributes)).toEqual({ kinds: ['vendor', 'parking'] });
    const request = (await get(`requests/${code}.json`)).json()[0];
    expect(request).toMatchObject({ status: 'open', status_notes: 'Đã tiếp nhận, chờ phân loại', address: '12 Trần Hưng Đạo, Phường 1' });
    // What it does not have yet is left out, not sent empty.
    for (const absent of ['lat', 'long', 'agency_responsible', 'media_url']) expect(request).not.toHaveProperty(absent);
  });

  it('searches by service, status and dates, within the default 90-day window and 1000 results', async () => {
    clock.set('2024-05-02T03:00:00Z');
    const old = (await post('json', { ...lighting(), description: 'Đèn hỏng từ tháng 5' })).json()[0].service_request_id as string;
    clock.set(NOW);
    const codes = (reply: { json: <T>() => T }) => reply.json<Request311[]>().map((request) => request.service_request_id);
    // 2 May is more than 90 days before 20 September: outside the default window, but found by id.
    expect(codes(await get('requests.json'))).not.toContain(old);
    expect(codes(await get(`requests.json?service_request_id=${old}`))).toEqual([old]);
    expect(codes(await get('requests.json?start_date=2024-05-01T00:00:00%2B07:00&end_date=2024-05-31T23:59:59%2B07:00'))).toEqual([old]);
    expect((await get('requests.json?start_date=2024-01-01T00:00:00Z&end_date=2024-09-01T00:00:00Z')).json()).toEqual([{ code: 400, description: expect.stringContaining('start_date') as string }]);
    expect((await get('requests.json?start_date=2024-05-01')).statusCode).toBe(400);
    const recent = codes(await get('requests.json?service_code=CHIEUSANG,NGAP&status=open'));
    expect(recent.length).toBeGreaterThan(0);
    expect(codes(await get('requests.json?service_code=NGAP'))).toEqual([]);
    expect((await get('requests.json?status=closed')).json()).toEqual([]);
    expect((await get('requests.json?status=pending')).statusCode).toBe(400);
    // Resolved, it is closed with the answer as the note.
    const id = (await t.database.db.selectFrom('field_reports').select('id').where('code', '=', recent[0] ?? '').executeTakeFirstOrThrow()).id;
    const vhtt = await signIn(t.app, 'vhtt');
    await vhtt.post(`/api/field-reports/${id}/reject`, { reason: 'Trùng với phản ánh đã xử lý.' });
    expect((await get(`requests/${recent[0]}.json`)).json()[0]).toMatchObject({ status: 'closed', status_notes: 'Không xử lý: Trùng với phản ánh đã xử lý.' });
  });
});
