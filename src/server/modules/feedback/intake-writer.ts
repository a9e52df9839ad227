// The intake's SQLite writer: a worker thread with its own connection to the database file runs
// writeFilings, so a batch's inserts and the fsync of its commit (synchronous=FULL, about 3 ms here)
// no longer stop the event loop that reads and answers requests; better-sqlite3 is synchronous.
// A filing is still answered only after its batch has committed. WAL lets this connection write
// while the server's reads on its own; the two writers wait for each other (BEGIN IMMEDIATE,
// busy_timeout).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FieldReportRow } from './schema.js';
import type { PreparedFiling } from './service.js';

export interface IntakeWriter {
  /** writeFilings() on the writer thread: one transaction, rows in the filings' order. */
  write(filings: PreparedFiling[]): Promise<FieldReportRow[]>;
  /** Waits for the writes under way, then stops the thread; a later write starts a new one. */
  close(): Promise<void>;
}

export type WriterRequest = { id: number; filings: PreparedFiling[] };
export type WriterReply = { id: number; rows: FieldReportRow[] } | { id: number; error: { message: string; code?: string } };

const here = fileURLToPath(import.meta.url);
const workerFile = new URL(`./intake-writer-worker${path.extname(here)}`, import.meta.url).href;

// The server runs TypeScript through tsx; a worker thread needs tsx's loader registered in it first.
function startWorker(file: string): Worker {
  const workerData = { file };
  if (!workerFile.endsWith('.ts')) return new Worker(new URL(workerFile), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(workerFile)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A writer thread for the SQLite database in `file`, started now so the first filing does not wait for it. */
export function startIntakeWriter(file: string): IntakeWriter {
  const pending = new Map<number, { resolve: (rows: FieldReportRow[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let worker: Worker | null = null;
  let drained: (() => void) | null = null;

  const settle = (reply: WriterReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('rows' in reply) waiting.resolve(reply.rows);
    else waiting.reject(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}));
    // An idle writer must not keep the process alive (scripts, tests); one at work must.
    if (pending.size === 0) {
      worker?.unref();
      drained?.();
    }
  };

  const spawn = () => {
    const started = startWorker(file);
    started.unref();
    started.on('message', settle);
    const fail = (error: Error) => {
      if (worker === started) worker = null;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(error);
      }
      drained?.();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`intake writer stopped (exit code ${code})`)));
    return started;
  };
  worker = spawn();

  return {
    write: (filings) =>
      new Promise<FieldReportRow[]>((resolve, reject) => {
        worker ??= spawn();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, filings } satisfies WriterRequest);
      }),
    close: async () => {
      if (pending.size > 0) await new Promise<void>((resolve) => (drained = resolve));
      drained = null;
      const stopping = worker;
      worker = null;
      await stopping?.terminate();
    },
  };
}
