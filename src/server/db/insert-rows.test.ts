import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects } from '../test/harness.js';
import type { DbHandle } from './index.js';
import { insertRows } from './insert-rows.js';
import { migrateToLatest } from './migrate.js';

const holiday = (day: number, note: string | null) => ({
  date: `2030-${String(Math.floor(day / 28) + 1).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')}`,
  name: `Ngày ${day}`,
  kind: 'off' as const,
  note,
  updated_by: null,
  updated_at: '2030-01-01T00:00:00.000Z',
});

describe.each(testDialects)('insertRows (%s)', (dialect) => {
  let database: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
  });
  afterAll(() => database.drop());

  it('writes every row with its own values, whatever the batch size, and returns the asked columns', async () => {
    const { db } = database;
    // 71 rows go as 64 + 4 + 2 + 1; 3 rows reuse the texts of 2 + 1.
    for (const [from, count] of [
      [0, 71],
      [100, 3],
    ] as const) {
      const rows = Array.from({ length: count }, (_, index) => holiday(from + index, index % 2 === 0 ? null : `ghi chú ${from + index}`));
      const returned = await insertRows(db, 'holidays', rows, ['date', 'name']);
      expect(returned.map((row) => row.date).sort()).toEqual(rows.map((row) => row.date).sort());
      expect(new Map(returned.map((row) => [row.date, row.name]))).toEqual(new Map(rows.map((row) => [row.date, row.name])));
    }
    const stored = await db.selectFrom('holidays').selectAll().where('date', 'like', '2030-%').orderBy('date').execute();
    expect(stored).toHaveLength(74);
    expect(stored.find((row) => row.name === 'Ngày 1')).toMatchObject({ note: 'ghi chú 1', kind: 'off', updated_by: null });
    expect(stored.find((row) => row.name === 'Ngày 2')?.note).toBeNull();
    expect(await insertRows(db, 'holidays', [])).toEqual([]);
  });

  it('writes nothing of a batch that breaks a constraint', async () => {
    const { db } = database;
    const rows = [holiday(200, null), holiday(201, null), holiday(200, null)];
    await expect(db.transaction().execute((trx) => insertRows(trx, 'holidays', rows))).rejects.toThrow();
    expect(await db.selectFrom('holidays').select('date').where('date', 'in', [holiday(200, null).date, holiday(201, null).date]).execute()).toEqual([]);
  });
});
