import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcOverview } from '../../../common/dashboard.js';
import { fixedClock } from '../../lib/clock.js';
import { type TestApp, createTestApp, signIn, testDialects } from '../../test/harness.js';
import { decide, submitMonth } from './testing.js';

describe.each(testDialects)('Operations Center overview on %s', (dialect) => {
  let t: TestApp;
  let unit: (code: string) => number;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: fixedClock('2024-05-20T09:00:00+07:00') });
    const units = new Map((await t.database.db.selectFrom('units').select(['id', 'code']).execute()).map((row) => [row.code, row.id]));
    unit = (code) => units.get(code) ?? -1;
  });
  afterAll(() => t.close());

  const overview = async (month = 5, username = 'lanhdao') => {
    const response = await (await signIn(t.app, username)).get(`/api/oc/overview?year=2024&month=${month}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OcOverview>();
  };

  it('shows the 5 areas as tiles, every indicator without figures before anything is approved', async () => {
    const data = await overview();
    expect(data.period).toMatchObject({ year: 2024, month: 5, dueDate: '2024-05-12' });
    expect(data.areas).toHaveLength(5);
    expect(data.areas.map((area) => area.code)).toEqual(['CQS', 'KTS', 'XHS', 'ATTT', 'DTTM']);
    const total = data.areas.reduce((sum, area) => sum + area.standing.total, 0);
    expect(data.standing.total).toBe(total);
    // CQS-11 comes from field reports, which none are yet: no figures either.
    expect(data.standing.counts.no_data).toBe(total);
    expect(data.standing.achievementPercent).toBe(0);
    expect(data.areas[0]?.indicators[0]).toMatchObject({ code: 'CQS-01', approved: { status: 'no_data' } });
  });

  it('moves the tiles when a ward’s May figures are approved, and compares with April and May 2023', async () => {
    const form = await submitMonth(t.app, 'canbo.thangtam', unit('VT-TTAM'), 5, [80, 100]);
    // Submitted only: the tiles show approved figures, so nothing moves yet.
    expect((await overview()).standing.counts.no_data).toBe((await overview()).standing.total);
    await decide(await signIn(t.app, 'vhtt'), form, 'approve');
    const data = await overview();
    const cqs = data.areas.find((area) => area.code === 'CQS');
    const byCode = new Map(cqs?.indicators.map((indicator) => [indicator.code, indicator]));
    expect(byCode.get('CQS-03')).toMatchObject({ approved: { status: 'at_risk', value: 80 }, previous: { status: 'no_data', value: null }, lastYear: null });
    expect(byCode.get('CQS-08')?.approved.status).toBe('met');
    expect(cqs?.standing.counts.at_risk).toBeGreaterThanOrEqual(1);
    expect(cqs?.previous?.counts.no_data).toBe(cqs?.standing.total);
    // Achievement: đạt + đúng tiến độ over every indicator.
    const { counts, total } = data.standing;
    expect(data.standing.achievementPercent).toBeCloseTo(((counts.met + counts.on_track) / total) * 100, 6);
    expect(data.standing.achievementPercent).toBeGreaterThan(0);
    expect(data.previous).toMatchObject({ year: 2024, month: 4, standing: { achievementPercent: 0 } });
    // No plan for 2023 in the demo: nothing to compare with.
    expect(data.lastYear).toEqual({ year: 2023, month: 5, standing: null });
  });

  it('compares January with December of the year before', async () => {
    expect((await overview(1)).previous).toEqual({ year: 2023, month: 12, standing: null });
  });

  it('answers a month out of range with a Vietnamese message, and keeps officers and visitors out', async () => {
    const leader = await signIn(t.app, 'lanhdao');
    const bad = await leader.get('/api/oc/overview?year=2024&month=13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', fields: { month: 'Quá lớn: mong đợi number <=12' } } });
    expect((await leader.get('/api/oc/overview?year=2031&month=1')).statusCode).toBe(404);
    expect((await (await signIn(t.app, 'canbo.thangtam')).get('/api/oc/overview?year=2024&month=5')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/oc/overview?year=2024&month=5' })).statusCode).toBe(401);
    expect((await overview(5, 'tinh')).areas).toHaveLength(5);
  });
});

describe('Operations Center live stream', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { clock: fixedClock('2024-05-20T09:00:00+07:00') });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  /** Reads the stream until `pattern` shows up. */
  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp): Promise<string> {
    const decoder = new TextDecoder();
    let text = '';
    while (!pattern.test(text)) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream ended before ${pattern}: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    return text;
  }

  it('tells an open screen that figures were approved, once the approval is committed', async () => {
    const leader = await signIn(t.app, 'lanhdao');
    const abort = new AbortController();
    const response = await fetch(`${url}/api/oc/events`, { headers: { cookie: `hd_session=${leader.cookie}` }, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(await readUntil(reader, /connected/)).toContain('retry: 3000');

    const units = new Map((await t.database.db.selectFrom('units').select(['id', 'code']).execute()).map((row) => [row.code, row.id]));
    const form = await submitMonth(t.app, 'canbo.thangtam', units.get('VT-TTAM') ?? -1, 5, [80, 100]);
    expect(await readUntil(reader, /report\.submitted/)).toContain('event: change');
    await decide(await signIn(t.app, 'vhtt'), form, 'approve');
    const approved = await readUntil(reader, /figures\.approved/);
    expect(JSON.parse(approved.split('data: ').at(-1) ?? '{}')).toEqual({ type: 'figures.approved', at: '2024-05-20T02:00:00.000Z', period: { year: 2024, month: 5 } });
    abort.abort();
  });

  it('refuses the stream to a unit officer', async () => {
    const officer = await signIn(t.app, 'canbo.thangtam');
    const response = await fetch(`${url}/api/oc/events`, { headers: { cookie: `hd_session=${officer.cookie}` } });
    expect(response.status).toBe(403);
  });
});
