import { createHash, randomBytes } from 'node:crypto';
import { type LoginInput, type Me, type PasswordChangeInput, passwordProblems } from '@thidua/shared';
import type { Actor, RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { toIso } from '../util/time.ts';
import * as repo from './auth.repo.ts';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './password.ts';
import type { LoginLimiter } from './rate-limit.ts';

/** The cookie holds the token; the database holds only its SHA-256. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type SessionState =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'active'; actor: Actor; csrfToken: string; expiresAt: string };

/** Loads the session behind a cookie token: expired, revoked, idle-timed-out or disabled users are refused. */
export async function resolveSession(deps: Deps, token: string | undefined): Promise<SessionState> {
  if (!token) return { kind: 'none' };
  const db = deps.database.db;
  const found = await repo.findSession(db, sessionIdOf(token));
  if (!found) return { kind: 'expired' };
  const { session, user } = found;
  const now = deps.clock.now().getTime();
  const idleLimit = deps.config.sessionIdleMinutes * 60_000;
  const lastSeen = Date.parse(toIso(session.lastSeenAt));
  if (
    session.revokedAt ||
    !user.isActive ||
    Date.parse(toIso(session.expiresAt)) <= now ||
    now - lastSeen > idleLimit
  )
    return { kind: 'expired' };
  // Refresh the idle timer at most once a minute: one write per minute per user, not per request.
  if (now - lastSeen > 60_000) await repo.touchSession(db, session.id, new Date(now).toISOString());
  const grants = await repo.grantsOf(db, user.id);
  return {
    kind: 'active',
    actor: {
      userId: user.id,
      username: user.username,
      fullName: user.fullName,
      grants,
      sessionId: session.id,
    },
    csrfToken: session.csrfToken,
    expiresAt: toIso(session.expiresAt),
  };
}

async function meOf(deps: Deps, userId: number, csrfToken: string, expiresAt: string): Promise<Me> {
  const db = deps.database.db;
  const user = await repo.findUserById(db, userId);
  if (!user) throw new AppError('AUTH_REQUIRED');
  const grants = await repo.grantsOf(db, userId);
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      email: user.email,
      mustChangePassword: user.mustChangePassword,
    },
    assignments: grants,
    csrfToken,
    sessionExpiresAt: expiresAt,
  };
}

/**
 * Checks the password (rate-limited per username and IP, same timing for unknown users), opens a session.
 * Every failure gives the same generic error; it is audited and counted.
 */
export async function login(
  deps: Deps,
  limiter: LoginLimiter,
  input: LoginInput,
  client: { ip: string; userAgent: string | null },
): Promise<{ token: string; me: Me; maxAgeSeconds: number }> {
  const ctx: RequestContext = { actor: null, ip: client.ip };
  const wait = limiter.retryAfter(input.username, client.ip);
  if (wait > 0)
    throw new AppError('AUTH_RATE_LIMITED', [{ path: 'retryAfterSeconds', message: String(wait) }]);
  const db = deps.database.db;
  const user = await repo.findUserByUsername(db, input.username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user || !ok || !user.isActive) {
    limiter.fail(input.username, client.ip);
    await db.transaction((tx) =>
      recordAudit(tx, deps, ctx, {
        entity: 'user',
        entityId: user?.id ?? null,
        unitId: user?.unitId ?? null,
        action: 'auth.login_failed',
        after: {
          username: input.username.slice(0, 64),
          reason: !user ? 'unknown_user' : !ok ? 'bad_password' : 'inactive',
        },
      }),
    );
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  limiter.succeed(input.username);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  const maxAgeSeconds = deps.config.sessionMaxHours * 3600;
  const expiresAt = new Date(now.getTime() + maxAgeSeconds * 1000).toISOString();
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await repo.setLastLogin(tx, user.id, now.toISOString());
    await recordAudit(
      tx,
      deps,
      {
        actor: {
          userId: user.id,
          username: user.username,
          fullName: user.fullName,
          grants: [],
          sessionId: '',
        },
        ip: client.ip,
      },
      {
        entity: 'session',
        entityId: user.id,
        unitId: user.unitId,
        action: 'auth.login',
        after: { userAgent: client.userAgent?.slice(0, 300) ?? null },
      },
    );
  });
  return { token, me: await meOf(deps, user.id, csrfToken, expiresAt), maxAgeSeconds };
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  return ctx.actor;
}

export async function me(deps: Deps, state: SessionState): Promise<Me> {
  if (state.kind !== 'active')
    throw new AppError(state.kind === 'expired' ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
  return meOf(deps, state.actor.userId, state.csrfToken, state.expiresAt);
}

export async function logout(deps: Deps, ctx: RequestContext, everywhere: boolean): Promise<void> {
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  const user = await repo.findUserById(deps.database.db, actor.userId);
  await deps.database.db.transaction(async (tx) => {
    const ended = everywhere
      ? await repo.revokeUserSessions(tx, actor.userId, at)
      : await repo.revokeSession(tx, actor.sessionId, at);
    await recordAudit(tx, deps, ctx, {
      entity: 'session',
      entityId: actor.userId,
      unitId: user?.unitId ?? null,
      action: everywhere ? 'auth.logout_all' : 'auth.logout',
      after: { sessionsEnded: ended },
    });
  });
}

/** Changes the caller's password after checking the current one; other sessions are ended. */
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  input: PasswordChangeInput,
): Promise<void> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const user = await repo.findUserById(db, actor.userId);
  if (!user) throw new AppError('AUTH_REQUIRED');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new AppError('AUTH_WRONG_PASSWORD', [
      { path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ]);
  const problems = passwordProblems(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) problems.push('Mật khẩu mới phải khác mật khẩu hiện tại');
  if (problems.length)
    throw new AppError(
      'AUTH_WEAK_PASSWORD',
      problems.map((message) => ({ path: 'body.newPassword', message })),
    );
  const hash = await hashPassword(input.newPassword);
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    await repo.setPassword(tx, user.id, hash, false, at);
    const ended = await repo.revokeUserSessions(tx, user.id, at, actor.sessionId);
    await recordAudit(tx, deps, ctx, {
      entity: 'user',
      entityId: user.id,
      unitId: user.unitId,
      action: 'auth.password_changed',
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, otherSessionsEnded: ended },
    });
  });
}
