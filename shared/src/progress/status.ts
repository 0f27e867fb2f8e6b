/**
 * Status of an indicator for a unit at a check: achieved, on track, at risk, off track, or no data. A missing or
 * stale report is always "no data", whatever the last number was. Direction-aware.
 */
import { z } from 'zod';
import type { Direction } from '../indicators/schema.ts';

export const PROGRESS_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export const ProgressStatusEnum = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, { vi: string; en: string }> = {
  achieved: { vi: 'Đã đạt', en: 'Achieved' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  at_risk: { vi: 'Có nguy cơ chậm', en: 'At risk' },
  off_track: { vi: 'Chậm tiến độ', en: 'Off track' },
  no_data: { vi: 'Chưa có số liệu', en: 'No data' },
};

export interface StatusInput {
  direction: Direction;
  target: number | null;
  targetLow?: number | null;
  targetHigh?: number | null;
  tolerance?: number | null;
  /** Planned value (or ceiling) at this check, from the schedule. */
  planned: number | null;
  actual: number | null | undefined;
  /** The latest report is older than the period being checked. */
  stale?: boolean;
  /** How far behind (as a share of the planned value, or of the band width / tolerance) still counts as "at risk". */
  riskMargin?: number;
}

export function progressStatus(s: StatusInput): ProgressStatus {
  const { actual } = s;
  if (actual === null || actual === undefined || !Number.isFinite(actual) || s.stale) return 'no_data';
  const m = s.riskMargin ?? 0.1;
  switch (s.direction) {
    case 'at_least': {
      if (s.target !== null && actual >= s.target) return 'achieved';
      if (s.planned === null) return 'on_track';
      if (actual >= s.planned) return 'on_track';
      return actual >= s.planned * (1 - m) ? 'at_risk' : 'off_track';
    }
    case 'at_most': {
      const ceiling = s.planned ?? s.target;
      if (ceiling === null) return 'on_track';
      if (s.target !== null && actual <= s.target) return 'achieved';
      if (actual <= ceiling) return 'on_track';
      return actual <= ceiling * (1 + m) ? 'at_risk' : 'off_track';
    }
    case 'maintain': {
      if (s.target === null) return 'on_track';
      const tol = s.tolerance ?? 0;
      const off = Math.abs(actual - s.target);
      if (off <= tol + 1e-12) return 'achieved';
      // Up to twice the tolerance is "at risk"; with no tolerance, a hundredth of the target per 10 % margin.
      const riskBand = tol > 0 ? 2 * tol : (Math.abs(s.target) * m) / 10;
      return off <= riskBand ? 'at_risk' : 'off_track';
    }
    case 'band': {
      const lo = s.targetLow ?? null;
      const hi = s.targetHigh ?? null;
      if (lo === null || hi === null) return 'on_track';
      if (actual >= lo && actual <= hi) return 'achieved';
      const slack = Math.max((hi - lo) * m, Math.abs(hi) * 0.01);
      return actual >= lo - slack && actual <= hi + slack ? 'at_risk' : 'off_track';
    }
  }
}

/** What each remaining period must add (flows) to reach the target; 0 when already there, null when no time is left. */
export function paceNeeded(
  target: number,
  actualCumulative: number,
  remainingPeriods: number,
): number | null {
  if (remainingPeriods <= 0) return null;
  return Math.max(0, (target - actualCumulative) / remainingPeriods);
}

/**
 * Straight-line projection to the end of the campaign from the share of time elapsed (0 < elapsed ≤ 1):
 * flows extrapolate the cumulative value; levels extrapolate the change from the baseline.
 */
export function projectToEnd(
  kind: 'flow' | 'level',
  actual: number,
  elapsed: number,
  baseline = 0,
): number | null {
  if (!(elapsed > 0) || elapsed > 1) return null;
  return kind === 'flow' ? actual / elapsed : baseline + (actual - baseline) / elapsed;
}

/**
 * A level (ratio, rate, index) projected to the last of `values.length` periods from its own trend: the straight
 * line from the first known value (or the baseline, as the value before the first period) to the last; flat with
 * a single value; clamped to the bounds (0–100 for a percentage). Null without any value.
 */
export function projectLevel(
  values: (number | null)[],
  baseline: number | null,
  bounds: { min?: number; max?: number } = {},
): number | null {
  const pts = values.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [{ i, v }]));
  const last = pts.at(-1);
  if (!last) return null;
  const first = baseline !== null && Number.isFinite(baseline) ? { i: -1, v: baseline } : pts[0];
  let p = last.v;
  if (first && first.i < last.i)
    p = last.v + ((last.v - first.v) / (last.i - first.i)) * (values.length - 1 - last.i);
  if (bounds.min !== undefined) p = Math.max(bounds.min, p);
  if (bounds.max !== undefined) p = Math.min(bounds.max, p);
  return p;
}
