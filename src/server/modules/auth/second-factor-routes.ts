// One's own second factor: status, enrolment with a QR code, turning it off, new recovery codes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { secondFactorStatusSchema } from '../../../common/auth.js';
import { confirmEnrolment, disableSecondFactor, renewRecoveryCodes, secondFactorStatus, startEnrolment } from './second-factor.js';

const tags = ['auth'];
const codeBody = z.object({ code: z.string().trim().min(6).max(20) });
const ownerProof = z.object({ password: z.string().min(1).max(200), code: z.string().trim().min(6).max(20) });
const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
// A guessed code is 1 in a million a try: a few tries a minute keep it that way.
const guesses = { rateLimit: { hook: 'preHandler' as const, max: 10, timeWindow: '1 minute' } };

export const secondFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/auth/second-factor',
    { config: { duringRestriction: true }, schema: { tags, summary: 'Xác thực hai lớp của tôi: đã bật chưa, có bắt buộc không, còn bao nhiêu mã khôi phục', response: { 200: secondFactorStatusSchema } } },
    async (request) => secondFactorStatus(app.db, request.requireActor().id, app.config.require2fa),
  );

  app.post(
    '/auth/second-factor/setup',
    {
      config: { duringRestriction: true },
      schema: { tags, summary: 'Bắt đầu cài ứng dụng xác thực: khóa bí mật và mã QR (chưa bật cho đến khi xác nhận)', response: { 200: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }) } },
    },
    async (request) => startEnrolment(app.db, request.requireActor().id, app.clock.now()),
  );

  app.post(
    '/auth/second-factor/confirm',
    { config: { duringRestriction: true, ...guesses }, schema: { tags, summary: 'Xác nhận bằng mã 6 số từ ứng dụng: bật xác thực hai lớp, nhận 10 mã khôi phục (chỉ hiện một lần)', body: codeBody, response: { 200: recoveryCodes } } },
    async (request) => confirmEnrolment(app.db, request.requireActor().id, request.body.code, request.session?.id ?? null, app.clock.now()),
  );

  app.post(
    '/auth/second-factor/disable',
    { config: guesses, schema: { tags, summary: 'Tắt xác thực hai lớp (cần mật khẩu và một mã); không được với vai trò bắt buộc', body: ownerProof, response: { 204: z.null() } } },
    async (request, reply) => {
      await disableSecondFactor(app.db, request.requireActor().id, request.body, app.config.require2fa, app.clock.now());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/second-factor/recovery-codes',
    { config: guesses, schema: { tags, summary: 'Tạo 10 mã khôi phục mới (các mã cũ hết hiệu lực)', body: ownerProof, response: { 200: recoveryCodes } } },
    async (request) => renewRecoveryCodes(app.db, request.requireActor().id, request.body, app.clock.now()),
  );
};
