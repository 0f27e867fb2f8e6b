/** Indicators as a tree (CT01.1–CT01.4 under CT01), and what the form needs to know about it. */
import type { Indicator } from '@thidua/shared';

export type IndicatorNode = Indicator & { children?: IndicatorNode[] };

const byOrder = (a: Indicator, b: Indicator) =>
  a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, 'vi', { numeric: true });

/** Roots in plan order, each with its children nested (no `children` key on leaves, so no expand icon). */
export function indicatorTree(indicators: Indicator[]): IndicatorNode[] {
  const ids = new Set(indicators.map((i) => i.id));
  const kids = new Map<number, Indicator[]>();
  for (const i of indicators)
    if (i.parentIndicatorId !== null && ids.has(i.parentIndicatorId))
      kids.set(i.parentIndicatorId, [...(kids.get(i.parentIndicatorId) ?? []), i]);
  const build = (i: Indicator): IndicatorNode => {
    const children = (kids.get(i.id) ?? []).sort(byOrder).map(build);
    return children.length ? { ...i, children } : { ...i };
  };
  return indicators
    .filter((i) => i.parentIndicatorId === null || !ids.has(i.parentIndicatorId))
    .sort(byOrder)
    .map(build);
}

/** Every indicator in tree order (parent, then its children), with its depth. */
export function flattenTree(nodes: IndicatorNode[], depth = 0): { indicator: Indicator; depth: number }[] {
  return nodes.flatMap((n) => [{ indicator: n, depth }, ...flattenTree(n.children ?? [], depth + 1)]);
}

/** The ids of an indicator and everything below it (not allowed as its new parent). */
export function selfAndDescendants(indicators: Indicator[], id: number): Set<number> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of indicators)
      if (i.parentIndicatorId !== null && out.has(i.parentIndicatorId) && !out.has(i.id)) {
        out.add(i.id);
        grew = true;
      }
  }
  return out;
}

/** The next free code in the plan's style: after CT24 comes CT25; the first one is CT01. */
export function nextCode(indicators: Indicator[]): string {
  const nums = indicators
    .map((i) => /^CT(\d+)$/.exec(i.code)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const n = nums.length ? Math.max(...nums) + 1 : 1;
  return `CT${String(n).padStart(2, '0')}`;
}

/** One more than the largest sort order, in steps of ten, so a new indicator lands at the end. */
export function nextSortOrder(indicators: Indicator[]): number {
  return indicators.reduce((m, i) => Math.max(m, i.sortOrder), 0) + 10;
}
