// The intake writer's thread (see intake-writer.ts): its own connection to the SQLite file, with
// the same settings as the server's (WAL, synchronous=FULL); writes each batch it is sent with
// writeFilings and answers with the rows, or with the error that rolled the batch back.
import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../../db/index.js';
import type { WriterReply, WriterRequest } from './intake-writer.js';
import { writeFilings } from './service.js';

const port = parentPort;
if (!port) throw new Error('intake-writer-worker runs as a worker thread');
const { db } = createDb({ sqliteFile: (workerData as { file: string }).file });

port.on('message', ({ id, filings }: WriterRequest) => {
  writeFilings(db, filings).then(
    (rows) => port.postMessage({ id, rows } satisfies WriterReply),
    (error: unknown) => {
      const { message, code } = error instanceof Error ? (error as Error & { code?: unknown }) : { message: String(error), code: undefined };
      port.postMessage({ id, error: { message, ...(typeof code === 'string' ? { code } : {}) } } satisfies WriterReply);
    },
  );
});
