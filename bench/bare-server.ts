// The intake benchmark's yardstick: a Fastify route that validates a filing with the same zod
// contract and answers, nothing more. intake.ts runs it in a process of its own, like the real
// server, so neither shares an event loop with autocannon.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { fieldReportInputSchema } from '../src/common/feedback.js';

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.post('/bare', { schema: { body: fieldReportInputSchema } }, async (_request, reply) => reply.status(201).send({ code: 'PA00-000000' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('listening');
