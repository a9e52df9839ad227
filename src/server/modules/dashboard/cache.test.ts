import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../lib/clock.js';
import { createEventBus } from '../../lib/events.js';
import { type TestApp, createTestApp } from '../../test/harness.js';
import { TTL_MS, rollupCache } from './cache.js';

describe('the OC rollup cache', () => {
  let t: TestApp;
  let cityId: number;
  const clock = manualClock('2024-05-20T09:00:00+07:00');
  beforeAll(async () => {
    t = await createTestApp('sqlite', { clock });
    cityId = (await t.database.db.selectFrom('units').select('id').where('code', '=', 'VT').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('shares one computation between screens until an event or the time-to-live ends it', async () => {
    const events = createEventBus(clock);
    const { rollups, close } = rollupCache(t.database.db, clock, events);
    const may = { year: 2024, month: 5 };
    const first = rollups(cityId, may);
    expect(rollups(cityId, may)).toBe(first);
    expect(rollups(cityId, { year: 2024, month: 4 })).not.toBe(first);
    expect((await first).period.month).toBe(5);

    events.publish('figures.approved');
    const afterEvent = rollups(cityId, may);
    expect(afterEvent).not.toBe(first);

    clock.set(new Date(clock.now().getTime() + TTL_MS + 1).toISOString());
    expect(rollups(cityId, may)).not.toBe(afterEvent);

    close();
    expect(events.subscribers).toBe(0);
  });

  it('forgets only the months an event can move: a report’s month and the later ones of its year', async () => {
    const events = createEventBus(clock);
    const { rollups, close } = rollupCache(t.database.db, clock, events);
    const [april, may, june] = [4, 5, 6].map((month) => rollups(cityId, { year: 2024, month }));
    events.publish('task.completed');
    events.publish('directive.changed');
    expect(rollups(cityId, { year: 2024, month: 4 })).toBe(april);
    events.publish('figures.approved', { year: 2024, month: 5 });
    expect(rollups(cityId, { year: 2024, month: 4 })).toBe(april);
    expect(rollups(cityId, { year: 2024, month: 5 })).not.toBe(may);
    expect(rollups(cityId, { year: 2024, month: 6 })).not.toBe(june);
    events.publish('fieldReport.filed');
    expect(rollups(cityId, { year: 2024, month: 4 })).not.toBe(april);
    await Promise.all([april, may, june]);
    close();
  });

  it('does not keep a failure: a year without a plan is asked again', async () => {
    const events = createEventBus(clock);
    const { rollups, close } = rollupCache(t.database.db, clock, events);
    const missing = rollups(cityId, { year: 2031, month: 1 });
    await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(rollups(cityId, { year: 2031, month: 1 })).not.toBe(missing);
    await rollups(cityId, { year: 2031, month: 1 }).catch(() => undefined);
    close();
  });
});
