import { type Actor, hasRoleOver, scopeRoots } from '../access/actor.ts';

export type UserAction = 'read' | 'manage';

/**
 * Users: admins and the office read the people of their subtree; only admins create, edit, lock,
 * reset passwords and grant roles — and only for units inside their own admin subtree
 * (both the person's unit and the unit a role is granted on).
 */
export function can(actor: Actor, action: UserAction, unitPath: string): boolean {
  return hasRoleOver(actor, action === 'read' ? ['admin', 'office'] : ['admin'], unitPath);
}

export function readableRoots(actor: Actor): string[] {
  return scopeRoots(actor, ['admin', 'office']);
}
