// What every request meets before a route's own rules: the text rule (no control characters, only
// UTF-8) on every field of every route, on both databases; who is calling before what they send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/index.js';
import { signIn, type Session, testDialects } from '../test/harness.js';
import { createFeedbackApp, type FeedbackTestApp, multipart, nextAddress, places } from '../modules/feedback/testing.js';
import { fixedClock } from '../lib/clock.js';

const NUL = '\u0000';

describe.each(testDialects)('the text rule on %s', (dialect) => {
  let t: FeedbackTestApp;
  let coordinator: Session;
  let apiKey: string;
  const countReports = async () => (await t.database.db.selectFrom('field_reports').select('id').execute()).length;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, fixedClock('2024-09-20T03:00:00Z'));
    coordinator = await signIn(t.app, 'vhtt');
    apiKey = (await (await signIn(t.app, 'admin')).post('/api/open311/keys', { name: 'Thử ký tự' })).json().key as string;
  });
  afterAll(() => t.close());

  const expectRefused = (response: { statusCode: number; json(): unknown }, field: string) => {
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error?: { fields: Record<string, string> } } | { description: string }[];
    if (Array.isArray(body)) expect(body[0]?.description).toBe(`${field}: Có ký tự điều khiển (như NUL) không được phép.`);
    else expect(body.error?.fields[field]).toBe('Có ký tự điều khiển (như NUL) không được phép.');
  };

  it('refuses a NUL in the anonymous routes the security test named, with a 400 in Vietnamese, and stores nothing', async () => {
    const before = await countReports();
    expectRefused(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `vhtt${NUL}`, password: DEMO_PASSWORD } }), 'username');
    expectRefused(await t.file({ categoryId: t.category('MT-RAC'), description: `Rác ở hẻm${NUL} 45 đường Lê Lợi`, ...places.p7 }), 'description');
    const form = new URLSearchParams({ api_key: apiKey, service_code: 'MT-RAC', lat: String(places.p7.lat), long: String(places.p7.lng), description: `Rác${NUL}` }).toString();
    expectRefused(await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form }), 'description');
    expectRefused(await t.app.inject({ method: 'GET', url: '/open311/v2/requests/PA24%00AAAA.json' }), 'service_request_id');
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/field-reports/track/PA24%00AAAA' }), 'code');
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/public/overview?city=V%00T' }), 'city');
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/plan?unit=V%00T' }), 'unit');
    const photoForm = await multipart({ categoryId: String(t.category('MT-RAC')), description: `Rác${NUL} ở góc đường`, lat: String(places.p7.lat), lng: String(places.p7.lng) }, []);
    expectRefused(await t.app.inject({ method: 'POST', url: '/api/field-reports/with-photos', remoteAddress: nextAddress(), ...photoForm }), 'description');
    expect(await countReports()).toBe(before);
  });

  it('refuses control characters in signed-in writes, in nested fields and keys too, and keeps tab and newline', async () => {
    const units = await coordinator.get('/api/units');
    const lead = units.json<{ id: number; code: string }[]>().find((unit) => unit.code === 'VT-P07')?.id;
    const task = { title: 'Rà soát hạ tầng mạng', leadUnitId: lead, dueDate: '2024-12-31' };
    expectRefused(await coordinator.post('/api/tasks', { ...task, description: `Dòng một\u001Bdòng hai` }), 'description');
    expectRefused(await coordinator.post('/api/meetings', { title: 'Họp BCĐ', heldOn: '2024-03-26', attendees: ['Ông A', `Bà${NUL}B`] }), 'attendees.1');
    expectRefused(await t.file({ categoryId: t.category('CHIEUSANG'), description: 'Đèn đường không sáng cả tuần', ...places.p7, attributes: { [`lamp${NUL}`]: 'off' } }), `attributes.lamp${NUL}`);
    const kept = await coordinator.post('/api/tasks', { ...task, description: 'Dòng một\n\tdòng hai\r\n' });
    expect(kept.statusCode).toBe(201);
    expect(kept.json().description).toBe('Dòng một\n\tdòng hai');
  });

  it('refuses a body that is not UTF-8 instead of storing U+FFFD', async () => {
    const before = await countReports();
    // "Rác" with its á in Latin-1 (0xE1), as a legacy system would send it.
    const latin1 = Buffer.concat([
      Buffer.from(`{"categoryId":${t.category('MT-RAC')},"description":"R`),
      Buffer.from([0xe1]),
      Buffer.from(`c ở hẻm 45 đường Lê Lợi","lat":${places.p7.lat},"lng":${places.p7.lng}}`),
    ]);
    const response = await t.app.inject({ method: 'POST', url: '/api/field-reports', remoteAddress: nextAddress(), headers: { 'content-type': 'application/json' }, payload: latin1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.description).toBe('Có ký tự không đọc được: dữ liệu không phải UTF-8 hợp lệ.');
    expect(await countReports()).toBe(before);
  });

  it('says what it received where a number was expected', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/field-reports', remoteAddress: nextAddress(), payload: { categoryId: 'bảy', description: 'Rác ở hẻm 45 đường Lê Lợi' } });
    expect(response.json().error.fields.categoryId).toBe('Cần số, nhận được chuỗi ký tự "bảy".');
  });
});

describe('who is calling, before what they send', () => {
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp('sqlite', fixedClock('2024-09-20T03:00:00Z'));
  });
  afterAll(() => t.close());

  it('answers a visitor 401 on private routes even when the body or query is wrong', async () => {
    for (const [method, url] of [
      ['POST', '/api/tasks'],
      ['PUT', '/api/reporting/submissions/1/figures'],
      ['POST', '/api/users'],
      ['GET', '/api/oc/overview?city=%00'],
      ['GET', '/api/reporting/rollup?year=abc'],
    ] as const) {
      const response = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : { nonsense: true } });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('signs in again from a tab whose cookie holds another session, and ends that session', async () => {
    const first = await signIn(t.app, 'canbo.p7');
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', cookies: { hd_session: first.cookie }, payload: { username: 'vhtt', password: DEMO_PASSWORD } });
    expect(again.statusCode).toBe(200);
    expect(again.json().user.username).toBe('vhtt');
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('look-ups by code or token', () => {
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp('sqlite', fixedClock('2024-09-20T03:00:00Z'), { LOOKUPS_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('slows down guessing tracking codes and Open311 tokens from one address', async () => {
    const track = () => t.app.inject({ method: 'GET', url: '/api/field-reports/track/PA24-ABCDEF', remoteAddress: '192.0.2.10' });
    expect([(await track()).statusCode, (await track()).statusCode, (await track()).statusCode]).toEqual([404, 404, 404]);
    expect((await track()).statusCode).toBe(429);
    const token = () => t.app.inject({ method: 'GET', url: '/open311/v2/tokens/0123456789abcdef.json', remoteAddress: '192.0.2.11' });
    for (let i = 0; i < 3; i += 1) expect((await token()).statusCode).toBe(404);
    const limited = await token();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual([{ code: 429, description: 'Quá nhiều yêu cầu, vui lòng thử lại sau.' }]);
    // Another address is not slowed down.
    expect((await t.app.inject({ method: 'GET', url: '/api/field-reports/track/PA24-ABCDEF', remoteAddress: '192.0.2.12' })).statusCode).toBe(404);
  });
});
