import { describe, expect, it } from 'vitest';
import {
  childrenSumProblem,
  linkProblem,
  rollUp,
  type TargetShape,
  targetProblems,
  wouldCycle,
} from './rules.ts';

const base: TargetShape = {
  kind: 'ratio',
  direction: 'at_least',
  unitOfMeasure: '%',
  targetValue: 100,
  targetLow: null,
  targetHigh: null,
  tolerance: null,
  factor: 100,
  allowOver100: false,
};
const paths = (i: TargetShape) => targetProblems(i).map((p) => p.path);

describe('targetProblems', () => {
  it('accepts the plan’s real targets', () => {
    expect(targetProblems(base)).toEqual([]);
    expect(targetProblems({ ...base, targetValue: 18.2 })).toEqual([]);
    expect(
      targetProblems({ ...base, kind: 'sum', unitOfMeasure: 'triệu đồng', factor: null, targetValue: 36692 }),
    ).toEqual([]);
    expect(
      targetProblems({ ...base, kind: 'count', unitOfMeasure: 'lượt hộ', factor: null, targetValue: 294 }),
    ).toEqual([]);
    expect(targetProblems({ ...base, direction: 'at_most', targetValue: 4.8 })).toEqual([]);
    expect(
      targetProblems({
        ...base,
        kind: 'index',
        unitOfMeasure: 'bé trai/100 bé gái',
        factor: null,
        direction: 'band',
        targetValue: 109.2,
        targetLow: 103,
        targetHigh: 109.2,
      }),
    ).toEqual([]);
    expect(targetProblems({ ...base, direction: 'maintain', targetValue: 96, tolerance: 1 })).toEqual([]);
  });
  it('refuses a percentage over 100 unless the indicator allows it', () => {
    expect(paths({ ...base, targetValue: 120 })).toEqual(['targetValue']);
    expect(targetProblems({ ...base, targetValue: 120, allowOver100: true })).toEqual([]);
    expect(paths({ ...base, kind: 'sum', factor: null, unitOfMeasure: '%', targetValue: 101 })).toEqual([
      'targetValue',
    ]);
  });
  it('refuses negative and fractional counts', () => {
    const c = { ...base, kind: 'count' as const, unitOfMeasure: 'hộ', factor: null };
    expect(targetProblems({ ...c, targetValue: -1 }).map((p) => p.message)).toContain(
      'Chỉ tiêu không được âm',
    );
    expect(targetProblems({ ...c, targetValue: 2.5 }).map((p) => p.message)).toContain(
      'Chỉ tiêu số lượng phải là số nguyên',
    );
  });
  it('refuses a band whose low is above its high, and a band without bounds', () => {
    const b = {
      ...base,
      kind: 'index' as const,
      unitOfMeasure: 'chỉ số',
      factor: null,
      direction: 'band' as const,
      targetValue: null,
    };
    expect(paths({ ...b, targetLow: 110, targetHigh: 104 })).toEqual(['targetLow']);
    expect(paths({ ...b, targetLow: null, targetHigh: null })).toEqual(['targetLow', 'targetHigh']);
    expect(paths({ ...b, targetLow: 104, targetHigh: 110, targetValue: 111 })).toEqual(['targetValue']);
  });
  it('needs a target, a factor for ratios, and a tolerance for maintain', () => {
    expect(paths({ ...base, targetValue: null })).toEqual(['targetValue']);
    expect(paths({ ...base, factor: null })).toEqual(['factor']);
    expect(paths({ ...base, direction: 'maintain', tolerance: null })).toEqual(['tolerance']);
    expect(
      paths({ ...base, kind: 'rate_per_mille', unitOfMeasure: '‰', factor: null, targetValue: 1200 }),
    ).toEqual(['targetValue']);
  });
});

describe('childrenSumProblem', () => {
  const sources = [
    { code: 'CT01.1', targetValue: 11232 },
    { code: 'CT01.2', targetValue: 9100 },
    { code: 'CT01.3', targetValue: 8500 },
    { code: 'CT01.4', targetValue: 7000 },
  ];
  it('accepts the four main revenue sources (35.832) inside the total (36.692)', () => {
    expect(childrenSumProblem('must_not_exceed', 36692, sources)).toBeNull();
  });
  it('refuses children that exceed the parent, or do not add up when they must', () => {
    expect(childrenSumProblem('must_not_exceed', 30000, sources)).toMatch(/vượt/);
    expect(childrenSumProblem('must_equal', 36692, sources)).toMatch(/phải bằng/);
    expect(childrenSumProblem('must_equal', 35832, sources)).toBeNull();
    expect(childrenSumProblem('none', 1, sources)).toBeNull();
  });
});

describe('rollUp', () => {
  it('sums values and reports missing parts', () => {
    expect(rollUp('sum', [{ value: 10 }, { value: 5.5 }, { value: null }])).toEqual({
      value: 15.5,
      used: 2,
      missing: 1,
    });
  });
  it('computes ratios from summed numerators and denominators, not averaged percentages', () => {
    // 90/100 = 90 % and 1/10 = 10 %: the average of percentages would be 50 %, the true ratio is 91/110.
    const r = rollUp('ratio', [
      { numerator: 90, denominator: 100 },
      { numerator: 1, denominator: 10 },
    ]);
    expect(r.value).toBeCloseTo((91 / 110) * 100, 10);
    expect(r).toMatchObject({ numerator: 91, denominator: 110, used: 2, missing: 0 });
  });
  it('gives no value for "none" and for an empty denominator', () => {
    expect(rollUp('none', [{ value: 1 }]).value).toBeNull();
    expect(rollUp('ratio', [{ numerator: 0, denominator: 0 }]).value).toBeNull();
    expect(rollUp('ratio', [{ numerator: 5, denominator: 10 }], 1000).value).toBe(500);
  });
});

describe('linkProblem and wouldCycle', () => {
  it('requires the same kind and a rule that suits it', () => {
    expect(linkProblem({ kind: 'ratio', rollupRule: 'ratio' }, { kind: 'ratio' })).toBeNull();
    expect(linkProblem({ kind: 'ratio', rollupRule: 'sum' }, { kind: 'ratio' })).toMatch(/không dùng được/);
    expect(linkProblem({ kind: 'count', rollupRule: 'sum' }, { kind: 'ratio' })).toMatch(/cùng loại/);
    expect(linkProblem({ kind: 'index', rollupRule: 'sum' }, { kind: 'index' })).toMatch(/không dùng được/);
  });
  it('detects cycles in parent chains', () => {
    const parent = new Map<number, number | null>([
      [1, null],
      [2, 1],
      [3, 2],
    ]);
    expect(wouldCycle(1, 3, (id) => parent.get(id))).toBe(true);
    expect(wouldCycle(4, 3, (id) => parent.get(id))).toBe(false);
    expect(wouldCycle(2, 2, (id) => parent.get(id))).toBe(true);
  });
});

describe('report range of an indicator', () => {
  it('needs min ≤ max when both are given', async () => {
    const { targetProblems } = await import('./rules.ts');
    const base = {
      kind: 'sum' as const,
      direction: 'at_least' as const,
      unitOfMeasure: 'triệu đồng',
      targetValue: 100,
      targetLow: null,
      targetHigh: null,
      tolerance: null,
      factor: null,
      allowOver100: false,
    };
    expect(targetProblems({ ...base, minValue: 10, maxValue: 5 })).toEqual([
      { path: 'maxValue', message: 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất' },
    ]);
    expect(targetProblems({ ...base, minValue: 0, maxValue: 5 })).toEqual([]);
    expect(targetProblems({ ...base, minValue: 0 })).toEqual([]);
  });
});
