// The intake benchmark's second yardstick: the real app (its hooks: security headers, cookies, the
// session check, compression, errors) with one more route that has the filing's per-address limit
// and receipt contract but writes nothing. What it costs is what any filing pays before its own work.
import { buildApp } from '../src/server/app.js';
import { filedReceiptSchema, fieldReportInputSchema } from '../src/common/feedback.js';
import { loadConfig } from '../src/server/config.js';
import { filingRateLimit } from '../src/server/modules/feedback/routes.js';
import { openDatabase, prepareDatabase } from '../src/server/setup.js';

const config = loadConfig();
const database = openDatabase(config);
await prepareDatabase(database, { demo: 'none', now: new Date() });
const app = await buildApp({ config, database });
app.post(
  '/api/bench/bare',
  {
    config: filingRateLimit(config.fieldReportsPerHour),
    schema: { body: fieldReportInputSchema, response: { 201: filedReceiptSchema } },
  },
  async (_request, reply) => reply.status(201).send({ code: 'PA00-000000', status: 'received', dueDate: '2026-12-10', unit: null, ward: null }),
);
await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('listening');
