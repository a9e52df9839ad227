import SQLite from 'better-sqlite3';
import { type Generated, Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('prepares each SQL text once and keeps only the most recently used', () => {
    const database = new SQLite(':memory:');
    const cached = withStatementCache(database, 2);
    const first = cached.prepare('select 1');
    expect(cached.prepare('select 1')).toBe(first);
    cached.prepare('select 2');
    cached.prepare('select 1'); // now the most recent: 'select 2' is the one to go
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(first);
    expect(cached.prepare('select 2')).not.toBe(first);
    cached.close();
    expect(database.open).toBe(false);
  });

  it('answers through Kysely as before, also after the schema changed under a cached statement', async () => {
    const db = new Kysely<{ notes: { id: Generated<number>; body: string; tag?: string | null } }>({ dialect: new SqliteDialect({ database: withStatementCache(new SQLite(':memory:')) }) });
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
    const insert = (body: string) => db.insertInto('notes').values({ body }).returning('id').executeTakeFirstOrThrow();
    expect((await insert('a')).id).toBe(1);
    expect((await insert('b')).id).toBe(2);
    expect(await db.selectFrom('notes').selectAll().orderBy('id').execute()).toEqual([{ id: 1, body: 'a' }, { id: 2, body: 'b' }]);
    await sql`alter table notes add column tag text`.execute(db);
    expect(await db.selectFrom('notes').selectAll().orderBy('id').execute()).toEqual([{ id: 1, body: 'a', tag: null }, { id: 2, body: 'b', tag: null }]);
    await db.destroy();
  });
});
