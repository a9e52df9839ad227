// Opening the database ready for use: connect, migrate, seed. Shared by the server, the CLI and tests.
import path from 'node:path';
import type { Config } from './config.js';
import { createDb, type DbHandle } from './db/index.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoAccounts, seedReference } from './db/seed/index.js';

export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DbHandle {
  return createDb({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'haidang.sqlite') });
}

export async function prepareDatabase(handle: DbHandle, options: { demo: boolean; now: Date }): Promise<void> {
  await migrateToLatest(handle.db);
  await seedReference(handle.db, options.now);
  if (options.demo) await seedDemoAccounts(handle.db, options.now);
}
