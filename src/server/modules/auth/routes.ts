// Sign-in (password, then a code when the account has a second factor), sign-out, who I am, my password
// and my sessions. The second factor's own screens are in second-factor-routes.ts, single sign-on in oidc-routes.ts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meSchema, secondFactorChallengeSchema, sessionSchema, signInOptionsSchema } from '../../../common/auth.js';
import type { SessionRestriction } from '../../db/schema.js';
import { userAgentOf } from '../../lib/request-context.js';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session.js';
import { createMailer } from '../notifications/mailer.js';
import { presentUser } from '../users/presenter.js';
import { getUser } from '../users/service.js';
import { type OidcClient, providerSignOutUrl } from './oidc.js';
import { presentSession } from './presenter.js';
import { requiresSecondFactor } from './second-factor.js';
import { changeOwnPassword, completeSecondFactor, endOtherSessions, endOwnSession, listOwnSessions, login, logout, type NewSession } from './service.js';

const tags = ['auth'];
// Per address and username: guessing one account is slowed, a shared office address is not locked out.
const perMinute = (max: number) => ({
  rateLimit: {
    hook: 'preHandler' as const,
    max,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => `${request.ip}|${JSON.stringify((request.body as { username?: unknown; challenge?: unknown } | undefined)?.username ?? (request.body as { challenge?: unknown } | undefined)?.challenge)}`,
  },
});

export const authRoutes: FastifyPluginAsyncZod<{ oidc: OidcClient | null }> = async (app, { oidc }) => {
  const me = async (userId: number, session: { csrfToken: string; restriction: SessionRestriction | null }) => {
    const { user, unit } = await getUser(app.db, userId);
    return {
      user: presentUser(user, unit),
      csrfToken: session.csrfToken,
      restriction: session.restriction,
      secondFactor: { enabled: user.totp_enabled_at !== null, required: requiresSecondFactor(user.role, app.config.require2fa) },
    };
  };
  const mailer = createMailer(app.config);
  app.addHook('onClose', () => mailer?.close());
  const signInContext = (request: FastifyRequest) => ({
    now: app.clock.now(),
    ttlHours: app.config.sessionTtlHours,
    origin: { address: request.ip, userAgent: userAgentOf(request.headers['user-agent']) },
    require2fa: app.config.require2fa,
    mailer,
  });
  const startSession = async (request: FastifyRequest, reply: FastifyReply, session: NewSession) => {
    // A sign-in from a tab whose cookie holds another session (a stale tab, another user) replaces it.
    if (request.session) await logout(app.db, request.session.id);
    setSessionCookie(reply, session.token, session.expiresAt, app.config.cookieSecure);
    return me(session.userId, session);
  };

  app.get(
    '/auth/options',
    { config: { access: 'public', duringRestriction: true }, schema: { tags, summary: 'Cách đăng nhập: mật khẩu, và đăng nhập một lần (SSO) nếu thành phố đã cấu hình', response: { 200: signInOptionsSchema } } },
    async () => ({ singleSignOn: app.config.oidc ? { label: app.config.oidc.label, startUrl: '/api/auth/oidc/start' } : null }),
  );

  app.post(
    '/auth/login',
    {
      // Signing in again from a stale tab, or as someone else, must not be blocked by the cookie it holds.
      config: { access: 'public', csrf: false, duringRestriction: true, ...perMinute(app.config.loginAttemptsPerMinute) },
      schema: {
        tags,
        summary: 'Đăng nhập bằng mật khẩu; tài khoản có xác thực hai lớp nhận 202 và một challenge để gửi kèm mã',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: meSchema, 202: secondFactorChallengeSchema },
      },
    },
    async (request, reply) => {
      const result = await login(app.db, request.body, signInContext(request));
      if (result.kind === 'second_factor') return reply.status(202).send({ secondFactor: 'totp', challenge: result.challenge, expiresAt: result.expiresAt.toISOString() });
      return startSession(request, reply, result.session);
    },
  );

  app.post(
    '/auth/login/second-factor',
    {
      config: { access: 'public', csrf: false, duringRestriction: true, ...perMinute(app.config.loginAttemptsPerMinute) },
      schema: {
        tags,
        summary: 'Bước hai của đăng nhập: mã 6 số từ ứng dụng xác thực, hoặc một mã khôi phục',
        body: z.object({ challenge: z.string().min(20).max(100), code: z.string().trim().min(6).max(20) }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => startSession(request, reply, await completeSecondFactor(app.db, request.body, signInContext(request))),
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public', duringRestriction: true },
      schema: { tags, summary: 'Đăng xuất; phiên mở bằng đăng nhập một lần nhận thêm địa chỉ để đăng xuất ở dịch vụ định danh', response: { 200: z.object({ providerSignOutUrl: z.string().nullable() }) } },
    },
    async (request, reply) => {
      const idToken = request.session ? await logout(app.db, request.session.id) : null;
      clearSessionCookie(reply);
      return { providerSignOutUrl: idToken && oidc ? await providerSignOutUrl(oidc, idToken, app.config.publicUrl) : null };
    },
  );

  app.get(
    '/auth/me',
    { config: { duringRestriction: true }, schema: { tags, summary: 'Người dùng đang đăng nhập, đơn vị, vai trò, việc phải làm trước (đổi mật khẩu, bật xác thực hai lớp)', response: { 200: meSchema } } },
    async (request) => me(request.requireActor().id, request.session ?? { csrfToken: '', restriction: null }),
  );

  app.post(
    '/auth/password',
    {
      config: { duringRestriction: true },
      schema: {
        tags,
        summary: 'Đổi mật khẩu của mình: mọi phiên đăng nhập của tài khoản kết thúc, phiên này được cấp lại',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => startSession(request, reply, await changeOwnPassword(app.db, request.requireActor().id, request.body, signInContext(request))),
  );

  app.get(
    '/auth/sessions',
    { schema: { tags, summary: 'Các phiên đăng nhập của tôi: thiết bị, địa chỉ, lần dùng cuối', response: { 200: z.array(sessionSchema) } } },
    async (request) => {
      const actor = request.requireActor();
      return (await listOwnSessions(app.db, actor.id, app.clock.now())).map((row) => presentSession(row, request.session?.id ?? null));
    },
  );

  app.delete(
    '/auth/sessions/:handle',
    { schema: { tags, summary: 'Kết thúc một phiên đăng nhập của tôi', params: z.object({ handle: z.string().regex(/^[0-9a-f]{20}$/) }), response: { 204: z.null() } } },
    async (request, reply) => {
      await endOwnSession(app.db, request.requireActor().id, request.params.handle, app.clock.now());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sessions/end-others',
    { schema: { tags, summary: 'Đăng xuất khỏi mọi thiết bị khác', response: { 200: z.object({ ended: z.number().int() }) } } },
    async (request) => ({ ended: await endOtherSessions(app.db, request.requireActor().id, request.session?.id ?? null, app.clock.now()) }),
  );
};
