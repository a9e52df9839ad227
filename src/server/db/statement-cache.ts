// SQLite statements prepared once per distinct SQL text: Kysely's SQLite driver prepares every
// query anew (6 % of a field report's filing). SQLite recompiles a cached statement by itself
// after a schema change, so a cached one never runs against an old schema.
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** `database` with prepare() answered from a cache of the `capacity` most recently used statements. */
export function withStatementCache(database: SqliteDatabase, capacity = 500): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement) {
        // Map keeps insertion order: moving a hit to the end keeps the least recently used first.
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
