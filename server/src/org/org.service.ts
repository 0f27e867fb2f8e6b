import type { OrgUnit, OrgUnitCreate, OrgUnitMove, OrgUnitStatusChange, OrgUnitUpdate } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { Deps } from '../deps.ts';
import { AppError, isUniqueViolation } from '../http/errors.ts';
import { toIso } from '../util/time.ts';
import { can, type OrgAction, visibleRoots } from './org.policy.ts';
import type { OrgUnitRow } from './org.repo.ts';
import * as repo from './org.repo.ts';

export function present(r: OrgUnitRow): OrgUnit {
  return {
    id: r.id,
    parentId: r.parentId,
    path: r.path,
    depth: r.depth,
    code: r.code,
    name: r.name,
    kind: r.kind as OrgUnit['kind'],
    isActive: r.isActive,
    sortOrder: r.sortOrder,
    version: r.version,
    createdAt: toIso(r.createdAt),
    updatedAt: toIso(r.updatedAt),
  };
}

/** Policy check that audits a refusal before throwing 403. */
async function authorize(
  deps: Deps,
  ctx: RequestContext,
  action: OrgAction,
  unit: OrgUnitRow,
): Promise<void> {
  const actor = requireActor(ctx);
  if (can(actor, action, unit)) return;
  await recordDenied(deps, ctx, {
    entity: 'org_unit',
    entityId: unit.id,
    unitId: unit.id,
    action: `org.${action}`,
  });
  throw new AppError('FORBIDDEN');
}

async function load(deps: Deps, id: number): Promise<OrgUnitRow> {
  const unit = await repo.getUnit(deps.database.db, id);
  if (!unit) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có đơn vị số ${id}` }]);
  return unit;
}

const codeTakenError = () =>
  new AppError('ORG_UNIT_CODE_TAKEN', [
    { path: 'body.code', message: 'Mã đơn vị đã được dùng cho đơn vị khác' },
  ]);

export async function listUnits(
  deps: Deps,
  ctx: RequestContext,
  q: { q?: string; kind?: string; includeInactive: boolean },
): Promise<OrgUnit[]> {
  const actor = requireActor(ctx);
  const rows = await repo.listUnits(deps.database.db, { roots: visibleRoots(actor), ...q });
  return rows.map(present);
}

export async function getUnit(deps: Deps, ctx: RequestContext, id: number): Promise<OrgUnit> {
  const unit = await load(deps, id);
  await authorize(deps, ctx, 'read', unit);
  return present(unit);
}

export async function createUnit(deps: Deps, ctx: RequestContext, input: OrgUnitCreate): Promise<OrgUnit> {
  const parent = await repo.getUnit(deps.database.db, input.parentId);
  if (!parent)
    throw new AppError('NOT_FOUND', [{ path: 'body.parentId', message: 'Không có đơn vị cấp trên này' }]);
  await authorize(deps, ctx, 'create_child', parent);
  if (!parent.isActive) throw new AppError('ORG_UNIT_PARENT_INACTIVE');
  const atIso = deps.clock.now().toISOString();
  try {
    return await deps.database.db.transaction(async (tx) => {
      if (await repo.codeTaken(tx, input.code)) throw codeTakenError();
      const row = await repo.insertUnit(tx, { parent, ...input, atIso });
      await recordAudit(tx, deps, ctx, {
        entity: 'org_unit',
        entityId: row.id,
        unitId: row.id,
        action: 'org.create',
        after: present(row),
      });
      return present(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTakenError();
    throw e;
  }
}

export async function updateUnit(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: OrgUnitUpdate,
): Promise<OrgUnit> {
  const unit = await load(deps, id);
  await authorize(deps, ctx, 'update', unit);
  const { version, ...set } = input;
  const atIso = deps.clock.now().toISOString();
  try {
    return await deps.database.db.transaction(async (tx) => {
      if (set.code && (await repo.codeTaken(tx, set.code, id))) throw codeTakenError();
      const row = await repo.updateUnit(tx, id, version, set, atIso);
      if (!row) throw new AppError('CONFLICT_STALE');
      await recordAudit(tx, deps, ctx, {
        entity: 'org_unit',
        entityId: id,
        unitId: id,
        action: 'org.update',
        before: present(unit),
        after: present(row),
      });
      return present(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTakenError();
    throw e;
  }
}

/** Moves a unit (with its subtree) under a new parent; refuses cycles and inactive parents. */
export async function moveUnit(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: OrgUnitMove,
): Promise<OrgUnit> {
  const unit = await load(deps, id);
  if (unit.parentId === null) throw new AppError('ORG_UNIT_ROOT_IMMUTABLE');
  const target = await repo.getUnit(deps.database.db, input.newParentId);
  if (!target)
    throw new AppError('NOT_FOUND', [{ path: 'body.newParentId', message: 'Không có đơn vị cấp trên này' }]);
  const oldParent = await load(deps, unit.parentId);
  await authorize(deps, ctx, 'move_from', oldParent);
  await authorize(deps, ctx, 'move_to', target);
  if (target.path.startsWith(unit.path))
    throw new AppError('ORG_UNIT_MOVE_INTO_OWN_SUBTREE', [
      { path: 'body.newParentId', message: 'Đơn vị cấp trên mới nằm trong chính đơn vị này' },
    ]);
  if (!target.isActive) throw new AppError('ORG_UNIT_PARENT_INACTIVE');
  const atIso = deps.clock.now().toISOString();
  return deps.database.db.transaction(async (tx) => {
    // Re-read under lock: the check above must still hold when the paths are rewritten.
    const fresh = await repo.getUnitForUpdate(tx, id);
    const freshTarget = await repo.getUnitForUpdate(tx, input.newParentId);
    if (!fresh || !freshTarget || fresh.version !== input.version) throw new AppError('CONFLICT_STALE');
    if (freshTarget.path.startsWith(fresh.path)) throw new AppError('ORG_UNIT_MOVE_INTO_OWN_SUBTREE');
    if (fresh.parentId === freshTarget.id) return present(fresh);
    const row = await repo.moveSubtree(tx, fresh, freshTarget, atIso);
    await recordAudit(tx, deps, ctx, {
      entity: 'org_unit',
      entityId: id,
      unitId: id,
      action: 'org.move',
      before: { parentId: fresh.parentId, path: fresh.path },
      after: { parentId: row.parentId, path: row.path },
    });
    return present(row);
  });
}

/** Deactivates or reactivates. Units are never hard-deleted once they hold data; this is the way to retire one. */
export async function setActive(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  active: boolean,
  input: OrgUnitStatusChange,
): Promise<OrgUnit> {
  const unit = await load(deps, id);
  await authorize(deps, ctx, 'deactivate', unit);
  if (unit.parentId === null && !active) throw new AppError('ORG_UNIT_ROOT_IMMUTABLE');
  const db = deps.database.db;
  if (!active && (await repo.countActiveChildren(db, id)) > 0)
    throw new AppError('ORG_UNIT_HAS_ACTIVE_CHILDREN');
  if (active && unit.parentId !== null) {
    const parent = await load(deps, unit.parentId);
    if (!parent.isActive) throw new AppError('ORG_UNIT_PARENT_INACTIVE');
  }
  const atIso = deps.clock.now().toISOString();
  return db.transaction(async (tx) => {
    const row = await repo.updateUnit(tx, id, input.version, { isActive: active }, atIso);
    if (!row) throw new AppError('CONFLICT_STALE');
    await recordAudit(tx, deps, ctx, {
      entity: 'org_unit',
      entityId: id,
      unitId: id,
      action: active ? 'org.reactivate' : 'org.deactivate',
      before: { isActive: unit.isActive },
      after: { isActive: active, reason: input.reason ?? null },
    });
    return present(row);
  });
}

/** Hard delete, only for a unit created by mistake: no children, no users, no role assignments. */
export async function deleteUnit(deps: Deps, ctx: RequestContext, id: number): Promise<void> {
  const unit = await load(deps, id);
  await authorize(deps, ctx, 'delete', unit);
  if (unit.parentId === null) throw new AppError('ORG_UNIT_ROOT_IMMUTABLE');
  await deps.database.db.transaction(async (tx) => {
    const counts = await repo.dataCounts(tx, id);
    if (counts.children + counts.roleAssignments + counts.users > 0)
      throw new AppError('ORG_UNIT_HAS_DATA', [
        {
          path: 'id',
          message: `Đơn vị trực thuộc: ${counts.children}; người dùng: ${counts.users}; phân quyền: ${counts.roleAssignments}`,
        },
      ]);
    if (!(await repo.deleteUnit(tx, id, unit.version))) throw new AppError('CONFLICT_STALE');
    await recordAudit(tx, deps, ctx, {
      entity: 'org_unit',
      entityId: id,
      unitId: unit.parentId,
      action: 'org.delete',
      before: present(unit),
    });
  });
}
