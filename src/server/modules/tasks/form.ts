// Route helpers. Multipart forms carry text only: numbers are read from their fields, then the same zod schema as
// the JSON route checks them, with the same 400 naming each bad field.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../lib/clock.js';
import { AppError, type Localized } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { type StoredFile, readMultipart, withStoredFiles } from '../../lib/files.js';

const locales = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>, numeric: string[]): z.infer<T> {
  const values = Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, numeric.includes(key) ? (value.trim() === '' ? undefined : Number(value)) : value]),
  );
  const vi = schema.safeParse(values, { error: locales.vi });
  if (vi.success) return vi.data;
  const en = schema.safeParse(values, { error: locales.en });
  const messages: Record<string, Localized> = {};
  vi.error.issues.forEach((issue, index) => {
    const key = issue.path.join('.') || 'body';
    messages[key] ??= { vi: issue.message, en: en.error?.issues[index]?.message ?? issue.message };
  });
  const names = Object.keys(messages).join(', ');
  throw new AppError('VALIDATION', { message: { vi: `Dữ liệu không hợp lệ: ${names}.`, en: `Invalid data: ${names}.` }, fields: messages });
}

/** Reads a multipart form, checks its fields with `schema` and its files by content, then runs `work`. */
export async function withUploadedForm<T extends z.ZodType, R>(
  request: FastifyRequest,
  dataDir: string,
  schema: T,
  numeric: string[],
  work: (input: z.infer<T>, files: StoredFile[]) => Promise<R>,
): Promise<R> {
  const { fields, uploads } = await readMultipart(request);
  const input = parseFields(schema, fields, numeric);
  return withStoredFiles(dataDir, uploads, (files) => work(input, files));
}

/** For routes that change a record: apply the change at the clock's now, then answer with the record as it stands. */
export const thenShow =
  <T>(clock: Clock, show: (actor: Actor, id: number, now: Date) => Promise<T>) =>
  async (actor: Actor, change: (now: Date) => Promise<number>): Promise<T> => {
    const now = clock.now();
    return show(actor, await change(now), now);
  };
