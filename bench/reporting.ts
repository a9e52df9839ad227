// Monthly reporting at province/national scale: bulk load, rollup latency (ours vs a raw scan vs
// DuckDB over the same rows), and the time from an approval to the new value in the rollup.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { sql } from 'kysely';
import type { PlanSeed } from '../src/common/plan.js';
import { createDb, type DbHandle } from '../src/server/db/index.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedUnits } from '../src/server/db/seed/index.js';
import { vungTau2024Plan } from '../src/server/db/seed/plan-vungtau-2024.js';
import type { UnitSeed } from '../src/server/db/seed/units-vungtau.js';
import type { Actor } from '../src/server/lib/policy.js';
import { seedPlan } from '../src/server/modules/plan/service.js';
import { ensurePeriods } from '../src/server/modules/reporting/periods.js';
import { rollupIndicators, rollupScope } from '../src/server/modules/reporting/rollup.js';
import { applyToRollup, rebuildRollupCells } from '../src/server/modules/reporting/rollup-cells.js';
import { approveReport } from '../src/server/modules/reporting/workflow.js';
import { loadActorScope } from '../src/server/modules/units/service.js';
import { freshPostgresDatabase } from './postgres.js';
import { flag, has, ms, percentiles, timeIt } from './stats.js';

const UNITS = flag('units', 3321);
const YEARS = flag('years', 5);
const FIRST_YEAR = 2020;
const LAST_YEAR = FIRST_YEAR + YEARS - 1;
const indicatorsPerPlan = vungTau2024Plan.areas.reduce((sum, area) => sum + area.indicators.length, 0);

/** The same synthetic figure on every database and in DuckDB. */
function figure(unit: number, indicator: number, period: number) {
  const spread = (unit * 7919 + indicator * 104_729 + period * 1_299_709) % 1000;
  const denominator = 50 + (spread % 450);
  return { numerator: Math.floor((denominator * (300 + (spread % 700))) / 1000), denominator, met: spread % 3 === 0 ? 0 : 1 };
}

const benchUnits: UnitSeed[] = [
  { code: 'BENCH', name: 'Quốc gia (giả lập)', kind: 'province', parentCode: null, source: null },
  { code: 'BENCH-C', name: 'Đơn vị tổng hợp (giả lập)', kind: 'city', parentCode: 'BENCH', source: null },
  ...Array.from({ length: UNITS }, (_, index): UnitSeed => ({
    code: `W${String(index + 1).padStart(4, '0')}`,
    name: `Xã ${index + 1}`,
    kind: 'commune',
    parentCode: 'BENCH-C',
    source: null,
  })),
];

const benchPlan = (year: number): PlanSeed => ({
  ...vungTau2024Plan,
  year,
  unitCode: 'BENCH-C',
  areas: vungTau2024Plan.areas.map((area) => ({
    ...area,
    indicators: area.indicators.map((indicator) => ({ ...indicator, kind: 'ratio' as const, reportingScope: 'wards' as const, reportingUnitCode: null })),
  })),
});

async function openBenchDb(dialect: 'sqlite' | 'postgres'): Promise<DbHandle> {
  if (dialect === 'sqlite') {
    const file = path.join(os.tmpdir(), 'haidang-bench.sqlite');
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    return createDb({ sqliteFile: file });
  }
  return createDb({ databaseUrl: await freshPostgresDatabase('haidang_bench') });
}

async function load(handle: DbHandle) {
  const { db } = handle;
  await migrateToLatest(db);
  const now = new Date();
  await seedUnits(db, benchUnits, now);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) await seedPlan(db, benchPlan(year), now);
  const city = await db.selectFrom('units').select('id').where('code', '=', 'BENCH-C').executeTakeFirstOrThrow();
  const wards = await db.selectFrom('units').select('id').where('parent_id', '=', city.id).orderBy('id').execute();
  const stamp = now.toISOString();
  const [officer, coordinator] = await Promise.all(
    [['bench.officer', wards[0]?.id ?? city.id, 'officer'] as const, ['bench.coordinator', city.id, 'coordinator'] as const].map(([username, unitId, role]) =>
      db.insertInto('users').values({ username, password_hash: '-', full_name: username, email: null, unit_id: unitId, role, disabled: 0, created_at: stamp, updated_at: stamp }).returning('id').executeTakeFirstOrThrow(),
    ),
  );
  let periodIndex = 0;
  const loadMs = await timeIt(async () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const plan = await db.selectFrom('plans').select('id').where('unit_id', '=', city.id).where('year', '=', year).executeTakeFirstOrThrow();
      const indicators = await db.selectFrom('indicators').select('id').where('plan_id', '=', plan.id).orderBy('number').execute();
      for (const period of await ensurePeriods(db, city.id, year)) {
        periodIndex += 1;
        await db.transaction().execute(async (trx) => {
          for (let start = 0; start < wards.length; start += 1000) {
            const batch = wards.slice(start, start + 1000);
            const submissions = await trx
              .insertInto('report_submissions')
              .values(batch.map((ward) => ({ period_id: period.id, unit_id: ward.id, status: 'approved' as const, version: 3, first_submitted_at: stamp, submitted_at: stamp, submitted_by: officer?.id ?? null, decided_at: stamp, decided_by: coordinator?.id ?? null, demo: 0, created_at: stamp, updated_at: stamp })))
              .returning(['id', 'unit_id'])
              .execute();
            const rows = submissions.flatMap((submission) =>
              indicators.map((indicator, index) => ({ submission_id: submission.id, indicator_id: indicator.id, ...figure(submission.unit_id, index, periodIndex), value: null, done_date: null, comment: null, updated_at: stamp, updated_by: null })),
            );
            for (let at = 0; at < rows.length; at += 2000) await trx.insertInto('report_values').values(rows.slice(at, at + 2000)).execute();
          }
        });
      }
    }
  });
  const rebuildMs = await timeIt(() => rebuildRollupCells(db));
  return { cityId: city.id, loadMs, rebuildMs, coordinatorId: coordinator?.id ?? 0, officerId: officer?.id ?? 0 };
}

/** The rollup without aggregates: a group-by over the raw figures, to compare designs. */
const rawRollup = (handle: DbHandle, periodIds: number[]) =>
  handle.db
    .selectFrom('report_values as v')
    .innerJoin('report_submissions as s', 's.id', 'v.submission_id')
    .where('s.period_id', 'in', periodIds)
    .where('s.status', '=', 'approved')
    .groupBy('v.indicator_id')
    .select(['v.indicator_id', sql<number>`sum(v.numerator)`.as('n'), sql<number>`sum(v.denominator)`.as('d'), sql<number>`count(*)`.as('c')])
    .execute();

async function duckdbRollups(periodsPerYear: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE figures (indicator INTEGER, period INTEGER, unit INTEGER, status VARCHAR, numerator DOUBLE, denominator DOUBLE, met INTEGER)');
  const appender = await connection.createAppender('figures');
  const loadMs = await timeIt(async () => {
    for (let period = 1; period <= YEARS * periodsPerYear; period += 1) {
      for (let unit = 1; unit <= UNITS; unit += 1) {
        for (let indicator = 0; indicator < indicatorsPerPlan; indicator += 1) {
          const row = figure(unit, indicator, period);
          appender.appendInteger(indicator);
          appender.appendInteger(period);
          appender.appendInteger(unit);
          appender.appendVarchar('approved');
          appender.appendDouble(row.numerator);
          appender.appendDouble(row.denominator);
          appender.appendInteger(row.met);
          appender.endRow();
        }
      }
    }
    appender.closeSync();
  });
  const last = YEARS * periodsPerYear;
  const query = (where: string) =>
    connection.runAndReadAll(`SELECT indicator, sum(numerator), sum(denominator), count(*) FROM figures WHERE ${where} AND status = 'approved' GROUP BY indicator`);
  const period = await percentiles(() => query(`period = ${last - 6}`));
  const year = await percentiles(() => query(`period BETWEEN ${last - 11} AND ${last}`));
  connection.closeSync();
  instance.closeSync();
  return { loadMs, period, year };
}

async function approvalToRollup(handle: DbHandle, cityId: number, coordinatorId: number): Promise<number> {
  const { db } = handle;
  const scope = await rollupScope(db, cityId, LAST_YEAR, 12, new Date());
  const submission = await db.selectFrom('report_submissions').selectAll().where('period_id', '=', scope.period.id).orderBy('id').limit(1).executeTakeFirstOrThrow();
  // Put one approved report back to "submitted" so that it can be approved again under the clock.
  await applyToRollup(db, submission, 'approved', -1);
  await db.updateTable('report_submissions').set({ status: 'submitted', submitted_by: null }).where('id', '=', submission.id).execute();
  const before = (await rollupIndicators(db, scope))[0]?.approved.denominator;
  const actor: Actor = { id: coordinatorId, username: 'bench.coordinator', role: 'coordinator', unitId: cityId, ...(await loadActorScope(db, cityId)) };
  return timeIt(async () => {
    await approveReport(db, actor, submission.id, submission.version, new Date());
    const after = (await rollupIndicators(db, scope))[0]?.approved.denominator;
    if (after === before) throw new Error('the approval did not reach the rollup');
  });
}

export async function benchReporting(): Promise<string[]> {
  const lines = [`## Reporting: ${UNITS} units × ${indicatorsPerPlan} indicators × ${YEARS * 12} monthly periods = ${(UNITS * indicatorsPerPlan * YEARS * 12).toLocaleString('en')} figures`, ''];
  const duck = await duckdbRollups(12);
  lines.push(`DuckDB (in memory, one denormalised table, raw scan): load ${ms(duck.loadMs)}; one period p50 ${ms(duck.period.p50)} p95 ${ms(duck.period.p95)}; one year p50 ${ms(duck.year.p50)} p95 ${ms(duck.year.p95)}`, '');
  lines.push('| database | bulk load | rollup cells rebuild | our rollup, one period p50 / p95 | our rollup, year to date p50 / p95 | raw scan, one period p50 | raw scan, one year p50 | ours / DuckDB (period, year) | approval → rollup |', '|---|---|---|---|---|---|---|---|---|');
  const dialects = has('skip-pg') ? (['sqlite'] as const) : (['sqlite', 'postgres'] as const);
  for (const dialect of dialects) {
    const handle = await openBenchDb(dialect);
    try {
      const loaded = await load(handle);
      const periodScope = await rollupScope(handle.db, loaded.cityId, LAST_YEAR, 6, new Date());
      const yearScope = await rollupScope(handle.db, loaded.cityId, LAST_YEAR, 12, new Date());
      // "One period" is the June figures as the OC shows them (year to date to June); "year" is to December.
      const period = await percentiles(() => rollupIndicators(handle.db, periodScope));
      const year = await percentiles(() => rollupIndicators(handle.db, yearScope));
      const yearPeriods = (await ensurePeriods(handle.db, loaded.cityId, LAST_YEAR)).map((row) => row.id);
      const rawPeriod = await percentiles(() => rawRollup(handle, [periodScope.period.id]), 5, 1);
      const rawYear = await percentiles(() => rawRollup(handle, yearPeriods), 3, 1);
      const approval = await approvalToRollup(handle, loaded.cityId, loaded.coordinatorId);
      lines.push(
        `| ${dialect} | ${ms(loaded.loadMs)} | ${ms(loaded.rebuildMs)} | ${ms(period.p50)} / ${ms(period.p95)} | ${ms(year.p50)} / ${ms(year.p95)} | ${ms(rawPeriod.p50)} | ${ms(rawYear.p50)} | ${(period.p50 / duck.period.p50).toFixed(2)}, ${(year.p50 / duck.year.p50).toFixed(2)} | ${ms(approval)} |`,
      );
      console.log(lines.at(-1));
    } finally {
      await handle.db.destroy();
    }
  }
  return lines;
}
