// A fresh, empty PostgreSQL database for a benchmark, on the server the tests use.
import os from 'node:os';
import pg from 'pg';

export async function freshPostgresDatabase(name: string): Promise<string> {
  const base = process.env.HAIDANG_TEST_PG_URL ?? `postgres://${os.userInfo().username}@127.0.0.1:5432/test`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
