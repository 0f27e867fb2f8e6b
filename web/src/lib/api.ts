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

/** Upload progress: bytes sent so far and the total (0 when unknown). */
export type UploadProgress = (sent: number, total: number) => void;

/**
 * Sends one file as multipart/form-data (field `field`, after the text `fields`) with the session cookie and the
 * CSRF token, reporting progress; resolves with the parsed JSON or throws `ApiError` like `request`. `signal`
 * aborts the upload.
 */
export function uploadFile<T>(
  path: string,
  file: Blob & { name?: string },
  opts: {
    field?: string;
    fields?: Record<string, string>;
    onProgress?: UploadProgress;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => opts.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', NETWORK_MESSAGE));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const error = isErrorBody(data)
        ? new ApiError(xhr.status, data.error.code, data.error.message, data.error.details ?? [])
        : new ApiError(xhr.status, 'HTTP_ERROR', `Máy chủ trả lỗi ${xhr.status}. Vui lòng thử lại sau.`);
      if (xhr.status === 401) onUnauthorized?.(error);
      reject(error);
    };
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    // Text fields go first: the server reads them before it streams the file.
    for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
    form.append(opts.field ?? 'file', file, file.name ?? 'file');
    xhr.send(form);
  });
}
