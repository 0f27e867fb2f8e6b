import { type Actor, hasRoleOver, scopeRoots } from '../access/actor.ts';
import type { OrgUnitRow } from './org.repo.ts';

export type OrgAction =
  | 'read'
  | 'create_child'
  | 'update'
  | 'deactivate'
  | 'delete'
  | 'move_from'
  | 'move_to';

const EDITORS = ['admin', 'office'] as const;
const ALL = ['admin', 'office', 'chair', 'council', 'unit_head', 'reporter', 'viewer'] as const;

/**
 * Org-unit permissions. Anyone with a role sees their subtree; admins and the standing office change units
 * inside their subtree. A move needs rights over both the old parent and the new parent.
 */
export function can(actor: Actor, action: OrgAction, unit: Pick<OrgUnitRow, 'path'>): boolean {
  switch (action) {
    case 'read':
      return hasRoleOver(actor, ALL, unit.path) || actor.grants.some((g) => g.unitPath.startsWith(unit.path));
    default:
      return hasRoleOver(actor, EDITORS, unit.path);
  }
}

/** Subtree roots visible to the actor. */
export function visibleRoots(actor: Actor): string[] {
  return scopeRoots(actor, ALL);
}
