import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionSchema } from '../../../common/auth.js';
import { userSchema } from '../../../common/units.js';
import { userAgentOf } from '../../lib/request-context.js';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session.js';
import { presentUser } from '../users/presenter.js';
import { getUser } from '../users/service.js';
import { createMailer } from '../notifications/mailer.js';
import { presentSession } from './presenter.js';
import { changeOwnPassword, endOtherSessions, endOwnSession, listOwnSessions, login, logout, type NewSession } from './service.js';

const meSchema = z.object({ user: userSchema, csrfToken: z.string() });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const me = async (userId: number, csrfToken: string) => {
    const { user, unit } = await getUser(app.db, userId);
    return { user: presentUser(user, unit), csrfToken };
  };
  const mailer = createMailer(app.config);
  app.addHook('onClose', () => mailer?.close());
  const signInContext = (request: FastifyRequest) => ({
    now: app.clock.now(),
    ttlHours: app.config.sessionTtlHours,
    origin: { address: request.ip, userAgent: userAgentOf(request.headers['user-agent']) },
  });
  const startSession = (reply: FastifyReply, session: NewSession) => {
    setSessionCookie(reply, session.token, session.expiresAt, app.config.cookieSecure);
    return me(session.userId, session.csrfToken);
  };

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        // Signing in again from a stale tab, or as someone else, replaces the session the cookie holds.
        csrf: false,
        // Per address and username: guessing one account is slowed, a shared office address is not locked out.
        rateLimit: {
          hook: 'preHandler',
          max: app.config.loginAttemptsPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `${request.ip}|${JSON.stringify((request.body as { username?: unknown } | undefined)?.username)}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const session = await login(app.db, request.body, { ...signInContext(request), mailer });
      if (request.session) await logout(app.db, request.session.id);
      return startSession(reply, session);
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.session) await logout(app.db, request.session.id);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập, đơn vị và vai trò', response: { 200: meSchema } } },
    async (request) => {
      const actor = request.requireActor();
      return me(actor.id, request.session?.csrfToken ?? '');
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu của mình: mọi phiên đăng nhập của tài khoản kết thúc, phiên này được cấp lại',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => startSession(reply, await changeOwnPassword(app.db, request.requireActor().id, request.body, signInContext(request))),
  );

  app.get(
    '/auth/sessions',
    { schema: { tags: ['auth'], summary: 'Các phiên đăng nhập của tôi: thiết bị, địa chỉ, lần dùng cuối', response: { 200: z.array(sessionSchema) } } },
    async (request) => {
      const actor = request.requireActor();
      return (await listOwnSessions(app.db, actor.id, app.clock.now())).map((row) => presentSession(row, request.session?.id ?? null));
    },
  );

  app.delete(
    '/auth/sessions/:handle',
    { schema: { tags: ['auth'], summary: 'Kết thúc một phiên đăng nhập của tôi', params: z.object({ handle: z.string().regex(/^[0-9a-f]{20}$/) }), response: { 204: z.null() } } },
    async (request, reply) => {
      await endOwnSession(app.db, request.requireActor().id, request.params.handle, app.clock.now());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sessions/end-others',
    { schema: { tags: ['auth'], summary: 'Đăng xuất khỏi mọi thiết bị khác', response: { 200: z.object({ ended: z.number().int() }) } } },
    async (request) => ({ ended: await endOtherSessions(app.db, request.requireActor().id, request.session?.id ?? null, app.clock.now()) }),
  );
};
