import { describe, expect, it } from 'vitest';
import { classify, completion, rank, score, weightedMean } from './score.ts';

describe('completion', () => {
  it('at_least: actual over target, over-achievement kept', () => {
    expect(completion({ direction: 'at_least', actual: 27519, target: 36692 })).toBe(0.75);
    expect(completion({ direction: 'at_least', actual: 120, target: 100 })).toBe(1.2);
    expect(completion({ direction: 'at_least', actual: 0, target: 0 })).toBe(1);
    expect(completion({ direction: 'at_least', actual: -5, target: 10 })).toBe(0);
  });
  it('at_most: met at or below the ceiling, then falls', () => {
    expect(completion({ direction: 'at_most', actual: 8, target: 8.4 })).toBe(1);
    expect(completion({ direction: 'at_most', actual: 10.5, target: 8.4 })).toBe(0.8);
    expect(completion({ direction: 'at_most', actual: 0, target: 0 })).toBe(1);
    expect(completion({ direction: 'at_most', actual: 2, target: 0 })).toBe(0);
  });
  it('maintain: full within the tolerance, then by distance', () => {
    expect(completion({ direction: 'maintain', actual: 101, target: 100, tolerance: 2 })).toBe(1);
    expect(completion({ direction: 'maintain', actual: 110, target: 100, tolerance: 2 })).toBe(0.92);
    expect(completion({ direction: 'maintain', actual: 0, target: 0, tolerance: 0 })).toBe(1);
  });
  it('band: full inside, then by distance to the nearer edge', () => {
    const band = { direction: 'band' as const, target: null, targetLow: 103, targetHigh: 107 };
    expect(completion({ ...band, actual: 105 })).toBe(1);
    expect(completion({ ...band, actual: 112.35 })).toBe(0.95);
    expect(completion({ ...band, actual: 0 })).toBe(0);
  });
  it('says "no data" instead of NaN or Infinity', () => {
    expect(completion({ direction: 'at_least', actual: null, target: 10 })).toBeNull();
    expect(completion({ direction: 'at_least', actual: 5, target: null })).toBeNull();
    expect(completion({ direction: 'at_least', actual: Number.NaN, target: 10 })).toBeNull();
    expect(
      completion({ direction: 'band', actual: 5, target: null, targetLow: null, targetHigh: 7 }),
    ).toBeNull();
  });
});

describe('score', () => {
  it('is 10 from full completion, 0 at the red flag, linear between', () => {
    expect(score(1)).toBe(10);
    expect(score(1.3)).toBe(10);
    expect(score(0.75)).toBe(5);
    expect(score(0.5)).toBe(0);
    expect(score(0.2)).toBe(0);
    expect(score(0.9, { full: 1, redFlag: 0.8 })).toBe(5);
    expect(score(null)).toBeNull();
    expect(score(0.9, { full: 0.9, redFlag: 0.9 })).toBe(10);
  });
});

describe('weightedMean', () => {
  it('weighs the parts that have values', () => {
    expect(
      weightedMean([
        { value: 10, weight: 2 },
        { value: 4, weight: 1 },
        { value: null, weight: 5 },
        { value: 1, weight: 0 },
      ]),
    ).toBe(8);
    expect(weightedMean([{ value: null, weight: 1 }])).toBeNull();
    expect(weightedMean([])).toBeNull();
  });
});

describe('classify', () => {
  it('gives the band and the rule that decided', () => {
    expect(classify(9)?.band.code).toBe('excellent');
    expect(classify(8.25)).toEqual({
      band: { code: 'good', label: 'Hoàn thành tốt', min: 7 },
      rule: 'điểm 8,25 ≥ 7 → Hoàn thành tốt',
    });
    expect(classify(4.99)?.band.code).toBe('not_done');
    expect(classify(null)).toBeNull();
  });
});

describe('rank', () => {
  it('shares ranks on ties (1, 2, 2, 4), lists unscored last, and names who is tied', () => {
    const units = [
      { name: 'TDP01', s: 7.5 },
      { name: 'TDP02', s: 9 },
      { name: 'TDP03', s: null },
      { name: 'TDP04', s: 7.5 },
      { name: 'TDP05', s: 6 },
    ];
    const r = rank(units, (u) => u.s);
    expect(r.map((x) => [x.item.name, x.rank])).toEqual([
      ['TDP02', 1],
      ['TDP01', 2],
      ['TDP04', 2],
      ['TDP05', 4],
      ['TDP03', null],
    ]);
    expect(r[1]?.tiedWith).toEqual([3]);
    expect(r[2]?.tiedWith).toEqual([0]);
  });
  it('lets a tie-breaker separate equal scores', () => {
    const units = [
      { name: 'A', s: 8, late: 2 },
      { name: 'B', s: 8, late: 0 },
    ];
    const r = rank(
      units,
      (u) => u.s,
      (a, b) => a.late - b.late,
    );
    expect(r.map((x) => [x.item.name, x.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
  });
});
