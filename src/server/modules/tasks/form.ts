// Multipart forms carry text only: numbers are read from their fields, then the same zod schema as
// the JSON route checks them, with the same 400 naming each bad field.
import { z } from 'zod';
import { AppError, type Localized } from '../../lib/errors.js';

const locales = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

export function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>, numeric: string[]): z.infer<T> {
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
