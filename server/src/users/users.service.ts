import {
  passwordProblems,
  type RoleGrant,
  type User,
  type UserCreate,
  type UserUpdate,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { revokeUserSessions, setPassword } from '../auth/auth.repo.ts';
import { requireActor } from '../auth/auth.service.ts';
import { hashPassword } from '../auth/password.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { AppError, isUniqueViolation } from '../http/errors.ts';
import { getUnit } from '../org/org.repo.ts';
import { toIso } from '../util/time.ts';
import { can, readableRoots, type UserAction } from './users.policy.ts';
import * as repo from './users.repo.ts';

async function presentMany(db: Executor, rows: repo.UserRow[]): Promise<User[]> {
  const grants = await repo.grantsByUser(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.fullName,
    email: r.email,
    unitId: r.unitId,
    unitName: r.unitName,
    isActive: r.isActive,
    mustChangePassword: r.mustChangePassword,
    lastLoginAt: toIso(r.lastLoginAt),
    version: r.version,
    assignments: grants.get(r.id) ?? [],
  }));
}

async function presentOne(db: Executor, id: number): Promise<User> {
  const row = await repo.getUser(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [user] = await presentMany(db, [row]);
  return user as User;
}

/** Audit-safe snapshot: never the password hash. */
const snap = (u: User) => ({ ...u, assignments: u.assignments.map((g) => `${g.role}@${g.unitId}`) });

async function authorize(
  deps: Deps,
  ctx: RequestContext,
  action: UserAction,
  unitPath: string | null,
  info: { entityId: number | string | null; unitId: number | null; what: string },
) {
  const actor = requireActor(ctx);
  if (unitPath && can(actor, action, unitPath)) return;
  await recordDenied(deps, ctx, {
    entity: 'user',
    entityId: info.entityId,
    unitId: info.unitId,
    action: `user.${info.what}`,
  });
  throw new AppError('FORBIDDEN');
}

async function loadUser(deps: Deps, id: number): Promise<repo.UserRow> {
  const row = await repo.getUser(deps.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có người dùng số ${id}` }]);
  return row;
}

async function loadUnitPath(deps: Deps, unitId: number, field: string): Promise<string> {
  const unit = await getUnit(deps.database.db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', [{ path: field, message: 'Không có đơn vị này' }]);
  return unit.path;
}

function checkPassword(password: string, username: string, field: string) {
  const problems = passwordProblems(password, username);
  if (problems.length)
    throw new AppError(
      'AUTH_WEAK_PASSWORD',
      problems.map((message) => ({ path: field, message })),
    );
}

export async function listUsers(
  deps: Deps,
  ctx: RequestContext,
  q: { q?: string; unitId?: number },
): Promise<User[]> {
  const actor = requireActor(ctx);
  const rows = await repo.listUsers(deps.database.db, readableRoots(actor), q.q, q.unitId);
  return presentMany(deps.database.db, rows);
}

export async function getUser(deps: Deps, ctx: RequestContext, id: number): Promise<User> {
  const row = await loadUser(deps, id);
  await authorize(deps, ctx, 'read', row.unitPath, { entityId: id, unitId: row.unitId, what: 'read' });
  return presentOne(deps.database.db, id);
}

export async function createUser(deps: Deps, ctx: RequestContext, input: UserCreate): Promise<User> {
  const unitPath = await loadUnitPath(deps, input.unitId, 'body.unitId');
  await authorize(deps, ctx, 'manage', unitPath, {
    entityId: input.username,
    unitId: input.unitId,
    what: 'create',
  });
  for (const [i, g] of input.roles.entries()) {
    const p = await loadUnitPath(deps, g.unitId, `body.roles.${i}.unitId`);
    await authorize(deps, ctx, 'manage', p, { entityId: input.username, unitId: g.unitId, what: 'grant' });
  }
  checkPassword(input.password, input.username, 'body.password');
  const hash = await hashPassword(input.password);
  const at = deps.clock.now().toISOString();
  const taken = () =>
    new AppError('USER_USERNAME_TAKEN', [
      { path: 'body.username', message: 'Tên đăng nhập đã có người dùng' },
    ]);
  try {
    return await deps.database.db.transaction(async (tx) => {
      if (await repo.usernameTaken(tx, input.username)) throw taken();
      const id = await repo.insertUser(tx, {
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        unitId: input.unitId,
        passwordHash: hash,
        mustChangePassword: true,
        createdAt: at,
        updatedAt: at,
      });
      for (const g of input.roles) await repo.insertGrant(tx, id, g.role, g.unitId);
      const user = await presentOne(tx, id);
      await recordAudit(tx, deps, ctx, {
        entity: 'user',
        entityId: id,
        unitId: input.unitId,
        action: 'user.create',
        after: snap(user),
      });
      return user;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
}

export async function updateUser(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: UserUpdate,
): Promise<User> {
  const row = await loadUser(deps, id);
  await authorize(deps, ctx, 'manage', row.unitPath, { entityId: id, unitId: row.unitId, what: 'update' });
  if (input.unitId !== undefined && input.unitId !== row.unitId) {
    const p = await loadUnitPath(deps, input.unitId, 'body.unitId');
    await authorize(deps, ctx, 'manage', p, { entityId: id, unitId: input.unitId, what: 'update' });
  }
  const actor = requireActor(ctx);
  if (input.isActive === false && actor.userId === id) throw new AppError('USER_CANNOT_DEACTIVATE_SELF');
  const { version, ...set } = input;
  const at = deps.clock.now().toISOString();
  return deps.database.db.transaction(async (tx) => {
    const before = await presentOne(tx, id);
    if (!(await repo.updateUser(tx, id, version, set, at))) throw new AppError('CONFLICT_STALE');
    if (input.isActive === false) await revokeUserSessions(tx, id, at);
    const after = await presentOne(tx, id);
    await recordAudit(tx, deps, ctx, {
      entity: 'user',
      entityId: id,
      unitId: after.unitId,
      action: 'user.update',
      before: snap(before),
      after: snap(after),
    });
    return after;
  });
}

export async function grantRole(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: RoleGrant,
): Promise<User> {
  const row = await loadUser(deps, id);
  const unitPath = await loadUnitPath(deps, input.unitId, 'body.unitId');
  await authorize(deps, ctx, 'manage', unitPath, { entityId: id, unitId: input.unitId, what: 'grant' });
  return deps.database.db.transaction(async (tx) => {
    const grantId = await repo.insertGrant(tx, id, input.role, input.unitId);
    if (grantId === null) throw new AppError('USER_ROLE_DUPLICATE');
    await recordAudit(tx, deps, ctx, {
      entity: 'role_assignment',
      entityId: grantId,
      unitId: input.unitId,
      action: 'user.grant_role',
      after: { userId: id, username: row.username, ...input },
    });
    return presentOne(tx, id);
  });
}

export async function revokeRole(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  grantId: number,
): Promise<User> {
  const grant = await repo.getGrant(deps.database.db, grantId);
  if (!grant || grant.userId !== id)
    throw new AppError('NOT_FOUND', [{ path: 'assignmentId', message: 'Không có phân quyền này' }]);
  await authorize(deps, ctx, 'manage', grant.unitPath, {
    entityId: id,
    unitId: grant.unitId,
    what: 'revoke_role',
  });
  return deps.database.db.transaction(async (tx) => {
    await repo.deleteGrant(tx, grantId);
    await recordAudit(tx, deps, ctx, {
      entity: 'role_assignment',
      entityId: grantId,
      unitId: grant.unitId,
      action: 'user.revoke_role',
      before: { userId: id, role: grant.role, unitId: grant.unitId },
    });
    return presentOne(tx, id);
  });
}

/** Admin sets a temporary password: the user must change it at next sign-in; their sessions end. */
export async function resetPassword(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  newPassword: string,
): Promise<void> {
  const row = await loadUser(deps, id);
  await authorize(deps, ctx, 'manage', row.unitPath, {
    entityId: id,
    unitId: row.unitId,
    what: 'reset_password',
  });
  checkPassword(newPassword, row.username, 'body.newPassword');
  const hash = await hashPassword(newPassword);
  const at = deps.clock.now().toISOString();
  await deps.database.db.transaction(async (tx) => {
    await setPassword(tx, id, hash, true, at);
    const ended = await revokeUserSessions(tx, id, at);
    await recordAudit(tx, deps, ctx, {
      entity: 'user',
      entityId: id,
      unitId: row.unitId,
      action: 'user.reset_password',
      after: { mustChangePassword: true, sessionsEnded: ended },
    });
  });
}
