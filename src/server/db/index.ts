// createDb(): one Kysely handle over SQLite (embedded default) or PostgreSQL (DATABASE_URL).
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { databaseQueryDuration, statementKind } from '../lib/metrics.js';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';
import { withStatementCache } from './statement-cache.js';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: DialectName;
  /** Where the data lives, for the start-up banner (the password is never shown). */
  location: string;
  /** PostgreSQL's connection string, for what needs a connection of its own (LISTEN). */
  connectionString?: string;
}

// int8 (count, sum of integers) as a number: our counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Every statement's time goes to the metrics (database time per kind of statement). */
const log = (event: LogEvent) => databaseQueryDuration.observe({ kind: statementKind(event.query.sql) }, event.queryDurationMillis / 1000);

export function createDb(options: { databaseUrl?: string | undefined; sqliteFile?: string }): DbHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover, DROP DATABASE … FORCE) must not
    // crash the process: the pool drops it and opens a new one on the next query.
    pool.on('error', (error) => console.warn(`PostgreSQL: idle connection closed (${error.message})`));
    const url = new URL(options.databaseUrl);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }),
      dialect: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      connectionString: options.databaseUrl,
    };
  }
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a power cut, not only a crash of the process.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }), log });
  return { db, dialect: 'sqlite', location: file };
}
