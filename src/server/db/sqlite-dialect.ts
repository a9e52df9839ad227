// SQLite with more than one writing connection (the server's, and the CLI's or a script's on the same
// file): a transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting for it under
// busy_timeout. A deferred one that read before writing would fail with SQLITE_BUSY at once if
// the other connection committed in between, which busy_timeout does not cover.
import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;

  constructor(settings: SqliteDialectConfig) {
    super(settings);
    this.#settings = settings;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#settings);
  }
}
