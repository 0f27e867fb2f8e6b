import { describe, expect, it } from 'vitest';
import { type TotalRow, wholeFromTotal, wholeFromValues } from './totals.ts';

const total = (t: Partial<TotalRow>): TotalRow => ({
  campaignId: 1,
  indicatorId: 1,
  periodId: '2025-10',
  valueSum: null,
  numeratorSum: null,
  denominatorSum: null,
  valueSingle: null,
  unitsReported: 0,
  ratioParts: 0,
  hasEstimate: false,
  refreshedAt: '',
  ...t,
});
const v = (
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
  isEstimate = false,
) => ({
  value,
  numerator,
  denominator,
  isEstimate,
});

describe('whole value of an indicator over its units', () => {
  it('sums flows, divides summed parts for ratios', () => {
    expect(
      wholeFromTotal({ kind: 'sum', factor: null }, total({ valueSum: 36692, unitsReported: 3 })),
    ).toMatchObject({
      value: 36692,
      unitsReported: 3,
      noData: null,
    });
    const r = wholeFromTotal(
      { kind: 'ratio', factor: 100 },
      total({ valueSum: 190, numeratorSum: 90, denominatorSum: 120, unitsReported: 2, ratioParts: 2 }),
    );
    expect(r).toMatchObject({ value: 75, numerator: 90, denominator: 120 });
    // The same from unit values: 10/20 (50 %) and 80/100 (80 %) is 75 %, not the 65 % of averaged percentages.
    expect(wholeFromValues({ kind: 'ratio', factor: 100 }, [v(50, 10, 20), v(80, 80, 100)]).value).toBe(75);
  });
  it('a zero denominator, a shared rate, nothing reported: a reason, never NaN', () => {
    expect(
      wholeFromTotal(
        { kind: 'ratio', factor: 100 },
        total({ valueSum: 0, numeratorSum: 0, denominatorSum: 0, unitsReported: 1, ratioParts: 1 }),
      ),
    ).toMatchObject({ value: null, noData: 'zero_denominator' });
    expect(wholeFromValues({ kind: 'rate_per_mille', factor: null }, [v(12.1), v(12.4)])).toMatchObject({
      value: null,
      noData: 'no_rollup',
    });
    expect(wholeFromValues({ kind: 'index', factor: null }, [v(109.2, null, null, true)])).toMatchObject({
      value: 109.2,
      isEstimate: true,
    });
    expect(wholeFromTotal({ kind: 'count', factor: null }, undefined)).toMatchObject({
      value: null,
      unitsReported: 0,
      noData: 'not_reported',
    });
    expect(wholeFromValues({ kind: 'sum', factor: null }, [v(null)])).toMatchObject({
      noData: 'not_reported',
    });
    // A ratio entered as a bare percentage by a single unit stands alone; by several units it cannot be combined.
    expect(wholeFromValues({ kind: 'ratio', factor: 100 }, [v(96)])).toMatchObject({ value: 96 });
    expect(wholeFromValues({ kind: 'ratio', factor: 100 }, [v(96), v(90)])).toMatchObject({
      noData: 'no_rollup',
    });
  });
});
