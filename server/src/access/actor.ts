import type { Role } from '@thidua/shared';

/** A role held over a unit's subtree; `unitPath` is the unit's materialised path ("/1/2/"). */
export interface Grant {
  id: number;
  role: Role;
  unitId: number;
  unitName: string;
  unitPath: string;
}

/** The signed-in person making a request. */
export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  grants: Grant[];
  sessionId: string;
}

/** Who is asking and from where; passed from routes to services. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
}

/** True when `path` lies inside the subtree rooted at `rootPath` (both materialised paths). */
export function inSubtree(rootPath: string, path: string): boolean {
  return path.startsWith(rootPath);
}

/** True when the actor holds any of `roles` on a unit whose subtree contains `unitPath`. */
export function hasRoleOver(actor: Actor, roles: readonly Role[], unitPath: string): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && inSubtree(g.unitPath, unitPath));
}

/** The subtree roots where the actor holds any of `roles` (deduplicated: nested roots are dropped). */
export function scopeRoots(actor: Actor, roles: readonly Role[]): string[] {
  const paths = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitPath);
  return [...new Set(paths)].filter((p) => !paths.some((q) => q !== p && inSubtree(q, p)));
}
