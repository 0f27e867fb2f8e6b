/**
 * Evaluation (issue 6 groundwork): completion of an indicator, direction-aware; a 0–10 score from it; weighted
 * averages; classification into bands with the rule that decided; ranking with ties explained. Pure functions:
 * no NaN or Infinity ever comes out — "no data" is `null`, and callers show "không có dữ liệu".
 */
import type { Direction } from '../indicators/schema.ts';

export interface CompletionInput {
  direction: Direction;
  actual: number | null | undefined;
  target: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
  tolerance?: number | null;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Completion as a share (1 = 100 %), or null when it cannot be known:
 * - at_least: actual / target (a zero target is met by any actual ≥ 0);
 * - at_most: 1 when actual ≤ target, else target / actual (a zero target: 1 at zero, 0 above);
 * - maintain: 1 within ± tolerance, then falls by the distance beyond it, relative to the target;
 * - band: 1 inside [low, high], then falls by the distance to the nearer edge, relative to that edge.
 * Never negative; may exceed 1 only for at_least (over-achievement).
 */
export function completion(i: CompletionInput): number | null {
  const a = i.actual;
  if (!finite(a)) return null;
  switch (i.direction) {
    case 'at_least': {
      if (!finite(i.target)) return null;
      if (i.target === 0) return a >= 0 ? 1 : 0;
      return round(Math.max(0, a / i.target));
    }
    case 'at_most': {
      if (!finite(i.target)) return null;
      if (a <= i.target) return 1;
      if (i.target <= 0) return 0;
      return round(Math.max(0, i.target / a));
    }
    case 'maintain': {
      if (!finite(i.target)) return null;
      const tol = finite(i.tolerance) ? Math.abs(i.tolerance) : 0;
      const off = Math.abs(a - i.target) - tol;
      if (off <= 1e-12) return 1;
      const scale = Math.abs(i.target) || 1;
      return round(Math.max(0, 1 - off / scale));
    }
    case 'band': {
      const lo = i.targetLow;
      const hi = i.targetHigh;
      if (!finite(lo) || !finite(hi)) return null;
      if (a >= lo && a <= hi) return 1;
      const edge = a < lo ? lo : hi;
      const scale = Math.abs(edge) || 1;
      return round(Math.max(0, 1 - Math.abs(a - edge) / scale));
    }
  }
}

export interface ScoreRule {
  /** Completion that earns the full 10 points (default 1 = 100 %). */
  full?: number;
  /** Completion at or below which the score is 0 — the red flag (default 0.5 = 50 %). */
  redFlag?: number;
}

/** 0–10, linear between the red flag and full completion; null without data. Over-achievement caps at 10. */
export function score(c: number | null, rule: ScoreRule = {}): number | null {
  if (!finite(c)) return null;
  const full = rule.full ?? 1;
  const red = Math.min(rule.redFlag ?? 0.5, full);
  if (c >= full) return 10;
  if (c <= red || full === red) return 0;
  return round((10 * (c - red)) / (full - red), 2);
}

/** Weighted mean of the parts that have a value; null when none has (weights ≤ 0 are left out). */
export function weightedMean(parts: { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const p of parts) {
    if (!finite(p.value) || !finite(p.weight) || p.weight <= 0) continue;
    sum += p.value * p.weight;
    weights += p.weight;
  }
  return weights > 0 ? round(sum / weights, 2) : null;
}

export interface Band {
  code: string;
  label: string;
  /** Lowest score (inclusive) that reaches this band. */
  min: number;
}

/** The usual Vietnamese classification (xếp loại), highest first. Configurable per campaign. */
export const DEFAULT_BANDS: Band[] = [
  { code: 'excellent', label: 'Hoàn thành xuất sắc', min: 9 },
  { code: 'good', label: 'Hoàn thành tốt', min: 7 },
  { code: 'done', label: 'Hoàn thành', min: 5 },
  { code: 'not_done', label: 'Không hoàn thành', min: 0 },
];

/** The band a score falls in, with the rule in words ("điểm 8,25 ≥ 7"); null without a score. */
export function classify(
  s: number | null,
  bands: Band[] = DEFAULT_BANDS,
): { band: Band; rule: string } | null {
  if (!finite(s)) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const band = sorted.find((b) => s >= b.min) ?? sorted[sorted.length - 1];
  if (!band) return null;
  const vn = (x: number) => String(x).replace('.', ',');
  return { band, rule: `điểm ${vn(s)} ≥ ${vn(band.min)} → ${band.label}` };
}

export interface Ranked<T> {
  item: T;
  /** Standard competition ranking: 1, 2, 2, 4; null for items without a score (listed last). */
  rank: number | null;
  /** Other items sharing this rank, by index in the input, so the screen can say "đồng hạng với …". */
  tiedWith: number[];
}

/**
 * Ranks by score (higher first). Equal scores (to 2 decimals) share a rank; a tie-breaker (e.g. timeliness) may
 * separate them before they are declared tied.
 */
export function rank<T>(
  items: T[],
  scoreOf: (t: T) => number | null,
  tieBreak?: (a: T, b: T) => number,
): Ranked<T>[] {
  const key = (t: T) => {
    const s = scoreOf(t);
    return finite(s) ? Math.round(s * 100) : null;
  };
  const idx = items.map((_, i) => i);
  idx.sort((a, b) => {
    const ka = key(items[a] as T);
    const kb = key(items[b] as T);
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
    return kb - ka || (tieBreak ? tieBreak(items[a] as T, items[b] as T) : 0) || a - b;
  });
  const same = (a: number, b: number) =>
    key(items[a] as T) === key(items[b] as T) && (!tieBreak || tieBreak(items[a] as T, items[b] as T) === 0);
  const ranks: (number | null)[] = [];
  for (const [pos, i] of idx.entries()) {
    const prev = pos > 0 ? (idx[pos - 1] as number) : undefined;
    if (key(items[i] as T) === null) ranks.push(null);
    else ranks.push(prev !== undefined && same(prev, i) ? (ranks[pos - 1] ?? pos + 1) : pos + 1);
  }
  const out: Ranked<T>[] = idx.map((i, pos) => ({
    item: items[i] as T,
    rank: ranks[pos] ?? null,
    tiedWith: ranks[pos] == null ? [] : idx.filter((j, q) => j !== i && ranks[q] === ranks[pos]),
  }));
  return out;
}
