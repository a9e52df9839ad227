import type { FastifyRequest } from 'fastify';
import type { Language, Localized } from './errors.js';

/** Vietnamese first: English only when the client asks for it before Vietnamese. */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export const pick = (text: Localized, language: Language) => text[language];
