// Multipart forms carry text only: the field-report form's numbers, flag and extra fields (JSON)
// are read from text, then checked by the same contract as the JSON route, with a 400 naming each field.
import { z } from 'zod';
import { fieldReportInputSchema } from '../../../common/feedback.js';
import { AppError, type Localized } from '../../lib/errors.js';

const numbers = new Set(['categoryId', 'lat', 'lng', 'wardId']);
const flags = new Map([
  ['true', true],
  ['on', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);

/** Text fields → the values the contract expects; an unreadable value is passed on for the contract to name. */
function fromText(fields: Record<string, string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(fields)) {
    if (text.trim() === '') continue;
    if (numbers.has(key)) values[key] = Number(text);
    else if (key === 'anonymous') values[key] = flags.get(text) ?? text;
    else if (key === 'attributes') values[key] = readJson(text);
    else values[key] = text;
  }
  return values;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Checks `fields` against `schema` in Vietnamese and English; throws one 400 naming every bad field. */
export function checkForm<T extends z.ZodType>(schema: T, fields: Record<string, unknown>): z.infer<T> {
  const result = schema.safeParse(fields, { error: z.locales.vi().localeError });
  if (result.success) return result.data;
  const english = schema.safeParse(fields, { error: z.locales.en().localeError });
  const messages: Record<string, Localized> = {};
  for (const [index, issue] of result.error.issues.entries()) {
    const name = issue.path.join('.') || 'body';
    messages[name] ??= { vi: issue.message, en: english.success ? issue.message : (english.error.issues[index]?.message ?? issue.message) };
  }
  const names = Object.keys(messages).join(', ');
  throw new AppError('VALIDATION', { message: { vi: `Dữ liệu không hợp lệ: ${names}.`, en: `Invalid data: ${names}.` }, fields: messages });
}

export const readReportForm = (fields: Record<string, string>) => checkForm(fieldReportInputSchema, fromText(fields));
