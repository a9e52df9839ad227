// Helmet's security headers, worked out once at start-up and set on every reply. @fastify/helmet
// built helmet's middleware again on every request (CSP parsing included): 6 % of a filing's CPU.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet would set with these options, in its order. Our options hold no per-request values (no nonces, no functions). */
export function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number) => void headers.set(name, String(value)),
    removeHeader: (name: string) => void headers.delete(name),
  };
  let finished = false;
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error ?? null;
    finished = true;
  });
  if (failure) throw new Error('helmet refused the options', { cause: failure });
  // helmet's middleware runs synchronously; anything else would mean headers we did not see.
  if (!finished) throw new Error('helmet did not finish synchronously');
  return [...headers];
}

export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: HelmetOptions) => {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
});
