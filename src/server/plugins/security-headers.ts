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

// The platform asks for the location (filing a field report) and the microphone (the assistant's voice
// input) on its own pages only; nothing else a browser offers.
const PERMISSIONS_POLICY = 'camera=(), microphone=(self), geolocation=(self), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()';
const HSTS = 'max-age=31536000; includeSubDomains';

export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: HelmetOptions) => {
  // HSTS is only meaningful, and only sent, over HTTPS: a plain-HTTP install on a closed network must stay reachable.
  const headers = [...helmetHeaders(options).filter(([name]) => name.toLowerCase() !== 'strict-transport-security'), ['permissions-policy', PERMISSIONS_POLICY] as [string, string]];
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    // request.protocol is the socket's, or X-Forwarded-Proto's when the proxy in front is trusted (TRUST_PROXY).
    if (app.config.cookieSecure || request.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS);
    done();
  });
  // API answers carry unpublished figures and citizens' details: no browser or proxy keeps them, unless a
  // route says otherwise (public photos, downloads that set their own).
  app.addHook('onSend', (request, reply, _payload, done) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done();
  });
});
