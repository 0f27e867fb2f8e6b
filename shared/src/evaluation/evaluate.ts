/**
 * Evaluation of a cell (indicator × unit × period), of a unit (indicators, timeliness, completeness, the office's
 * hand scores) and the trend between two periods. Pure; "no data" is null, never NaN or Infinity.
 */
import type { Direction } from '../indicators/schema.ts';
import type { EvaluationWeights, NoDataReason, Trend } from './schema.ts';
import { completion, score, weightedMean } from './score.ts';

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const vn = (x: number, d = 2) => String(Math.round(x * 10 ** d) / 10 ** d).replace('.', ',');

/** Money indicators (triệu đồng, tỷ đồng, nghìn đồng) show in their unit with sub-sources on the overview. */
export const isMoney = (unitOfMeasure: string) => /đồng/i.test(unitOfMeasure.normalize('NFC'));

export interface CellInput {
  direction: Direction;
  actual: number | null | undefined;
  /** The plan at this period (cumulative value, ceiling or level); falls back to the final target. */
  planned?: number | null;
  plannedLow?: number | null;
  plannedHigh?: number | null;
  target: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
  tolerance?: number | null;
  /** Completion earning 10 points (default 1) and the red flag at or below which the score is 0. */
  full?: number | null;
  redFlag?: number | null;
}

export interface CellResult {
  completion: number | null;
  score: number | null;
  redFlag: boolean;
  noData: NoDataReason | null;
}

/**
 * Completion and score of a value against the plan for its period: at_least / at_most against the planned value
 * (or the final target without a plan), maintain against target ± tolerance, band against the planned band (or
 * the target band). A missing value is `no_value`, a missing yardstick `no_target`.
 */
export function evaluateCell(i: CellInput): CellResult {
  const empty = (noData: NoDataReason): CellResult => ({
    completion: null,
    score: null,
    redFlag: false,
    noData,
  });
  if (!finite(i.actual)) return empty('no_value');
  let c: number | null;
  if (i.direction === 'band') {
    const lo = finite(i.plannedLow) ? i.plannedLow : i.targetLow;
    const hi = finite(i.plannedHigh) ? i.plannedHigh : i.targetHigh;
    c = completion({ direction: 'band', actual: i.actual, target: null, targetLow: lo, targetHigh: hi });
  } else if (i.direction === 'maintain') {
    c = completion({ direction: 'maintain', actual: i.actual, target: i.target, tolerance: i.tolerance });
  } else {
    const yardstick = finite(i.planned) ? i.planned : i.target;
    c = completion({ direction: i.direction, actual: i.actual, target: yardstick });
  }
  if (c === null) return empty('no_target');
  const red = finite(i.redFlag) ? i.redFlag : 0.5;
  const full = finite(i.full) && i.full > red ? i.full : 1;
  return { completion: c, score: score(c, { full, redFlag: red }), redFlag: c <= red, noData: null };
}

/** Better / worse / same from the previous period's value to this one, by the indicator's direction. */
export function trendOf(
  direction: Direction,
  previous: number | null | undefined,
  current: number | null | undefined,
  target?: { target?: number | null; low?: number | null; high?: number | null },
): Trend {
  if (!finite(previous) || !finite(current)) return null;
  if (Math.abs(current - previous) < 1e-9) return 'same';
  switch (direction) {
    case 'at_least':
      return current > previous ? 'better' : 'worse';
    case 'at_most':
      return current < previous ? 'better' : 'worse';
    case 'maintain': {
      const t = target?.target;
      if (!finite(t)) return null;
      const d = Math.abs(current - t) - Math.abs(previous - t);
      return Math.abs(d) < 1e-9 ? 'same' : d < 0 ? 'better' : 'worse';
    }
    case 'band': {
      const lo = target?.low;
      const hi = target?.high;
      if (!finite(lo) || !finite(hi)) return null;
      const dist = (x: number) => (x < lo ? lo - x : x > hi ? x - hi : 0);
      const d = dist(current) - dist(previous);
      return Math.abs(d) < 1e-9 ? 'same' : d < 0 ? 'better' : 'worse';
    }
  }
}

/** Trend of a score (higher is better). */
export function scoreTrend(previous: number | null, current: number | null): Trend {
  return trendOf('at_least', previous, current);
}

/** Timeliness on a 0–10 scale: a report on time earns 1, a late one ½, a missing one 0; null with nothing due. */
export function timelinessScore(r: { due: number; onTime: number; late: number }): number | null {
  if (!(r.due > 0)) return null;
  return Math.round(((10 * (r.onTime + 0.5 * r.late)) / r.due) * 100) / 100;
}

/** Completeness on a 0–10 scale: share of the unit's assigned indicators with a counted value this period. */
export function completenessScore(assigned: number, withValue: number): number | null {
  if (!(assigned > 0)) return null;
  return Math.round(((10 * Math.min(withValue, assigned)) / assigned) * 100) / 100;
}

export interface UnitParts {
  indicators: number | null;
  timeliness: number | null;
  completeness: number | null;
  manual: number | null;
}

const PART_LABELS: Record<keyof UnitParts, string> = {
  indicators: 'Chỉ tiêu',
  timeliness: 'Đúng hạn',
  completeness: 'Đầy đủ',
  manual: 'Tiêu chí chấm tay',
};

/**
 * A unit's total: the weighted mean of the parts that have a value (a part without data is left out and its
 * weight with it, and the explanation says so) — but no total at all while no indicator has a score (a unit is
 * not ranked on punctuality alone). Returns the total and the computation in words.
 */
export function unitTotal(
  parts: UnitParts,
  weights: EvaluationWeights,
): { total: number | null; lines: string[] } {
  const keys = Object.keys(PART_LABELS) as (keyof UnitParts)[];
  const used = keys.filter((k) => finite(parts[k]) && weights[k] > 0);
  const total = weightedMean(used.map((k) => ({ value: parts[k], weight: weights[k] })));
  const lines: string[] = [];
  for (const k of keys) {
    if (!(weights[k] > 0)) continue;
    const v = parts[k];
    lines.push(
      finite(v)
        ? `${PART_LABELS[k]}: ${vn(v)} điểm × trọng số ${vn(weights[k])}`
        : `${PART_LABELS[k]}: không có dữ liệu, không tính`,
    );
  }
  // Timeliness and completeness alone do not make a result: without any scored indicator there is no total.
  if (weights.indicators > 0 && !finite(parts.indicators)) {
    lines.push('Chưa có chỉ tiêu nào có số liệu để chấm — chưa xếp loại');
    return { total: null, lines };
  }
  if (total !== null) {
    const sumW = used.reduce((s, k) => s + weights[k], 0);
    lines.push(
      `Tổng: ${used.map((k) => `${vn(parts[k] as number)}×${vn(weights[k])}`).join(' + ')} ÷ ${vn(sumW)} = ${vn(total)}`,
    );
  } else lines.push('Chưa đủ dữ liệu để chấm điểm');
  return { total, lines };
}

/** The sentence under a shared rank: who shares it and that no tie-breaker separated them. */
export function tieNote(names: string[], score: number | null): string | null {
  if (!names.length || !finite(score)) return null;
  return `Đồng hạng với ${names.join(', ')} (cùng ${vn(score)} điểm, cùng tỷ lệ nộp đúng hạn)`;
}
