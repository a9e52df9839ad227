// Intake of citizens' filings (web form and Open311) under load: each filing is checked on its
// own against the reference data in memory, then written by group commit with the filings that
// arrived at the same time, in one transaction; its tracking code is answered after that commit.
// SQLite keeps synchronous=FULL, so one fsync now covers a whole batch instead of one filing.
import type { Db } from '../../db/index.js';
import { dialectOf } from '../../db/dialect.js';
import { groupCommit } from '../../lib/group-commit.js';
import type { SavedPhoto } from './photos.js';
import { type FilingReference, filingReference } from './reference.js';
import type { FieldReportRow } from './schema.js';
import { type FilingContext, type FilingInput, type PreparedFiling, prepareFiling, writeFilings } from './service.js';

export interface FieldReportIntake {
  /** Files one report; resolves once it is durably written (or rejects with this filing's own error). */
  file(input: FilingInput, photos: SavedPhoto[], ctx: FilingContext): Promise<FieldReportRow>;
  reference(): Promise<FilingReference>;
}

// 64 filings × 42 columns stay far below SQLite's and PostgreSQL's bound-parameter limits.
const MAX_BATCH = 64;

// Six random characters give a billion codes a year; among tens of thousands of reports one is now
// and then drawn twice (the birthday bound): that filing is written again under a new code.
const CODE_ATTEMPTS = 3;

/** The database refused a report because its tracking code is taken (SQLite's or PostgreSQL's unique index). */
export const trackingCodeTaken = (error: unknown): boolean => error instanceof Error && /field_reports(\.code\b|_code_key\b)/.test(error.message);

const intakes = new WeakMap<Db, FieldReportIntake>();

/** The intake of `db`: one per database, shared by the web routes and Open311. */
export function fieldReportIntake(db: Db): FieldReportIntake {
  let intake = intakes.get(db);
  if (!intake) {
    const submit = groupCommit<PreparedFiling, FieldReportRow>({
      name: 'field_reports',
      write: (filings) => writeFilings(db, filings),
      maxItems: MAX_BATCH,
      // SQLite has one writer at a time: what arrives during a commit goes in the next batch.
      concurrency: dialectOf(db) === 'sqlite' ? 1 : Infinity,
    });
    const reference = () => filingReference(db);
    intake = {
      reference,
      file: async (input, photos, ctx) => {
        const data = await reference();
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await submit(prepareFiling(data, input, photos, ctx));
          } catch (error) {
            if (ctx.code !== undefined || attempt >= CODE_ATTEMPTS || !trackingCodeTaken(error)) throw error;
          }
        }
      },
    };
    intakes.set(db, intake);
  }
  return intake;
}
