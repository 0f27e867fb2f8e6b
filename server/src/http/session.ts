import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../access/actor.ts';
import { resolveSession, type SessionState } from '../auth/auth.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'thidua_sid';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionState;
    ctx: RequestContext;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Rejects NUL characters anywhere in a JSON body: PostgreSQL text cannot store them. */
function findNul(v: unknown, path: string[] = ['body']): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path.join('.') : null;
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const hit = findNul(x, [...path, k]);
      if (hit) return hit;
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
    const token = req.cookies[SESSION_COOKIE];
    req.session = req.url.startsWith('/api/') ? await resolveSession(deps, token) : { kind: 'none' };
    req.ctx = { actor: req.session.kind === 'active' ? req.session.actor : null, ip: req.ip };
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
    const nul = findNul(req.body);
    if (nul) throw new AppError('VALIDATION_FAILED', [{ path: nul, message: 'Không được chứa ký tự NUL' }]);
  });
}

/** For routes that need a signed-in user: 401 with "expired" when a cookie was sent but is no longer valid. */
export async function requireSession(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (req.session.kind === 'active') return;
  throw new AppError(req.session.kind === 'expired' ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
}
