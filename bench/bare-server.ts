// The intake benchmark's yardsticks, in a process of their own like the real server, so neither
// shares an event loop with autocannon: a Fastify route that validates a filing with the same zod
// contract and answers, nothing more; and the same route writing one SQLite row per request, each
// in its own durable commit (the reference point: "one SQLite insert per request").
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { fieldReportInputSchema } from '../src/common/feedback.js';

const folder = fs.mkdtempSync(path.join(process.env.HAIDANG_DATA_DIR ?? '.', 'bare-'));
const database = new SQLite(path.join(folder, 'bare.sqlite'));
database.pragma('journal_mode = WAL');
database.pragma('synchronous = FULL');
database.exec('create table filings (id integer primary key, category_id integer not null, description text not null, lat real, lng real, created_at text not null)');
const insert = database.prepare('insert into filings (category_id, description, lat, lng, created_at) values (?, ?, ?, ?, ?)');

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.post('/bare', { schema: { body: fieldReportInputSchema } }, async (_request, reply) => reply.status(201).send({ code: 'PA00-000000' }));
app.post('/bare-insert', { schema: { body: fieldReportInputSchema } }, async (request, reply) => {
  const { categoryId, description, lat, lng } = request.body;
  const { lastInsertRowid } = insert.run(categoryId, description, lat ?? null, lng ?? null, new Date().toISOString());
  return reply.status(201).send({ code: `PA00-${lastInsertRowid}` });
});
app.addHook('onClose', () => {
  database.close();
  fs.rmSync(folder, { recursive: true, force: true });
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('listening');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
