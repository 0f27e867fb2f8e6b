/**
 * Pure rules for indicator definitions and roll-up. Each check returns field issues in Vietnamese,
 * with the field name as `path`; an empty list means the definition is acceptable.
 */
import type { FieldIssue } from '../errors.ts';
import type { ChildrenRule, Direction, IndicatorKind, RollupRule } from './schema.ts';

export interface TargetShape {
  kind: IndicatorKind;
  direction: Direction;
  unitOfMeasure: string;
  targetValue: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  tolerance: number | null;
  factor: number | null;
  allowOver100: boolean;
  /** The range a report may give (optional). */
  minValue?: number | null;
  maxValue?: number | null;
  /** Scoring: completion earning 10 points and the red flag (both optional). */
  scoreFull?: number | null;
  scoreRedFlag?: number | null;
}

/** True when the indicator is shown as a percentage (a ratio × 100, or a "%" unit). */
export function isPercent(i: Pick<TargetShape, 'kind' | 'factor' | 'unitOfMeasure'>): boolean {
  return i.unitOfMeasure.trim() === '%' || (i.kind === 'ratio' && i.factor === 100);
}

/** Checks one target value against what the kind allows. */
function valueProblems(i: TargetShape, v: number, path: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (v < 0) out.push({ path, message: 'Chỉ tiêu không được âm' });
  if (i.kind === 'count' && !Number.isInteger(v))
    out.push({ path, message: 'Chỉ tiêu số lượng phải là số nguyên' });
  if (isPercent(i) && !i.allowOver100 && v > 100)
    out.push({ path, message: 'Tỷ lệ phần trăm không được vượt 100 %' });
  if (i.kind === 'rate_per_mille' && v > 1000)
    out.push({ path, message: 'Tỷ suất phần nghìn không được vượt 1.000 ‰' });
  return out;
}

/**
 * The target must fit the direction (a band needs low ≤ high; the others need a target value) and
 * every number must fit the kind (no negative counts, no percentage over 100 unless allowed).
 */
export function targetProblems(i: TargetShape): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (i.kind === 'ratio' && (i.factor === null || i.factor <= 0))
    out.push({ path: 'factor', message: 'Tỷ lệ cần hệ số (100 cho %, 1.000 cho ‰)' });
  if (i.direction === 'band') {
    if (i.targetLow === null) out.push({ path: 'targetLow', message: 'Nhập cận dưới của khoảng' });
    if (i.targetHigh === null) out.push({ path: 'targetHigh', message: 'Nhập cận trên của khoảng' });
    if (i.targetLow !== null && i.targetHigh !== null && i.targetLow > i.targetHigh)
      out.push({ path: 'targetLow', message: 'Cận dưới phải nhỏ hơn hoặc bằng cận trên' });
    if (i.targetLow !== null) out.push(...valueProblems(i, i.targetLow, 'targetLow'));
    if (i.targetHigh !== null) out.push(...valueProblems(i, i.targetHigh, 'targetHigh'));
    if (
      i.targetValue !== null &&
      i.targetLow !== null &&
      i.targetHigh !== null &&
      (i.targetValue < i.targetLow || i.targetValue > i.targetHigh)
    )
      out.push({ path: 'targetValue', message: 'Giá trị mục tiêu phải nằm trong khoảng' });
  } else {
    if (i.targetValue === null) out.push({ path: 'targetValue', message: 'Nhập giá trị chỉ tiêu' });
    else out.push(...valueProblems(i, i.targetValue, 'targetValue'));
  }
  if (i.direction === 'maintain' && (i.tolerance === null || i.tolerance < 0))
    out.push({ path: 'tolerance', message: 'Chỉ tiêu duy trì cần biên độ cho phép (≥ 0)' });
  if (typeof i.minValue === 'number' && typeof i.maxValue === 'number' && i.minValue > i.maxValue)
    out.push({ path: 'maxValue', message: 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất' });
  if (typeof i.scoreFull === 'number' && typeof i.scoreRedFlag === 'number' && i.scoreFull <= i.scoreRedFlag)
    out.push({ path: 'scoreFull', message: 'Mức đạt điểm tối đa phải lớn hơn ngưỡng cảnh báo' });
  return out;
}

export interface ChildTarget {
  code: string;
  targetValue: number | null;
}

/**
 * Children that must sum to the parent (must_equal) or stay within it (must_not_exceed — the four main revenue
 * sources are a part of the total budget revenue, not all of it). Amounts are compared to 1e-9 relative precision.
 */
export function childrenSumProblem(
  rule: ChildrenRule,
  parentTarget: number | null,
  children: ChildTarget[],
): string | null {
  if (rule === 'none' || parentTarget === null || children.length === 0) return null;
  const sum = children.reduce((s, c) => s + (c.targetValue ?? 0), 0);
  const eps = Math.max(1e-9, Math.abs(parentTarget) * 1e-9);
  if (rule === 'must_not_exceed' && sum > parentTarget + eps)
    return `Tổng chỉ tiêu con (${fmt(sum)}) vượt chỉ tiêu cha (${fmt(parentTarget)})`;
  if (rule === 'must_equal' && Math.abs(sum - parentTarget) > eps)
    return `Tổng chỉ tiêu con (${fmt(sum)}) phải bằng chỉ tiêu cha (${fmt(parentTarget)})`;
  return null;
}

function fmt(n: number): string {
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 3 });
}

/** Which roll-up rules make sense for an indicator kind linked upward. */
export function allowedRollups(kind: IndicatorKind): RollupRule[] {
  switch (kind) {
    case 'sum':
    case 'count':
      return ['sum', 'none'];
    case 'ratio':
    case 'rate_per_mille':
      return ['ratio', 'none'];
    case 'index':
      return ['none'];
  }
}

/** A linked pair must be of the same kind, and the rule must suit that kind. */
export function linkProblem(
  child: { kind: IndicatorKind; rollupRule: RollupRule },
  parent: { kind: IndicatorKind },
): string | null {
  if (child.kind !== parent.kind)
    return 'Chỉ tiêu liên kết phải cùng loại với chỉ tiêu của đợt thi đua cấp trên';
  if (!allowedRollups(child.kind).includes(child.rollupRule))
    return `Cách cộng dồn "${child.rollupRule}" không dùng được cho loại chỉ tiêu này`;
  return null;
}

/** One unit's contribution: a value, or numerator and denominator for ratios. */
export interface Contribution {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * Rolls contributions up by the rule. `sum` adds values; `ratio` sums numerators and denominators and then
 * divides (× factor) — never an average of percentages; `none` gives null. Missing parts are skipped and
 * counted, so a caller can say "3 of 25 units have not reported".
 */
export function rollUp(
  rule: RollupRule,
  parts: Contribution[],
  factor = 100,
): { value: number | null; numerator?: number; denominator?: number; used: number; missing: number } {
  if (rule === 'none') return { value: null, used: 0, missing: parts.length };
  if (rule === 'sum') {
    const vals = parts
      .map((p) => p.value)
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return {
      value: vals.length ? vals.reduce((a, b) => a + b, 0) : null,
      used: vals.length,
      missing: parts.length - vals.length,
    };
  }
  const ok = parts.filter(
    (p) =>
      typeof p.numerator === 'number' &&
      typeof p.denominator === 'number' &&
      Number.isFinite(p.numerator) &&
      Number.isFinite(p.denominator),
  ) as { numerator: number; denominator: number }[];
  const numerator = ok.reduce((s, p) => s + p.numerator, 0);
  const denominator = ok.reduce((s, p) => s + p.denominator, 0);
  return {
    value: denominator > 0 ? (numerator / denominator) * factor : null,
    numerator,
    denominator,
    used: ok.length,
    missing: parts.length - ok.length,
  };
}

/** True when following parent links from `startParentId` reaches `selfId` (a cycle) — `parentOf` maps id → parent id. */
export function wouldCycle(
  selfId: number,
  startParentId: number | null,
  parentOf: (id: number) => number | null | undefined,
): boolean {
  const seen = new Set<number>();
  let cur = startParentId;
  while (cur !== null && cur !== undefined) {
    if (cur === selfId) return true;
    if (seen.has(cur)) return true;
    seen.add(cur);
    cur = parentOf(cur) ?? null;
  }
  return false;
}
