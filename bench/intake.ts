// Field-report intake: autocannon at 64 connections against the yardsticks (a bare Fastify route
// that only validates and answers; the same writing one row per commit; our app's stack with no
// work behind it), then the public filing endpoint and the Open311 POST of the real server
// on SQLite and (unless --skip-pg) PostgreSQL; then a crash test on SQLite: SIGKILL under load,
// restart, and check that every acknowledged report is there, photos included.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import sharp from 'sharp';
import { freshPostgresDatabase } from './postgres.js';
import { startServer } from './server-process.js';
import { flag, has, ms } from './stats.js';

const CONNECTIONS = 64;
const SECONDS = flag('seconds', 10);
const place = { lat: 10.3575, lng: 107.0874 };

interface Load {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** The server process's CPU time per answered request: less sensitive than requests/s to what else the machine runs. */
  cpuMsPerRequest: number | null;
}

// utime + stime of a process in seconds, from /proc (Linux); null elsewhere.
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After the command: state is field 3, utime field 14 and stime 15, in ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function load(label: string, serverPid: number | undefined, options: autocannon.Options): Promise<Load> {
  const cpuBefore = cpuSeconds(serverPid);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const cpuAfter = cpuSeconds(serverPid);
  const answered = result.requests.total;
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null || answered === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / answered,
  };
}

/** A yardstick server (bare-server.ts, app-bare-server.ts) in a process of its own, like the real server. */
async function startYardstick(script: string, port: number, env: NodeJS.ProcessEnv) {
  const child = fork(path.join(import.meta.dirname, script), { env: { ...process.env, ...env, PORT: String(port) }, execArgv: ['--import', 'tsx'] });
  const started = await Promise.race([once(child, 'message').then(() => true), once(child, 'exit').then(() => false)]);
  if (!started) throw new Error(`${script} exited before listening (port ${port})`);
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill();
      await once(child, 'exit');
    },
  };
}

async function signInAsAdmin(url: string) {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'HaiDang@2024' }) });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

async function firstCategory(url: string): Promise<{ id: number; code: string }> {
  const config = (await (await fetch(`${url}/api/field-reports/config`)).json()) as { categories: { id: number; code: string }[] };
  const category = config.categories[0];
  if (!category) throw new Error('no field-report category');
  return category;
}

const filingBody = (categoryId: number) => JSON.stringify({ categoryId, description: 'Đèn đường hỏng trước số nhà 12 (đo tải)', ...place });
const postJson = (url: string, body: string) => ({ url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body });

/** The web filing and the Open311 POST against the real server on one database. */
async function loadOurServer(database: string, port: number, env: NodeJS.ProcessEnv): Promise<Load[]> {
  const server = await startServer(port, env);
  try {
    const category = await firstCategory(server.url);
    const admin = await signInAsAdmin(server.url);
    const keyResponse = await fetch(`${server.url}/api/open311/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: JSON.stringify({ name: 'bench' }),
    });
    const { key } = (await keyResponse.json()) as { key: string };
    const open311Body = new URLSearchParams({ api_key: key, service_code: category.code, lat: String(place.lat), long: String(place.lng), description: 'Đèn đường hỏng (đo tải Open311)' }).toString();
    return [
      await load(`POST /api/field-reports, ${database}`, server.child.pid, postJson(`${server.url}/api/field-reports`, filingBody(category.id))),
      await load(`POST /open311/v2/requests.json, ${database}`, server.child.pid, {
        url: `${server.url}/open311/v2/requests.json`,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: open311Body,
      }),
    ];
  } finally {
    await server.stop();
  }
}

export async function benchIntake(): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haidang-intake-'));
  // The per-address filing limit would stop a load test from one address.
  const env = { HAIDANG_DATA_DIR: dataDir, HAIDANG_DEMO: '1', FIELD_REPORTS_PER_HOUR: '10000000' };
  const lines = [`## Field-report intake (${CONNECTIONS} connections, ${SECONDS} s each)`, ''];
  try {
    // The bare route runs first and last: this machine's rate moves from run to run, and the
    // ratios are taken against the mean of the two.
    const loadBare = async (when: string, withInsert: boolean) => {
      const bare = await startYardstick('bare-server.ts', 3302, env);
      try {
        const loads = [await load(`bare Fastify route (validate + answer), ${when}`, bare.pid, postJson(`${bare.url}/bare`, filingBody(1)))];
        if (withInsert) loads.push(await load('bare route + one SQLite insert and commit per request', bare.pid, postJson(`${bare.url}/bare-insert`, filingBody(1))));
        return loads;
      } finally {
        await bare.stop();
      }
    };
    const [bareFirst, ...results] = await loadBare('first', true);
    const appBare = await startYardstick('app-bare-server.ts', 3312, { ...env, HAIDANG_DATA_DIR: path.join(dataDir, 'app-bare'), LOG_LEVEL: 'warn' });
    try {
      results.push(await load("our app's stack, the filing's limit and receipt, no work", appBare.pid, postJson(`${appBare.url}/api/bench/bare`, filingBody(1))));
    } finally {
      await appBare.stop();
    }
    results.push(...(await loadOurServer('SQLite', 3301, env)));
    if (!has('skip-pg')) {
      const pgDir = path.join(dataDir, 'pg');
      results.push(...(await loadOurServer('PostgreSQL', 3305, { ...env, HAIDANG_DATA_DIR: pgDir, DATABASE_URL: await freshPostgresDatabase('haidang_intake') })));
    }
    const [bareLast] = await loadBare('last', false);
    const bares = [bareFirst, bareLast].filter((result) => result !== undefined);
    results.unshift(...bares);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const bareRate = mean(bares.map((result) => result.requestsPerSecond));
    const bareCpus = bares.flatMap((result) => (result.cpuMsPerRequest === null ? [] : [result.cpuMsPerRequest]));
    const bareCpu = bareCpus.length > 0 ? mean(bareCpus) : null;
    const cpu = (result: Load) =>
      result.cpuMsPerRequest === null ? 'n/a' : `${result.cpuMsPerRequest.toFixed(3)} ms${bareCpu ? ` (bare / this ${(bareCpu / result.cpuMsPerRequest).toFixed(2)})` : ''}`;
    lines.push('| target | requests/s | p50 | p99 | errors | non-2xx | / bare (mean of first and last) | server CPU per request |', '|---|---|---|---|---|---|---|---|');
    for (const result of results) {
      lines.push(
        `| ${result.label} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.errors} | ${result.non2xx} | ${(result.requestsPerSecond / bareRate).toFixed(2)} | ${cpu(result)} |`,
      );
    }
    lines.push('', ...(await crashTest(env)));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

/** Files reports (some with a photo) as fast as it can, SIGKILLs the server mid-stream, restarts it, and checks every acknowledged code. */
async function crashTest(env: NodeJS.ProcessEnv): Promise<string[]> {
  const server = await startServer(3303, env);
  const categoryId = (await firstCategory(server.url)).id;
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#2a7' } }).jpeg().toBuffer();
  const acknowledged: { code: string; photos: number }[] = [];
  let stopped = false;
  const worker = async (index: number) => {
    for (let round = 0; !stopped; round += 1) {
      const withPhoto = (index + round) % 4 === 0;
      try {
        let response: Response;
        if (withPhoto) {
          const form = new FormData();
          for (const [name, value] of Object.entries({ categoryId: String(categoryId), description: `Phản ánh có ảnh số ${index}-${round}`, lat: String(place.lat), lng: String(place.lng) })) form.append(name, value);
          form.append('photos', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'anh.jpg');
          response = await fetch(`${server.url}/api/field-reports/with-photos`, { method: 'POST', body: form });
        } else {
          response = await fetch(`${server.url}/api/field-reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ categoryId, description: `Phản ánh số ${index}-${round}`, ...place }) });
        }
        if (response.status === 201) acknowledged.push({ code: ((await response.json()) as { code: string }).code, photos: withPhoto ? 1 : 0 });
      } catch {
        // The connection died with the server: not acknowledged, so not counted.
      }
    }
  };
  const workers = Array.from({ length: 32 }, (_, index) => worker(index));
  await new Promise((resolve) => setTimeout(resolve, 4000));
  await server.stop('SIGKILL');
  stopped = true;
  await Promise.all(workers);
  const restarted = await startServer(3304, env);
  let whole = 0;
  const missing: string[] = [];
  try {
    for (const report of acknowledged) {
      const response = await fetch(`${restarted.url}/api/field-reports/track/${report.code}`);
      const body = response.ok ? ((await response.json()) as { photos: { url: string }[] }) : null;
      const photos = body?.photos ?? [];
      const served = await Promise.all(photos.map((item) => fetch(new URL(item.url, restarted.url)).then((reply) => reply.ok)));
      const photosOk = photos.length === report.photos && served.every(Boolean);
      if (body && photosOk) whole += 1;
      else missing.push(report.code);
    }
  } finally {
    await restarted.stop();
  }
  return [
    `Crash test: ${acknowledged.length} reports acknowledged (${acknowledged.filter((r) => r.photos > 0).length} with a photo) before SIGKILL; after restart ${whole} found whole, ${missing.length} missing${missing.length ? `: ${missing.slice(0, 5).join(', ')}` : ''}.`,
  ];
}
