/** Rows of the schedule chart: planned path (or band), actual values, and the dashed projection to the end. */
import type { Schedule } from '@thidua/shared';
import type { Draft } from './draft.ts';

export interface ChartRow {
  periodId: string;
  label: string;
  endsOn: string;
  planned: number | null;
  /** [low, high] of a band indicator, for the shaded area. */
  band: [number, number] | null;
  actual: number | null;
  isEstimate: boolean;
  projection: number | null;
}

/**
 * Joins the draft's planned values (what the table shows) with the server's actual values. The projection runs in
 * a straight line from the last actual value to the server's projected value at the last period.
 */
export function chartRows(s: Schedule, d: Draft): ChartRow[] {
  const rows: ChartRow[] = s.points.map((p, i) => {
    const plan = d.points[i] ?? p;
    const low = plan.plannedLow;
    const high = plan.plannedHigh;
    return {
      periodId: p.periodId,
      label: p.label,
      endsOn: p.endsOn,
      planned: plan.planned,
      band: low !== null && high !== null ? [low, high] : null,
      actual: p.actual,
      isEstimate: p.isEstimate,
      projection: null,
    };
  });
  const last = lastActualIndex(rows);
  const end = rows.length - 1;
  const from = last === -1 ? null : rows[last]?.actual;
  if (s.projection !== null && from !== null && from !== undefined && last < end) {
    for (let i = last; i <= end; i++) {
      const row = rows[i];
      if (row) row.projection = from + ((s.projection - from) * (i - last)) / (end - last);
    }
  }
  return rows;
}

/** Index of the last period with an actual value, -1 when none. */
export function lastActualIndex(rows: { actual: number | null }[]): number {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]?.actual !== null) return i;
  return -1;
}

/** The period that contains `today` (ISO), when today falls inside the schedule; null otherwise. */
export function periodOfToday(
  rows: { endsOn: string; periodId: string }[],
  startsOn: string | null,
  today: string,
): string | null {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || row.endsOn < today) continue;
    const prev = rows[i - 1];
    const start = prev ? prev.endsOn : (startsOn ?? '');
    return start <= today ? row.periodId : null;
  }
  return null;
}
