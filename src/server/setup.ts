// Opening the database ready for use: connect, migrate, seed. Shared by the server, the CLI and tests.
import path from 'node:path';
import type { Config } from './config.js';
import { createDb, type DbHandle } from './db/index.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoAccounts, seedReference } from './db/seed/index.js';
import { seedReportingDemo } from './db/seed/reporting-demo.js';
import { seedTasksDemo } from './db/seed/tasks-demo.js';
import { seedFieldReportDemo } from './modules/feedback/demo.js';

export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DbHandle {
  return createDb({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'haidang.sqlite') });
}

/** none: reference data only; accounts: plus the demo accounts (tests); full: plus demo figures and progress. */
export type DemoLevel = 'none' | 'accounts' | 'full';

export const demoLevel = (config: Pick<Config, 'demo'>): DemoLevel => (config.demo ? 'full' : 'none');

export async function prepareDatabase(handle: DbHandle, options: { demo: DemoLevel; now: Date }): Promise<void> {
  await migrateToLatest(handle.db);
  await seedReference(handle.db, options.now);
  if (options.demo === 'none') return;
  await seedDemoAccounts(handle.db, options.now);
  if (options.demo === 'full') await seedReportingDemo(handle.db);
  if (options.demo === 'full') await seedTasksDemo(handle.db, options.now);
  if (options.demo === 'full') await seedFieldReportDemo(handle.db);
}
