import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../access/actor.ts';
import { resolveSession, type SessionState, sessionIdOf } from '../auth/auth.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from './errors.ts';
import { bumpWriteEpoch, readMemo } from './read-memo.ts';

export const SESSION_COOKIE = 'thidua_sid';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionState;
    ctx: RequestContext;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 64;

/**
 * Checks every string of a JSON body (iteratively: a deeply nested body cannot exhaust the stack): NUL characters
 * and lone UTF-16 surrogates cannot be stored as PostgreSQL text, and no real form nests deeper than 64 levels.
 */
export function findUnstorable(v: unknown): { path: string; message: string } | null {
  const stack: { v: unknown; path: string[] }[] = [{ v, path: ['body'] }];
  while (stack.length) {
    const { v: x, path } = stack.pop() as { v: unknown; path: string[] };
    if (typeof x === 'string') {
      if (x.includes('\u0000')) return { path: path.join('.'), message: 'Không được chứa ký tự NUL' };
      if (LONE_SURROGATE.test(x)) return { path: path.join('.'), message: 'Chứa ký tự Unicode không hợp lệ' };
    } else if (x && typeof x === 'object') {
      if (path.length > MAX_DEPTH)
        return { path: path.slice(0, 4).join('.'), message: 'Dữ liệu lồng nhau quá sâu' };
      for (const [k, y] of Object.entries(x)) stack.push({ v: y, path: [...path, k] });
    }
  }
  return null;
}

/**
 * Loads the session for every /api request and enforces CSRF on state-changing ones:
 * with a session, the `x-csrf-token` header must match it; without one (sign-in), a cross-site Origin is refused.
 */
export function installSession(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('session', null as never);
  app.decorateRequest('ctx', null as never);

  app.addHook('onRequest', async (req) => {
    // A state-changing request makes every read memo stale, when it starts and again when it ends (read-memo.ts).
    if (UNSAFE.has(req.method)) bumpWriteEpoch();
    const token = req.cookies[SESSION_COOKIE];
    req.session = !req.url.startsWith('/api/')
      ? { kind: 'none' }
      : token
        ? await readMemo(
            `session|${sessionIdOf(token)}`,
            () => resolveSession(deps, token),
            (s) => s.kind === 'active',
          )
        : await resolveSession(deps, token);
    req.ctx = { actor: req.session.kind === 'active' ? req.session.actor : null, ip: req.ip };
  });

  app.addHook('onResponse', async (req) => {
    if (UNSAFE.has(req.method)) bumpWriteEpoch();
  });

  app.addHook('preValidation', async (req) => {
    if (!UNSAFE.has(req.method) || !req.url.startsWith('/api/')) return;
    const origin = req.headers.origin;
    if (origin && origin !== 'null') {
      let host: string | null = null;
      try {
        host = new URL(origin).host;
      } catch {
        host = null;
      }
      if (host !== req.headers.host) throw new AppError('CSRF_FAILED');
    }
    const isLogin = req.url === '/api/auth/login';
    if (!isLogin && req.session.kind === 'active' && req.headers['x-csrf-token'] !== req.session.csrfToken)
      throw new AppError('CSRF_FAILED');
    const bad = findUnstorable(req.body);
    if (bad) throw new AppError('VALIDATION_FAILED', [bad]);
  });
}

/** For routes that need a signed-in user: 401 with "expired" when a cookie was sent but is no longer valid. */
export async function requireSession(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (req.session.kind === 'active') return;
  throw new AppError(req.session.kind === 'expired' ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
}
