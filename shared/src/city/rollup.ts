/**
 * Roll-up of a city indicator from the wards' linked indicators (ADR 0009). Pure.
 *
 * - The rule is the linked indicators' own `rollupRule`: `sum` adds the wards' values; `ratio` adds numerators
 *   and denominators and divides (× factor) — never an average of the wards' percentages; `none` (indices, or a
 *   level the ward chose not to add up) gives no city figure. Wards linking with different rules give `mixed`,
 *   and no figure either: the city must not add apples to averages.
 * - The plan at a period: sums and counts follow the target linearly over the campaign's periods (the city
 *   sets no schedule of its own); levels (ratios, rates, indices) are planned at their target.
 */

import { rollUp } from '../indicators/rules.ts';
import type { IndicatorKind, RollupRule } from '../indicators/schema.ts';
import type { CityRule } from './schema.ts';

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The city rule from the rules of the indicators linked to it. */
export function cityRuleOf(rules: RollupRule[]): CityRule {
  if (!rules.length) return 'unlinked';
  const first = rules[0] as RollupRule;
  return rules.every((r) => r === first) ? first : 'mixed';
}

export interface WardFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  isEstimate?: boolean;
}

export interface CityFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  isEstimate: boolean;
  /** Wards whose figure was used (a ratio needs both parts). */
  used: number;
  noData: 'not_reported' | 'no_rollup' | 'zero_denominator' | 'not_linked' | null;
}

/** The city's figure from the wards' figures by the rule. */
export function rollUpWards(rule: CityRule, factor: number | null, wards: WardFigure[]): CityFigure {
  const empty = (noData: CityFigure['noData'], used = 0): CityFigure => ({
    value: null,
    numerator: null,
    denominator: null,
    isEstimate: false,
    used,
    noData,
  });
  if (rule === 'unlinked') return empty('not_linked');
  if (rule === 'none' || rule === 'mixed') return empty('no_rollup');
  if (rule === 'sum') {
    const used = wards.filter((w) => finite(w.value));
    if (!used.length) return empty('not_reported');
    const r = rollUp('sum', used);
    return {
      value: r.value,
      numerator: null,
      denominator: null,
      isEstimate: used.some((w) => w.isEstimate),
      used: r.used,
      noData: null,
    };
  }
  const used = wards.filter((w) => finite(w.numerator) && finite(w.denominator));
  if (!used.length) return empty(wards.some((w) => finite(w.value)) ? 'no_rollup' : 'not_reported');
  const r = rollUp('ratio', used, factor ?? 100);
  if (r.value === null) return { ...empty('zero_denominator', used.length) };
  return {
    value: r.value,
    numerator: r.numerator ?? null,
    denominator: r.denominator ?? null,
    isEstimate: used.some((w) => w.isEstimate),
    used: used.length,
    noData: null,
  };
}

/**
 * The plan at the `index`-th (0-based) of `count` periods: a linear share of the target for flows (sum, count),
 * the target itself for levels. Null without a target.
 */
export function plannedAt(
  kind: IndicatorKind,
  target: number | null,
  index: number,
  count: number,
): number | null {
  if (!finite(target)) return null;
  if (kind !== 'sum' && kind !== 'count') return target;
  if (count <= 0 || index < 0) return null;
  const share = Math.min(1, (index + 1) / count);
  return Math.round(target * share * 1000) / 1000;
}
