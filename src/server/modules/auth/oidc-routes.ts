// Single sign-on routes, present when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set: the
// browser goes to the provider and comes back to the callback, which opens a session or says why not.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userAgentOf } from '../../lib/request-context.js';
import { setSessionCookie } from '../../plugins/session.js';
import { type OidcClient, SignOnRefused, completeSignOn, startSignOn } from './oidc.js';

const tags = ['auth'];

export const oidcRoutes: FastifyPluginAsyncZod<{ oidc: OidcClient }> = async (app, { oidc }) => {
  const issuer = app.config.oidc?.issuer ?? '';
  const signInPage = (reason: string) => `/dang-nhap?loi=${reason}`;

  app.get(
    '/auth/oidc/start',
    {
      config: { access: 'public', duringRestriction: true },
      schema: { tags, summary: 'Đăng nhập một lần: chuyển đến dịch vụ định danh', querystring: z.object({ returnTo: z.string().max(500).optional() }) },
    },
    async (request, reply) => {
      try {
        const url = await startSignOn(app.db, oidc, { publicUrl: app.config.publicUrl, returnTo: request.query.returnTo ?? '/', now: app.clock.now() });
        return await reply.redirect(url.href, 302);
      } catch (error) {
        request.log.error({ err: error }, 'single sign-on could not start');
        return reply.redirect(signInPage('failed'), 302);
      }
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { access: 'public', duringRestriction: true },
      schema: { tags, summary: 'Dịch vụ định danh chuyển về đây sau khi đăng nhập', querystring: z.looseObject({ state: z.string().max(200).optional(), code: z.string().max(2000).optional() }) },
    },
    async (request, reply) => {
      try {
        // The URL as the provider was told it: from PUBLIC_URL, never from the Host header.
        const currentUrl = new URL(request.url, app.config.publicUrl);
        const context = { now: app.clock.now(), ttlHours: app.config.sessionTtlHours, origin: { address: request.ip, userAgent: userAgentOf(request.headers['user-agent']) }, require2fa: app.config.require2fa };
        const { session, returnTo } = await completeSignOn(app.db, oidc, { issuer, publicUrl: app.config.publicUrl, currentUrl, context });
        setSessionCookie(reply, session.token, session.expiresAt, app.config.cookieSecure);
        return await reply.redirect(returnTo, 302);
      } catch (error) {
        if (error instanceof SignOnRefused) {
          if (error.reason === 'failed') request.log.warn({ err: error.cause }, 'single sign-on failed');
          return reply.redirect(signInPage(error.reason), 302);
        }
        throw error;
      }
    },
  );
};
