// Runs the migrations in order; a failure throws, so start-up and the CLI exit non-zero.
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './index.js';
import * as foundation from './migrations/20241101000000_foundation.js';
import * as reporting from './migrations/20241102000000_reporting.js';
import * as tasks from './migrations/20241103000000_tasks.js';
import * as fieldReports from './migrations/20241104000000_field_reports.js';
import * as fieldReportNotes from './migrations/20241105000000_field_report_notes.js';
import * as gis from './migrations/20241106000000_gis.js';
import * as dxIndex from './migrations/20241107000000_dx_index.js';
import * as signInSecurity from './migrations/20241201000000_sign_in_security.js';
import * as identity from './migrations/20241201100000_identity.js';
import * as holidayCalendar from './migrations/20241202000000_holiday_calendar.js';
import * as planLifecycle from './migrations/20241203000000_plan_lifecycle.js';
import * as auditAppendOnly from './migrations/20241204000000_audit_append_only.js';

// Listed by hand so the bundle-free runtime (tsx) and the tests load the same set.
const migrations: Record<string, Migration> = {
  '20241101000000_foundation': foundation,
  '20241102000000_reporting': reporting,
  '20241103000000_tasks': tasks,
  '20241104000000_field_reports': fieldReports,
  '20241105000000_field_report_notes': fieldReportNotes,
  '20241106000000_gis': gis,
  '20241107000000_dx_index': dxIndex,
  '20241201000000_sign_in_security': signInSecurity,
  '20241201100000_identity': identity,
  '20241202000000_holiday_calendar': holidayCalendar,
  '20241203000000_plan_lifecycle': planLifecycle,
  '20241204000000_audit_append_only': auditAppendOnly,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}

/** The migrations this code knows that the database has not run: none once it is current. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const known = await new Migrator({ db, provider }).getMigrations();
  return known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}
