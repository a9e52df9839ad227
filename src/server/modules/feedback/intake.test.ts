import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackedFieldReport } from '../../../common/feedback.js';
import { manualClock } from '../../lib/clock.js';
import { signIn, testDialects } from '../../test/harness.js';
import { fieldReportIntake, trackingCodeTaken } from './intake.js';
import { type FeedbackTestApp, createFeedbackApp, nextAddress, places } from './testing.js';

// 10:00 on Friday 20/09/2024 in Vietnam.
const NOW = '2024-09-20T03:00:00Z';

// A SQLite file as well: its commits fsync, as `npm start`'s do.
const targets = [...testDialects.map((dialect) => ({ dialect, onDisk: false, name: dialect })), { dialect: 'sqlite' as const, onDisk: true, name: 'a SQLite file' }];

describe.each(targets)('field-report intake under concurrent filings on $name', ({ dialect, onDisk }) => {
  const clock = manualClock(NOW);
  let t: FeedbackTestApp;
  let apiKey: string;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, clock, {}, { onDisk });
    apiKey = (await (await signIn(t.app, 'admin')).post('/api/open311/keys', { name: 'Ứng dụng đo tải' })).json().key as string;
  });
  afterAll(() => t.close());

  const litter = (index: number) => ({ categoryId: t.category('MT-RAC'), description: `Rác tồn đọng ở góc chợ, lần ${index}`, ...places.p7 });
  const track = (code: string) => t.app.inject({ method: 'GET', url: `/api/field-reports/track/${code}` });
  const stored = async (codes: string[]) =>
    (await t.database.db.selectFrom('field_reports').select('code').where('code', 'in', [...codes, '-']).execute()).map((row) => row.code).sort();

  it('gives concurrent filings from the web form and Open311 distinct codes, stores them all, and each can be tracked as soon as it is answered', async () => {
    const web = Array.from({ length: 24 }, (_, index) =>
      t.file(litter(index)).then(async (response) => ({ response, tracked: await track(response.json<{ code: string }>().code) })),
    );
    const open311 = Array.from({ length: 8 }, (_, index) =>
      t.app
        .inject({
          method: 'POST',
          url: '/open311/v2/requests.json',
          remoteAddress: nextAddress(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ api_key: apiKey, service_code: 'MT-RAC', lat: String(places.p7.lat), long: String(places.p7.lng), description: `Rác qua Open311, lần ${index}` }).toString(),
        })
        .then(async (response) => {
          const [request] = response.json<{ service_request_id: string }[]>();
          return { response, tracked: await track(request?.service_request_id ?? '-') };
        }),
    );
    const answers = await Promise.all([...web, ...open311]);
    expect(answers.map(({ response }) => response.statusCode)).toEqual(Array(32).fill(201));
    const codes = answers.map(({ tracked }) => tracked.json<TrackedFieldReport>().code);
    expect(new Set(codes).size).toBe(32);
    expect(answers.every(({ tracked }) => tracked.statusCode === 200)).toBe(true);
    expect(answers.map(({ tracked }) => tracked.json<TrackedFieldReport>().history.map((event) => event.action))).toEqual(Array(32).fill(['filed', 'routed']));
    expect(await stored(codes)).toEqual([...codes].sort());
  });

  it('does not lose the other filings of a batch when one of them cannot be written', async () => {
    const intake = fieldReportIntake(t.database.db);
    const ctx = { now: clock.now(), source: 'web' as const };
    const input = (index: number) => ({ ...litter(index), anonymous: true });
    const taken = await intake.file(input(100), [], { ...ctx, code: 'PA24-TAKEN1' });
    // Submitted in the same turn, so written as one batch; the third reuses a tracking code.
    const outcomes = await Promise.allSettled([intake.file(input(101), [], ctx), intake.file(input(102), [], ctx), intake.file(input(103), [], { ...ctx, code: taken.code }), intake.file(input(104), [], ctx)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    // Recognised as a taken code (a random one would be drawn again; a fixed one is not).
    expect(outcomes.map((outcome) => outcome.status === 'rejected' && trackingCodeTaken(outcome.reason))).toEqual([false, false, true, false]);
    const written = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.code] : []));
    expect(await stored(written)).toEqual([...written].sort());
    for (const code of written) expect((await track(code)).statusCode).toBe(200);
    // The failed one left nothing behind: the taken code still has its one report and its own history.
    const holders = await t.database.db.selectFrom('field_reports').select(['id', 'description']).where('code', '=', taken.code).execute();
    expect(holders).toEqual([{ id: taken.id, description: 'Rác tồn đọng ở góc chợ, lần 100' }]);
    const events = await t.database.db.selectFrom('field_report_events').select('action').where('report_id', '=', taken.id).execute();
    expect(events.map((event) => event.action).sort()).toEqual(['filed', 'routed']);
  });

  it('answers a bad filing with its own 400 while the good ones around it are filed', async () => {
    const [good, bad, other] = await Promise.all([t.file(litter(200)), t.file({ ...litter(201), lat: 9.0, lng: 105.0 }), t.file(litter(202))]);
    expect([good?.statusCode, bad?.statusCode, other?.statusCode]).toEqual([201, 400, 201]);
    expect(Object.keys(bad?.json().error.fields ?? {})).toEqual(['lat']);
  });
});
