/**
 * Progress schedules (đường găng tiến độ): the planned value at the end of each period, from the baseline to the
 * target. For flows (sum, count) the values are cumulative since the start; for levels (ratios, rates, indices) they
 * are the level expected at that time. For `at_most` and `band` indicators the same path is the allowed ceiling
 * (or the band's centre line) over time.
 */

/** Rounds away floating noise (0.1 + 0.2) without hiding real decimals. */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/** Evenly from baseline to target over n periods: the last period reaches the target exactly. */
export function linearSchedule(baseline: number, target: number, n: number): number[] {
  if (!Number.isInteger(n) || n <= 0) return [];
  return Array.from({ length: n }, (_, i) => clean(baseline + ((target - baseline) * (i + 1)) / n));
}

/**
 * In steps: the value rises every `every` periods (e.g. every quarter within a monthly schedule) and stays flat in
 * between; the last period always reaches the target.
 */
export function steppedSchedule(baseline: number, target: number, n: number, every: number): number[] {
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(every) || every <= 0) return [];
  const steps = Math.ceil(n / every);
  return Array.from({ length: n }, (_, i) => {
    const step = i === n - 1 ? steps : Math.floor((i + 1) / every);
    return clean(baseline + ((target - baseline) * step) / steps);
  });
}

/**
 * Shaped like last year: last year's per-period amounts give the share of the year reached by each period end
 * (budget revenue comes in unevenly). Falls back to linear — and says so — when last year has no usable shape.
 */
export function shapedSchedule(
  baseline: number,
  target: number,
  lastYear: (number | null)[],
): { values: number[]; fellBackToLinear: boolean } {
  const n = lastYear.length;
  const amounts = lastYear.map((v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0));
  const total = amounts.reduce((a, b) => a + b, 0);
  if (n === 0 || total <= 0) return { values: linearSchedule(baseline, target, n), fellBackToLinear: true };
  let cum = 0;
  const values = amounts.map((a, i) => {
    cum += a;
    return i === n - 1 ? target : clean(baseline + ((target - baseline) * cum) / total);
  });
  return { values, fellBackToLinear: false };
}
