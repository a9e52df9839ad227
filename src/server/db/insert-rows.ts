// Inserts of many rows of one shape on the hot write paths (field-report intake): Kysely compiles
// the SQL once per table, column list, row count and dialect, and later batches reuse that text
// with their own parameters. Building and compiling a 64-row insert anew cost more than SQLite's
// own work for the same rows.
import { CompiledQuery, type DialectAdapter, type Insertable, type Selectable } from 'kysely';
import type { Db } from './index.js';
import type { Database } from './schema.js';

// Row counts go by powers of two (37 rows: 32 + 4 + 1), so a table has a few statements in the
// SQLite statement cache, not one per batch size.
const MAX_ROWS = 64;
const chunkSizes = (count: number): number[] => {
  const sizes: number[] = [];
  for (let left = count; left > 0; ) {
    const size = Math.min(MAX_ROWS, 2 ** Math.floor(Math.log2(left)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
};

const compiledSql = new WeakMap<DialectAdapter, Map<string, string>>();

/**
 * Inserts `rows`, which must all have the same keys in the same order (built by one function), and
 * returns the `returning` columns of the rows written; RETURNING promises no order, so match them
 * by a unique column.
 */
export async function insertRows<T extends keyof Database, R extends keyof Selectable<Database[T]> & string = never>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
  returning: readonly R[] = [],
): Promise<Pick<Selectable<Database[T]>, R>[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first) as (keyof typeof first)[];
  const adapter = db.getExecutor().adapter;
  let cache = compiledSql.get(adapter);
  if (!cache) compiledSql.set(adapter, (cache = new Map<string, string>()));
  const shape = `${table}|${columns.join(',')}|${returning.join(',')}`;
  const results: Pick<Selectable<Database[T]>, R>[] = [];
  let start = 0;
  for (const size of chunkSizes(rows.length)) {
    const chunk = rows.slice(start, start + size);
    start += size;
    const key = `${shape}|${size}`;
    let sql = cache.get(key);
    if (sql === undefined) {
      const insert = db.insertInto(table).values(chunk);
      sql = (returning.length > 0 ? insert.returning(returning as never) : insert).compile().sql;
      cache.set(key, sql);
    }
    const parameters: unknown[] = [];
    for (const row of chunk) for (const column of columns) parameters.push(row[column]);
    const { rows: returned } = await db.executeQuery<Pick<Selectable<Database[T]>, R>>(CompiledQuery.raw(sql, parameters));
    results.push(...returned);
  }
  return results;
}
