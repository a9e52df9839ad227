// Every error leaves as { error: { code, message, fields? } } in the caller's language;
// 5xx details are logged, never sent.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorCode, type Language, type Localized, defaultMessage } from '../lib/errors.js';
import { requestLanguage } from '../lib/language.js';
import { type TextProblem, textProblemMessages } from '../../common/text-rule.js';

const locales = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

const typeNames: Record<string, Localized> = {
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  string: { vi: 'chuỗi ký tự', en: 'text' },
  boolean: { vi: 'đúng/sai (true/false)', en: 'true or false' },
  array: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
  null: { vi: 'giá trị rỗng (null)', en: 'null' },
};
const typeName = (type: string): Localized => typeNames[type] ?? { vi: type, en: type };
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** "Cần số, nhận được chuỗi ký tự "bảy"": what was expected and what came, with the value when it is short text. */
function wrongType(expected: string, input: unknown): Localized {
  const want = typeName(expected);
  const got = typeName(kindOf(input));
  const sample = typeof input === 'string' ? ` "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"` : typeof input === 'number' || typeof input === 'boolean' ? ` ${String(input)}` : '';
  return { vi: `Cần ${want.vi}, nhận được ${got.vi}${sample}.`, en: `Expected ${want.en}, received ${got.en}${sample}.` };
}
const required: Localized = { vi: 'Bắt buộc nhập.', en: 'Required.' };

interface FieldIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function valueAt(root: unknown, segments: string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Zod issues → { field: message } in both languages, "required" when the field is absent. */
function fieldMessages(request: FastifyRequest, context: string, issues: FieldIssue[]): Record<string, Localized> {
  const part = context === 'querystring' ? request.query : context === 'params' ? request.params : request.body;
  const fields: Record<string, Localized> = {};
  for (const issue of issues) {
    const segments = issue.instancePath.split('/').filter(Boolean);
    const field = segments.join('.') || context;
    if (fields[field]) continue;
    const input = valueAt(part, segments);
    if (issue.keyword === 'invalid_type' && input === undefined) {
      fields[field] = required;
      continue;
    }
    const textProblem = (issue.params.params as { textProblem?: TextProblem } | undefined)?.textProblem;
    if (textProblem) {
      fields[field] = textProblemMessages[textProblem];
      continue;
    }
    // A schema's own refinement words its message (in Vietnamese, as the contracts are written).
    if (issue.keyword === 'custom' && issue.message && issue.message !== 'Invalid input') {
      fields[field] = { vi: issue.message, en: issue.message };
      continue;
    }
    if (issue.keyword === 'invalid_type' && typeof issue.params.expected === 'string') {
      fields[field] = wrongType(issue.params.expected, input);
      continue;
    }
    // With the value, zod's messages say what was received, not "undefined".
    const raw = { code: issue.keyword, path: segments, input, ...issue.params } as Parameters<typeof locales.vi>[0];
    const say = (language: Language) => {
      const message = locales[language](raw);
      return typeof message === 'string' ? message : (message?.message ?? defaultMessage('VALIDATION')[language]);
    };
    fields[field] = { vi: say('vi'), en: say('en') };
  }
  return fields;
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = fieldMessages(request, error.validationContext ?? 'body', error.validation);
    const names = Object.keys(fields).join(', ');
    return new AppError('VALIDATION', {
      message: { vi: `Dữ liệu không hợp lệ: ${names}.`, en: `Invalid data: ${names}.` },
      fields,
    });
  }
  const byStatus: Record<number, ErrorCode> = {
    400: 'VALIDATION',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    429: 'RATE_LIMITED',
  };
  const status = error.statusCode ?? 500;
  const code = byStatus[status];
  // Fastify's own 4xx (malformed JSON, wrong content type…) keep their status with our message.
  return new AppError(code ?? 'INTERNAL');
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    const language = requestLanguage(request);
    const fields = appError.fields
      ? Object.fromEntries(Object.entries(appError.fields).map(([key, text]) => [key, text[language]]))
      : undefined;
    return reply
      .status(appError.status)
      .send({ error: { code: appError.code, message: appError.localized[language], ...(fields ? { fields } : {}) } });
  });

});
