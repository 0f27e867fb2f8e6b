import { describe, expect, it } from 'vitest';
import { cityRuleOf, plannedAt, rollUpWards } from './rollup.ts';

describe('cityRuleOf', () => {
  it('takes the linked indicators’ common rule, mixed when they differ, unlinked when none', () => {
    expect(cityRuleOf(['sum', 'sum', 'sum'])).toBe('sum');
    expect(cityRuleOf(['ratio'])).toBe('ratio');
    expect(cityRuleOf(['none', 'none'])).toBe('none');
    expect(cityRuleOf(['sum', 'none'])).toBe('mixed');
    expect(cityRuleOf([])).toBe('unlinked');
  });
});

describe('rollUpWards', () => {
  it('sum: adds the wards that reported (36.692 + 41.250,5 + 12.000 = 89.942,5), skips the rest', () => {
    const r = rollUpWards('sum', null, [
      { value: 36692, numerator: null, denominator: null },
      { value: 41250.5, numerator: null, denominator: null, isEstimate: true },
      { value: 12000, numerator: null, denominator: null },
      { value: null, numerator: null, denominator: null },
    ]);
    expect(r.value).toBeCloseTo(89942.5, 9);
    expect(r.used).toBe(3);
    expect(r.isEstimate).toBe(true);
    expect(r.noData).toBeNull();
  });

  it('ratio: Σ numerators / Σ denominators × 100, not the mean of the percentages', () => {
    // Ward A: 9.500 / 10.000 = 95 %; ward B: 300 / 600 = 50 %. Mean of percentages would be 72,5 %;
    // the city's true share is 9.800 / 10.600 = 92,4528… %.
    const r = rollUpWards('ratio', 100, [
      { value: 95, numerator: 9500, denominator: 10000 },
      { value: 50, numerator: 300, denominator: 600 },
    ]);
    expect(r.numerator).toBe(9800);
    expect(r.denominator).toBe(10600);
    expect(r.value).toBeCloseTo((9800 / 10600) * 100, 9);
    expect(r.value).not.toBeCloseTo(72.5, 1);
  });

  it('ratio per mille: births per 1.000 people with factor 1000', () => {
    // 120 births / 10.000 people and 30 / 5.000 → 150 / 15.000 = 10 ‰.
    const r = rollUpWards('ratio', 1000, [
      { value: 12, numerator: 120, denominator: 10000 },
      { value: 6, numerator: 30, denominator: 5000 },
    ]);
    expect(r.value).toBeCloseTo(10, 9);
  });

  it('ratio: a ward with only a bare percentage cannot be added; with no parts at all there is no figure', () => {
    const mixed = rollUpWards('ratio', 100, [
      { value: 80, numerator: 80, denominator: 100 },
      { value: 40, numerator: null, denominator: null },
    ]);
    expect(mixed.value).toBeCloseTo(80, 9);
    expect(mixed.used).toBe(1);
    expect(rollUpWards('ratio', 100, [{ value: 40, numerator: null, denominator: null }]).noData).toBe(
      'no_rollup',
    );
    expect(rollUpWards('ratio', 100, [{ value: 0, numerator: 0, denominator: 0 }]).noData).toBe(
      'zero_denominator',
    );
  });

  it('none and mixed give no city figure; unlinked says so; nobody reporting is not_reported', () => {
    const wards = [{ value: 108.5, numerator: null, denominator: null }];
    expect(rollUpWards('none', null, wards)).toMatchObject({ value: null, noData: 'no_rollup' });
    expect(rollUpWards('mixed', null, wards)).toMatchObject({ value: null, noData: 'no_rollup' });
    expect(rollUpWards('unlinked', null, [])).toMatchObject({ value: null, noData: 'not_linked' });
    expect(rollUpWards('sum', null, [{ value: null, numerator: null, denominator: null }]).noData).toBe(
      'not_reported',
    );
  });
});

describe('plannedAt', () => {
  it('flows follow the target linearly; levels are planned at the target', () => {
    // Four monthly periods (Sep–Dec): November is the third → 3/4 of 100.000.
    expect(plannedAt('sum', 100000, 2, 4)).toBe(75000);
    expect(plannedAt('count', 294, 0, 4)).toBe(73.5);
    expect(plannedAt('count', 294, 3, 4)).toBe(294);
    expect(plannedAt('ratio', 96.4, 0, 4)).toBe(96.4);
    expect(plannedAt('index', 109.2, 1, 4)).toBe(109.2);
    expect(plannedAt('sum', null, 1, 4)).toBeNull();
    expect(plannedAt('sum', 10, 9, 4)).toBe(10);
  });
});
