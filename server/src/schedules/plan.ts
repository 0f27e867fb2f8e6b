/**
 * Which planned values apply to an indicator for a unit: the unit's own schedule; for an indicator reported by a
 * single unit, for a level (a ratio, rate or index: 95 % of households applies to every tổ dân phố alike) or for the
 * indicator as a whole, the indicator-wide schedule; failing both, a linear proposal from the baseline to the target
 * (a band or "maintain" target is flat over time). A flow (sum, count) shared by several units has no plan for one
 * unit until the office gives that unit a schedule — the ward's total is not the unit's.
 */
import { isFlow, linearSchedule, type SchedulePoint } from '@thidua/shared';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import { toIso } from '../util/time.ts';
import type { ScheduleRow } from './schedules.repo.ts';

export interface Plan {
  method: 'linear' | 'stepped' | 'shaped' | 'manual';
  saved: boolean;
  version: number;
  baseline: number | null;
  target: number | null;
  points: Map<string, Omit<SchedulePoint, 'periodId'>>;
  updatedAt: string | null;
}

/** The linear proposal for an indicator over these periods (nothing stored). */
export function proposal(
  ind: IndicatorRow,
  periodIds: string[],
  baseline?: number | null,
  target?: number | null,
): Plan {
  const points = new Map<string, Omit<SchedulePoint, 'periodId'>>();
  const t = target !== undefined ? target : ind.targetValue;
  let b = baseline !== undefined ? baseline : ind.baselineValue;
  if (ind.direction === 'band') {
    for (const p of periodIds)
      points.set(p, { planned: null, plannedLow: ind.targetLow, plannedHigh: ind.targetHigh });
    return { method: 'linear', saved: false, version: 0, baseline: b, target: t, points, updatedAt: null };
  }
  if (ind.direction === 'maintain') {
    const tol = ind.tolerance ?? 0;
    for (const p of periodIds)
      points.set(p, {
        planned: t,
        plannedLow: t === null ? null : t - tol,
        plannedHigh: t === null ? null : t + tol,
      });
    return { method: 'linear', saved: false, version: 0, baseline: b, target: t, points, updatedAt: null };
  }
  if (b === null && isFlow(ind.kind as never)) b = 0;
  const values =
    t === null ? [] : b === null ? periodIds.map(() => t) : linearSchedule(b, t, periodIds.length);
  periodIds.forEach((p, i) => {
    points.set(p, { planned: values[i] ?? null, plannedLow: null, plannedHigh: null });
  });
  return { method: 'linear', saved: false, version: 0, baseline: b, target: t, points, updatedAt: null };
}

export function fromRow(row: ScheduleRow): Plan {
  return {
    method: row.method as Plan['method'],
    saved: true,
    version: row.version,
    baseline: row.baseline,
    target: row.target,
    points: new Map(
      row.points.map((p) => [
        p.periodId,
        { planned: p.planned, plannedLow: p.plannedLow, plannedHigh: p.plannedHigh },
      ]),
    ),
    updatedAt: toIso(row.updatedAt),
  };
}

/** The plan for (indicator, unit) — unitId null = the indicator as a whole; null when none applies. */
export function planFor(
  ind: IndicatorRow,
  unitId: number | null,
  schedules: ScheduleRow[],
  assignedCount: number,
  periodIds: string[],
): Plan | null {
  const own = schedules.find((s) => s.indicatorId === ind.id && s.unitId === unitId);
  if (own) return fromRow(own);
  if (unitId !== null && assignedCount > 1 && isFlow(ind.kind as never)) return null;
  const whole = schedules.find((s) => s.indicatorId === ind.id && s.unitId === null);
  if (whole) return fromRow(whole);
  return proposal(ind, periodIds);
}
