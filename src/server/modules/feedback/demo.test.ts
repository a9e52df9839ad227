import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.js';
import { testDialects } from '../../test/harness.js';
import { seedFieldReportDemo } from './demo.js';
import { fieldReportOnTimeRate } from './stats.js';
import { type FeedbackTestApp, createFeedbackApp } from './testing.js';

describe.each(testDialects)('demo field reports on %s', (dialect) => {
  let t: FeedbackTestApp;
  beforeAll(async () => {
    t = await createFeedbackApp(dialect, fixedClock('2025-01-15T03:00:00Z'));
    await seedFieldReportDemo(t.database.db);
  });
  afterAll(() => t.close());

  it('files plausible 2024 reports through the real rules, marked demo, the same on every run', async () => {
    await seedFieldReportDemo(t.database.db);
    const rows = await t.database.db.selectFrom('field_reports').selectAll().orderBy('code').execute();
    expect(rows).toHaveLength(60);
    expect(rows.every((row) => row.demo === 1 && row.created_at.startsWith('2024-'))).toBe(true);
    expect(rows[0]?.code).toBe('PA24-D00001');
    const statuses = new Set(rows.map((row) => row.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['in_progress', 'resolved']));
    expect(rows.some((row) => row.reporter_name !== null || row.reporter_phone !== null)).toBe(false);
    const year = await fieldReportOnTimeRate(t.database.db, t.unit('VT'), { from: '2024-01-01', to: '2024-12-31' });
    expect(year.city.closed).toBeGreaterThan(40);
    expect(year.city.closedLate).toBeGreaterThan(0);
    expect(year.city.onTimeRate).toBeGreaterThan(70);
    expect(year.city.onTimeRate).toBeLessThan(100);
  });
});
