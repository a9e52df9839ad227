// Everything that differs between SQLite and PostgreSQL lives here, not in the modules.
import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf(db: Pick<Kysely<unknown>, 'getExecutor'>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An auto-numbered integer primary key: INTEGER AUTOINCREMENT in SQLite, SERIAL in PostgreSQL. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName) {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (col) => col.primaryKey())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

/** A floating-point column that is double precision on both sides (PostgreSQL's `real` is 4 bytes). */
export const DOUBLE = 'double precision';

/** A foreign key to units(id), the most common reference. */
export const refUnit = (col: ColumnDefinitionBuilder) => col.references('units.id');

/** count(*) as a JavaScript number on both dialects (PostgreSQL's is a bigint). */
export const countAll = () => sql<number>`cast(count(*) as integer)`;
