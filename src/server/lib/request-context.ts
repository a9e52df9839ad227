// Where the current request comes from, for the records a service writes deep inside it (the audit
// trail's "from where"), without threading the request through every service function.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestOrigin {
  /** The client's address: the socket's, or the trusted proxy's X-Forwarded-For when TRUST_PROXY is set. */
  address: string;
  userAgent: string | null;
}

const storage = new AsyncLocalStorage<RequestOrigin>();

/** Runs `next` (the rest of the request's lifecycle) with its origin known. */
export const withRequestOrigin = (origin: RequestOrigin, next: () => void): void => storage.run(origin, next);

/** The origin of the request being served, or undefined outside one (CLI, scheduled jobs). */
export const currentRequestOrigin = (): RequestOrigin | undefined => storage.getStore();

/** A User-Agent header as stored: bounded, and nothing but printable text. */
export const userAgentOf = (header: string | undefined): string | null =>
  // eslint-disable-next-line no-control-regex
  header ? header.replace(/[\u0000-\u001F\u007F]/g, '').slice(0, 300) || null : null;
