import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userSchema } from '../../../common/units.js';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session.js';
import { presentUser } from '../users/presenter.js';
import { getUser } from '../users/service.js';
import { changeOwnPassword, login, logout } from './service.js';

const meSchema = z.object({ user: userSchema, csrfToken: z.string() });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const me = async (userId: number, csrfToken: string) => {
    const { user, unit } = await getUser(app.db, userId);
    return { user: presentUser(user, unit), csrfToken };
  };

  app.post(
    '/auth/login',
    {
      config: {
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
      const session = await login(app.db, request.body, app.clock.now(), app.config.sessionTtlHours);
      setSessionCookie(reply, session.token, session.expiresAt, app.config.cookieSecure);
      return me(session.userId, session.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 204: z.null() } } },
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
        summary: 'Đổi mật khẩu của mình',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(app.db, request.requireActor().id, request.body, app.clock.now());
      return reply.status(204).send(null);
    },
  );
};
