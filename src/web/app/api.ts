// The one way the web app talks to the server: JSON, same-origin cookie, CSRF header on writes,
// and the UI language so that error messages come back in it.
import { currentLanguage, translate } from './i18n.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field name → message, for validation errors. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** The session's CSRF token, from sign-in or /auth/me; null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request finds the session gone (expired, or ended by an administrator). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

async function request<T>(method: string, path: string, body?: unknown, { notify = true } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (currentLanguage() === 'en') headers['Accept-Language'] = 'en';
  // A FormData body (file uploads) sets its own multipart content type and boundary.
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : multipart ? body : JSON.stringify(body),
    });
  } catch {
    // The server is out of reach, so it cannot word this message.
    throw new ApiError(0, 'NETWORK', translate(currentLanguage(), 'error.network'));
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as unknown;
  if (!response.ok) {
    const error = (payload as ErrorBody).error;
    if (notify && response.status === 401 && !path.startsWith('/auth/')) unauthenticatedListeners.forEach((listener) => listener());
    throw new ApiError(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText, error?.fields);
  }
  return payload as T;
}

/** Answers asked for before the page that needs them has loaded, each taken once by a GET of the same path. */
const prefetched = new Map<string, { at: number; answer: Promise<unknown> }>();
/** Older than this, a prefetched answer is dropped and asked for again. */
const PREFETCH_FRESH_MS = 10_000;

/** Starts a GET now, quietly (no sign-out on 401): the page's own request reports any failure. */
function prefetch<T>(path: string): Promise<T | undefined> {
  const answer = request<T>('GET', path, undefined, { notify: false }).catch(() => undefined);
  prefetched.set(path, { at: Date.now(), answer });
  return answer;
}

async function get<T>(path: string): Promise<T> {
  const early = prefetched.get(path);
  if (early) {
    prefetched.delete(path);
    const answer = Date.now() - early.at < PREFETCH_FRESH_MS ? await early.answer : undefined;
    if (answer !== undefined) return answer as T;
  }
  return request<T>('GET', path);
}

export const api = {
  get,
  prefetch,
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = undefined>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data, for file uploads. */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};
