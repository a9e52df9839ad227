// /metrics for Prometheus, to a holder of METRICS_TOKEN (Authorization: Bearer …), and the timing of
// every request by its route pattern (never the raw URL: ids would make a series each).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';
import { httpRequestDuration, metricsRegistry } from '../lib/metrics.js';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const plugin: FastifyPluginAsync = async (app) => {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  const token = app.config.metricsToken;
  // Without a token the metrics are not served at all: they tell an outsider how the city works.
  if (!token) return;
  app.get(
    '/metrics',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) throw new AppError('UNAUTHENTICATED');
      return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
    },
  );
};

export const metricsPlugin = fp(plugin, { name: 'metrics' });
