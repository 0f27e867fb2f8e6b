/**
 * The one way the web talks to the API: same-origin JSON with the session cookie, the CSRF token on every
 * state-changing request, and errors turned into `ApiError` carrying the server's code and Vietnamese message.
 */
import { type ErrorBody, isErrorBody } from '@thidua/shared';

/** A field problem from a 400 VALIDATION_FAILED (or a weak password), path as the server sent it. */
export interface ApiFieldIssue {
  path: string;
  message: string;
}

/** An error answered by the API (or a network failure, code `NETWORK`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorBody['error']['code'] | 'NETWORK' | 'HTTP_ERROR';
  readonly details: ApiFieldIssue[];

  constructor(status: number, code: ApiError['code'], message: string, details: ApiFieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** True for an `ApiError` with the given code. */
export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from the Me object (login response or GET /api/auth/me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedHandler = (error: ApiError) => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** Registers what to do when a call (other than the session probe and sign-in) answers 401. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

/** Paths whose 401 is an expected answer, not an expired session. */
const QUIET_401 = new Set(['/auth/me', '/auth/login']);

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

const NETWORK_MESSAGE = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.';

/** Sends one request; resolves with the parsed JSON (undefined for 204) or throws `ApiError`. */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const mutating = method !== 'GET' && method !== 'HEAD';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (mutating) {
    headers['content-type'] = 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body: mutating ? JSON.stringify(opts.body ?? {}) : undefined,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (res.ok) return data as T;
  const error = isErrorBody(data)
    ? new ApiError(res.status, data.error.code, data.error.message, data.error.details ?? [])
    : new ApiError(res.status, 'HTTP_ERROR', `Máy chủ trả lỗi ${res.status}. Vui lòng thử lại sau.`);
  if (res.status === 401 && !QUIET_401.has(path)) onUnauthorized?.(error);
  throw error;
}

/** Shorthands. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, { body }),
};
