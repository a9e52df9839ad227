// Cookie sessions: who is calling (request.actor), and the CSRF check for cookie-authenticated writes.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';
import type { Actor } from '../lib/policy.js';
import { findSession, renewSession } from '../modules/auth/service.js';
import { loadActorScope } from '../modules/units/service.js';

export const SESSION_COOKIE = 'hd_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('requireActor', function (this: { actor: Actor | null }) {
    if (!this.actor) throw new AppError('UNAUTHENTICATED');
    return this.actor;
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findSession(app.db, token, app.clock.now());
    if (!session) return;
    // SameSite=Lax already stops most cross-site writes; the token stops the rest.
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.csrf !== false) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrf_token)) throw new AppError('CSRF');
    }
    const renewedUntil = await renewSession(app.db, session, app.clock.now(), app.config.sessionTtlHours);
    if (renewedUntil) setSessionCookie(reply, token, renewedUntil, app.config.cookieSecure);
    request.session = { id: session.sessionId, csrfToken: session.csrf_token, restriction: session.restriction };
    request.actor = {
      id: session.id,
      username: session.username,
      role: session.role,
      unitId: session.unit_id,
      ...(await loadActorScope(app.db, session.unit_id)),
    };
  });

  // Who is calling is checked before what they send: a visitor gets 401 from a private route, never a 400;
  // a session that must first change its password or enrol a second factor gets only the routes for that.
  app.addHook('preValidation', async (request) => {
    if (request.is404 || !request.url.startsWith('/api/')) return;
    const { config } = request.routeOptions;
    const restriction = request.session?.restriction;
    if (restriction && !config.duringRestriction) throw new AppError(restriction === 'change_password' ? 'PASSWORD_CHANGE_REQUIRED' : 'SECOND_FACTOR_REQUIRED');
    if (request.actor || config.access === 'public' || request.url.startsWith('/api/docs')) return;
    throw new AppError('UNAUTHENTICATED');
  });
});

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
