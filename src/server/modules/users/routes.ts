import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roles, userSchema } from '../../../common/units.js';
import { userPolicy } from './policy.js';
import { identitySchema, presentIdentity, presentUser } from './presenter.js';
import { addUserIdentity, createUser, getUser, listUserIdentities, listUsers, removeUserIdentity, resetPassword, resetSecondFactor, updateUser } from './service.js';
import { rowId, rowIdParam } from '../../../common/ids.js';

const idParams = z.object({ id: rowIdParam });
const email = z.email().max(200).nullable().optional();

const userWithActions = userSchema.extend({ actions: z.array(z.string()) });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Người dùng trong phạm vi được xem',
        querystring: z.object({
          unitId: rowIdParam.optional(),
          role: z.enum(roles).optional(),
          q: z.string().max(100).optional(),
        }),
        response: { 200: z.array(userWithActions) },
      },
    },
    async (request) => {
      const actor = request.requireActor();
      const rows = await listUsers(app.db, actor, request.query);
      return rows.map(({ user, unit }) => ({
        ...presentUser(user, unit),
        actions: userPolicy.actions(actor, { id: user.id, unitId: user.unit_id }),
      }));
    },
  );

  app.get(
    '/users/:id',
    { schema: { tags: ['users'], params: idParams, response: { 200: userWithActions } } },
    async (request) => {
      const actor = request.requireActor();
      const { user, unit } = await getUser(app.db, request.params.id);
      const resource = { id: user.id, unitId: user.unit_id };
      userPolicy.authorize(actor, 'read', resource);
      return { ...presentUser(user, unit), actions: userPolicy.actions(actor, resource) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Tạo tài khoản (quản trị viên)',
        body: z.object({
          username: z.string().min(3).max(40),
          fullName: z.string().trim().min(1).max(120),
          email,
          unitId: rowId,
          role: z.enum(roles),
          password: z.string().min(1).max(200),
        }),
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const { user, unit } = await createUser(app.db, request.requireActor(), request.body, app.clock.now());
      return reply.status(201).send(presentUser(user, unit));
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Sửa tài khoản: họ tên, email, đơn vị, vai trò, khóa/mở khóa',
        params: idParams,
        body: z
          .object({
            fullName: z.string().trim().min(1).max(120),
            email,
            unitId: rowId,
            role: z.enum(roles),
            disabled: z.boolean(),
          })
          .partial(),
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const { user, unit } = await updateUser(app.db, request.requireActor(), request.params.id, request.body, app.clock.now());
      return presentUser(user, unit);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: 'Đặt lại mật khẩu (người dùng phải đổi ở lần đăng nhập sau); không gửi mật khẩu thì hệ thống tạo mật khẩu tạm',
        params: idParams,
        body: z.object({ password: z.string().min(1).max(200).optional() }),
        response: { 200: z.object({ temporaryPassword: z.string().nullable() }) },
      },
    },
    async (request) =>
      resetPassword(app.db, request.requireActor(), request.params.id, request.body.password, app.clock.now()),
  );

  app.post(
    '/users/:id/reset-second-factor',
    {
      schema: {
        tags: ['users'],
        summary: 'Gỡ xác thực hai lớp của một tài khoản (mất điện thoại): người dùng cài lại ở lần đăng nhập sau',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await resetSecondFactor(app.db, request.requireActor(), request.params.id, app.clock.now());
      return reply.status(204).send(null);
    },
  );

  // Single sign-on identities mapped to the account (linked only where single sign-on is configured).
  const identityTags = ['users'];
  app.get(
    '/users/:id/identities',
    { schema: { tags: identityTags, summary: 'Định danh đăng nhập một lần gắn với tài khoản', params: idParams, response: { 200: z.array(identitySchema) } } },
    async (request) => (await listUserIdentities(app.db, request.requireActor(), request.params.id)).map(presentIdentity),
  );
  app.post(
    '/users/:id/identities',
    {
      schema: {
        tags: identityTags,
        summary: 'Gắn một định danh của dịch vụ đăng nhập một lần (theo sub hoặc email) với tài khoản',
        params: idParams,
        body: z.object({ claim: z.enum(['sub', 'email']), value: z.string().trim().min(1).max(200) }),
        response: { 201: identitySchema },
      },
    },
    async (request, reply) => {
      const row = await addUserIdentity(app.db, request.requireActor(), request.params.id, request.body, app.config.oidc?.issuer ?? null, app.clock.now());
      return reply.status(201).send(presentIdentity(row));
    },
  );
  app.delete(
    '/users/:id/identities/:identityId',
    { schema: { tags: identityTags, summary: 'Gỡ một định danh đăng nhập một lần khỏi tài khoản', params: idParams.extend({ identityId: rowIdParam }), response: { 204: z.null() } } },
    async (request, reply) => {
      await removeUserIdentity(app.db, request.requireActor(), request.params.id, request.params.identityId, app.clock.now());
      return reply.status(204).send(null);
    },
  );
};
