// Every route of the app as the route-wide tests see it: method, URL, its zod schemas and config,
// captured as buildApp() adds them (so a new route is in these tests without anyone listing it).
import type { RouteOptions } from 'fastify';
import type { z } from 'zod';
import type { DialectName } from '../db/dialect.js';
import type { Clock } from '../lib/clock.js';
import type { DemoLevel } from '../setup.js';
import { createTestApp, type TestApp } from './harness.js';

export interface AppRoute {
  method: string;
  /** As declared, e.g. /api/tasks/:id. */
  url: string;
  params: z.ZodType | undefined;
  querystring: z.ZodType | undefined;
  body: z.ZodType | undefined;
  /** Reads multipart forms itself (no body schema). */
  multipart: boolean;
  public: boolean;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Fastify's and the docs' own routes.
const isOurs = (url: string) => (url.startsWith('/api/') || url.startsWith('/open311/')) && !url.startsWith('/api/docs');

export async function appWithRoutes(dialect: DialectName, options: { clock?: Clock; demo?: DemoLevel; env?: NodeJS.ProcessEnv } = {}): Promise<{ t: TestApp; routes: AppRoute[] }> {
  const routes: AppRoute[] = [];
  const onRoute = (route: RouteOptions) => {
    const schema = (route.schema ?? {}) as { params?: z.ZodType; querystring?: z.ZodType; body?: z.ZodType; consumes?: string[] };
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || !isOurs(route.url)) continue;
      routes.push({
        method,
        url: route.url,
        params: schema.params,
        querystring: schema.querystring,
        body: schema.body,
        multipart: schema.consumes?.includes('multipart/form-data') ?? false,
        public: route.config?.access === 'public',
      });
    }
  };
  const t = await createTestApp(dialect, { ...options, onRoute });
  return { t, routes };
}

export const mutating = (routes: AppRoute[]) => routes.filter((route) => MUTATING.has(route.method));
export const routeKey = (route: Pick<AppRoute, 'method' | 'url'>) => `${route.method} ${route.url}`;
