import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityRollup, Completeness } from '../../../common/reporting.js';
import { fixedClock } from '../../lib/clock.js';
import { rebuildRollupCells } from '../../modules/reporting/rollup-cells.js';
import { prepareDatabase } from '../../setup.js';
import { createTestApp, signIn, type TestApp, testDialects } from '../../test/harness.js';

describe.each(testDialects)('demo figures on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: 'full', clock: fixedClock('2025-01-20T09:00:00+07:00') });
  });
  afterAll(() => t.close());

  it('fills 2024 for every reporting unit, some late, some returned, the last months in progress, all marked demo', async () => {
    const coordinator = await signIn(t.app, 'vhtt');
    const grid = (await coordinator.get('/api/reporting/completeness?year=2024')).json<Completeness>();
    const cells = grid.units.flatMap((row) => row.cells);
    expect(grid.units.length).toBeGreaterThanOrEqual(17);
    expect(cells.filter((cell) => cell.month <= 10).every((cell) => cell.state === 'approved')).toBe(true);
    expect(cells.some((cell) => cell.sent && cell.daysLate > 0)).toBe(true);
    expect(cells.some((cell) => cell.state === 'returned')).toBe(true);
    expect(cells.some((cell) => cell.state === 'missing')).toBe(true);
    expect(cells.some((cell) => cell.state === 'submitted')).toBe(true);
    const flags = await t.database.db.selectFrom('report_submissions').select('demo').distinct().execute();
    expect(flags).toEqual([{ demo: 1 }]);
  });

  it('gives the rollup a mix of statuses and is the same on every run', async () => {
    const coordinator = await signIn(t.app, 'vhtt');
    const rollup = (await coordinator.get('/api/reporting/rollup?year=2024&month=10')).json<CityRollup>();
    const statuses = new Set(rollup.areas.flatMap((area) => area.indicators.map((indicator) => indicator.approved.status)));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    const before = await t.database.db.selectFrom('report_values').select(['numerator', 'denominator']).orderBy('id').limit(20).execute();
    await prepareDatabase(t.database, { demo: 'full', now: new Date() });
    expect(await t.database.db.selectFrom('report_values').select(['numerator', 'denominator']).orderBy('id').limit(20).execute()).toEqual(before);
    const count = await t.database.db.selectFrom('report_submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = await createTestApp(dialect, { demo: 'full' });
    try {
      const fresh = await again.database.db.selectFrom('report_values').select(['numerator', 'denominator']).orderBy('id').limit(20).execute();
      expect(fresh).toEqual(before);
      expect(Number((await again.database.db.selectFrom('report_submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(Number(count.n));
    } finally {
      await again.close();
    }
  });
});

describe.each(testDialects)('rollup upkeep on %s', (dialect) => {
  it('matches a full recomputation from the stored figures', async () => {
    const t = await createTestApp(dialect, { demo: 'full' });
    try {
      const snapshot = () =>
        t.database.db
          .selectFrom('rollup_cells')
          .select(['indicator_id', 'period_id', 'stage', 'units', 'numerator', 'denominator', 'value_sum', 'met', 'done', 'latest_done_date'])
          .orderBy('indicator_id')
          .orderBy('period_id')
          .orderBy('stage')
          .execute();
      const incremental = await snapshot();
      expect(incremental.length).toBeGreaterThan(100);
      await rebuildRollupCells(t.database.db);
      expect(await snapshot()).toEqual(incremental);
    } finally {
      await t.close();
    }
  });
});
