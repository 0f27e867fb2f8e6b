import { type Actor, scopeRoots } from '../access/actor.ts';

export type AuditAction = 'read' | 'verify';

const READERS = ['admin', 'office'] as const;

/** Admins and the standing office read the audit trail of their subtree. */
export function can(actor: Actor, action: AuditAction): boolean {
  void action;
  return scopeRoots(actor, READERS).length > 0;
}

/** Subtree roots whose rows the actor may read; global admins also see rows not tied to a unit. */
export function readScope(actor: Actor): { roots: string[]; unscoped: boolean } {
  const roots = scopeRoots(actor, READERS);
  const unscoped = actor.grants.some((g) => g.role === 'admin' && /^\/\d+\/$/.test(g.unitPath));
  return { roots, unscoped };
}
