/** Turning the flat, path-ordered unit list into trees, ancestor chains and subtree tests. */
import type { OrgUnit } from '@thidua/shared';

export interface UnitNode {
  unit: OrgUnit;
  children: UnitNode[];
}

/** Ids on a unit's materialised path, root first, the unit itself last: "/1/2/15/" → [1, 2, 15]. */
export function pathIds(unit: Pick<OrgUnit, 'path'>): number[] {
  return unit.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isFinite(n));
}

const byOrder = (a: UnitNode, b: UnitNode) =>
  a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name, 'vi', { numeric: true });

/** Builds the forest; units whose parent is not visible become roots. Children sorted by sortOrder, then name. */
export function buildTree(units: OrgUnit[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>();
  for (const u of units) nodes.set(u.id, { unit: u, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sortDeep = (list: UnitNode[]) => {
    list.sort(byOrder);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

/** Map id → unit. */
export function indexUnits(units: OrgUnit[]): Map<number, OrgUnit> {
  return new Map(units.map((u) => [u.id, u]));
}

/** The names of a unit's ancestors (root first), as far as they are known. */
export function ancestorNames(unit: OrgUnit, index: Map<number, OrgUnit>): string[] {
  return pathIds(unit)
    .filter((id) => id !== unit.id)
    .map((id) => index.get(id)?.name)
    .filter((n): n is string => Boolean(n));
}

/** True when `unit` is `ancestorId` or lies below it. */
export function isInSubtree(unit: Pick<OrgUnit, 'path' | 'id'>, ancestorId: number): boolean {
  return unit.id === ancestorId || pathIds(unit).includes(ancestorId);
}

/** Keys of every ancestor of the unit (for expanding a tree down to it). */
export function ancestorKeys(unit: OrgUnit): string[] {
  return pathIds(unit)
    .filter((id) => id !== unit.id)
    .map(String);
}
