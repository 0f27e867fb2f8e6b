import { type Actor, scopeRoots } from '../access/actor.ts';

export type AuditAction = 'read' | 'verify';

const READERS = ['admin', 'office'] as const;

/**
 * Admins and the standing office read the audit trail of their subtree, and may check the chain (the check
 * reports only whether the chain holds and where it breaks, no row content).
 */
export function can(actor: Actor, action: AuditAction): boolean {
  switch (action) {
    case 'read':
    case 'verify':
      return scopeRoots(actor, READERS).length > 0;
  }
}

/** Subtree roots whose rows the actor may read; global admins also see rows not tied to a unit. */
export function readScope(actor: Actor): { roots: string[]; unscoped: boolean } {
  const roots = scopeRoots(actor, READERS);
  const unscoped = actor.grants.some((g) => g.role === 'admin' && /^\/\d+\/$/.test(g.unitPath));
  return { roots, unscoped };
}
