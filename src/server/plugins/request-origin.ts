// Makes each request's origin (address, browser) readable by the services it calls (lib/request-context.ts).
import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { userAgentOf, withRequestOrigin } from '../lib/request-context.js';

export const requestOriginPlugin = fp(async (app: FastifyInstance) => {
  // The body is read in the socket's own async context: the lifecycle re-enters the request's after parsing,
  // as @fastify/request-context does.
  const scopes = new WeakMap<FastifyRequest, AsyncResource>();
  app.addHook('onRequest', (request, _reply, done) => {
    withRequestOrigin({ address: request.ip, userAgent: userAgentOf(request.headers['user-agent']) }, () => {
      scopes.set(request, new AsyncResource('haidang-request'));
      done();
    });
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const scope = scopes.get(request);
    if (scope) scope.runInAsyncScope(done, request.raw);
    else done();
  });
});
