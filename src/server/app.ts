// buildApp(): plugins, then modules. It never listens: main.ts does, tests use inject().
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refuseBadText } from '../common/text-rule.js';
import type { Config } from './config.js';
import type { DbHandle } from './db/index.js';
import { type Clock, systemClock } from './lib/clock.js';
import { AppError } from './lib/errors.js';
import { pendingMigrations } from './db/migrate.js';
import { createEventBus, postgresTransport } from './lib/events.js';
import { auditRoutes } from './modules/audit/routes.js';
import { oidcClient } from './modules/auth/oidc.js';
import { oidcRoutes } from './modules/auth/oidc-routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { secondFactorRoutes } from './modules/auth/second-factor-routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { reminderRoutes } from './modules/directives/reminder-routes.js';
import { directiveRoutes } from './modules/directives/routes.js';
import { dxRoutes } from './modules/dx/routes.js';
import { feedbackRoutes } from './modules/feedback/routes.js';
import { gisRoutes } from './modules/gis/routes.js';
import { holidayRoutes } from './modules/holidays/routes.js';
import { tileImageSources } from './modules/gis/tiles.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { open311Routes } from './modules/open311/routes.js';
import { planRoutes } from './modules/plan/routes.js';
import { publicRoutes } from './modules/public/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { rollupRoutes } from './modules/reporting/rollup-routes.js';
import { reportingRoutes } from './modules/reporting/routes.js';
import { taskRoutes } from './modules/tasks/routes.js';
import { unitRoutes } from './modules/units/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { errorsPlugin } from './plugins/errors.js';
import { metricsPlugin } from './plugins/metrics.js';
import { openApiPlugin } from './plugins/openapi.js';
import { requestOriginPlugin } from './plugins/request-origin.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { sessionPlugin } from './plugins/session.js';

export interface AppOptions {
  config: Config;
  database: DbHandle;
  clock?: Clock;
  /** The built web app to serve; none in API-only tests. */
  webRoot?: string | undefined;
  logger?: boolean;
  /** Sees every route as it is added (its method, URL, schemas and config): the route-wide tests enumerate them. */
  onRoute?: (route: RouteOptions) => void;
}

/** A hop count means: trust the nearest `hops` proxies (fastify's typings take that as a function). */
const trustProxyOption = (trust: Config['trustProxy']) => (typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: options.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(options.config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  // Every request part a route validates obeys the text rule first (no control characters, nothing but UTF-8).
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(({ schema, ...route }) => validatorCompiler({ ...route, schema: z.unknown().superRefine(refuseBadText).pipe(schema as z.ZodType) }));
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('db', options.database.db);
  app.decorate('dialect', options.database.dialect);
  app.decorate('clock', options.clock ?? systemClock);
  app.decorate('config', options.config);
  const { connectionString } = options.database;
  const events = createEventBus(app.clock, connectionString ? postgresTransport(connectionString, (message) => app.log.warn(message)) : undefined);
  app.decorate('events', events);
  app.addHook('onClose', () => events.close());
  await events.listening;

  await app.register(errorsPlugin);
  await app.register(metricsPlugin);
  await app.register(requestOriginPlugin);
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: {
      directives: {
        // ECharts and React set inline styles; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        // Map tiles come from the city's tile server when one is configured.
        'img-src': ["'self'", 'data:', 'blob:', ...tileImageSources(options.config.mapTileUrl)],
        'upgrade-insecure-requests': null,
      },
    },
  });
  // API answers of a page (the OC overview is ~45 KB) compressed for the wards' and phones' slow links; brotli
  // at a light level, as the CPU is shared with filing. Built assets come pre-compressed; the SSE stream is hijacked.
  await app.register(fastifyCompress, { threshold: 1024, brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(openApiPlugin);
  await app.register(sessionPlugin);

  await app.register(
    async (api) => {
      api.get(
        '/health',
        { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Tình trạng hệ thống' } },
        async () => {
          await api.db.selectFrom('units').select('id').limit(1).execute();
          return { status: 'ok', database: api.dialect };
        },
      );
      // For a load balancer or an orchestrator: send traffic here only when the database answers and is current.
      api.get(
        '/ready',
        { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Sẵn sàng phục vụ: cơ sở dữ liệu trả lời và đã cập nhật' } },
        async (_request, reply) => {
          let pending: string[];
          try {
            pending = await pendingMigrations(api.db);
          } catch {
            return reply.status(503).send({ status: 'database_unreachable', database: api.dialect });
          }
          if (pending.length > 0) return reply.status(503).send({ status: 'migrations_pending', database: api.dialect, pending });
          return { status: 'ready', database: api.dialect };
        },
      );
      const oidc = options.config.oidc ? oidcClient(options.config.oidc) : null;
      await api.register(authRoutes, { oidc });
      if (oidc) await api.register(oidcRoutes, { oidc });
      await api.register(secondFactorRoutes);
      await api.register(unitRoutes);
      await api.register(userRoutes);
      await api.register(planRoutes);
      await api.register(taskRoutes);
      await api.register(directiveRoutes);
      await api.register(notificationRoutes);
      // The hourly reminder run stays off under the test runner, where clocks are fixed.
      await api.register(reminderRoutes, { schedule: process.env.NODE_ENV !== 'test' });
      await api.register(reportingRoutes);
      await api.register(rollupRoutes);
      await api.register(feedbackRoutes);
      await api.register(holidayRoutes);
      await api.register(dxRoutes);
      await api.register(dashboardRoutes);
      await api.register(gisRoutes);
      await api.register(publicRoutes);
      await api.register(reportRoutes);
      await api.register(auditRoutes);
    },
    { prefix: '/api' },
  );
  await app.register(open311Routes);

  const serveWeb = options.webRoot !== undefined && fs.existsSync(path.join(options.webRoot, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      wildcard: false,
      index: 'index.html',
      preCompressed: true,
      // Hashed asset names change with their content, so browsers may keep them; the shell must stay fresh.
      setHeaders: (reply, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes: any other page GET gets the app shell; API paths get a JSON 404.
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/open311/');
    if (serveWeb && isPage) return reply.type('text/html').sendFile('index.html');
    throw new AppError('NOT_FOUND');
  });

  return app;
}
