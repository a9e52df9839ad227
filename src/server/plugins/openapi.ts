// The OpenAPI document (/api/docs/json) and its UI (/api/docs), generated from the routes' zod schemas.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Hải Đăng API',
        description:
          'API của nền tảng điều hành chuyển đổi số Hải Đăng. Lỗi trả về dạng { error: { code, message, fields? } }; ' +
          'thông điệp bằng tiếng Việt, tiếng Anh khi gửi Accept-Language: en. Thao tác ghi bằng cookie phiên cần header X-CSRF-Token.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hd_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
});
