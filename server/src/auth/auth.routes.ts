import { LoginInput, Me, OkResult, PasswordChangeInput } from '@thidua/shared';
import type { Deps } from '../deps.ts';
import { requireSession, SESSION_COOKIE } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as auth from './auth.service.ts';
import type { LoginLimiter } from './rate-limit.ts';

const tags = ['auth'];

export function authRoutes(app: App, deps: Deps, limiter: LoginLimiter): void {
  const cookieOpts = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.cookieSecure,
  };

  app.post(
    '/api/auth/login',
    { schema: { tags, summary: 'Sign in', body: LoginInput, response: { 200: Me } } },
    async (req, reply) => {
      const { token, me, maxAgeSeconds } = await auth.login(deps, limiter, req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOpts, maxAge: maxAgeSeconds });
      return me;
    },
  );

  app.get('/api/auth/me', { schema: { tags, summary: 'The signed-in user', response: { 200: Me } } }, (req) =>
    auth.me(deps, req.session),
  );

  app.post(
    '/api/auth/logout',
    {
      preHandler: requireSession,
      schema: { tags, summary: 'Sign out this session', response: { 200: OkResult } },
    },
    async (req, reply) => {
      await auth.logout(deps, req.ctx, false);
      reply.clearCookie(SESSION_COOKIE, cookieOpts);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout-all',
    {
      preHandler: requireSession,
      schema: { tags, summary: 'Sign out on every device', response: { 200: OkResult } },
    },
    async (req, reply) => {
      await auth.logout(deps, req.ctx, true);
      reply.clearCookie(SESSION_COOKIE, cookieOpts);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      preHandler: requireSession,
      schema: {
        tags,
        summary: 'Change own password',
        body: PasswordChangeInput,
        response: { 200: OkResult },
      },
    },
    async (req) => {
      await auth.changePassword(deps, req.ctx, req.body);
      return { ok: true as const };
    },
  );
}
