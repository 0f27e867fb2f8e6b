import { describe, expect, it } from 'vitest';
import { linearSchedule, shapedSchedule, steppedSchedule } from './schedule.ts';
import { paceNeeded, progressStatus, projectLevel, projectToEnd } from './status.ts';

describe('schedules', () => {
  it('linear: budget revenue 0 → 36.692 over four months, ending exactly on target', () => {
    expect(linearSchedule(0, 36692, 4)).toEqual([9173, 18346, 27519, 36692]);
    expect(linearSchedule(5.2, 4.8, 2)).toEqual([5, 4.8]); // a falling ceiling (malnutrition)
    expect(linearSchedule(0, 1, 0)).toEqual([]);
  });
  it('stepped: flat within each quarter of a monthly schedule', () => {
    expect(steppedSchedule(0, 120, 6, 3)).toEqual([0, 0, 60, 60, 60, 120]);
    expect(steppedSchedule(0, 100, 4, 3)).toEqual([0, 0, 50, 100]);
  });
  it('shaped like last year: uneven revenue gives an uneven path that ends on target', () => {
    const r = shapedSchedule(0, 200, [10, 30, 60]);
    expect(r).toEqual({ values: [20, 80, 200], fellBackToLinear: false });
  });
  it('falls back to linear, and says so, when last year has no shape', () => {
    expect(shapedSchedule(0, 90, [null, 0, null])).toEqual({ values: [30, 60, 90], fellBackToLinear: true });
  });
});

describe('progressStatus', () => {
  const atLeast = { direction: 'at_least' as const, target: 100, planned: 50 };
  it('at_least: achieved, on track, at risk within 10 %, off track beyond', () => {
    expect(progressStatus({ ...atLeast, actual: 100 })).toBe('achieved');
    expect(progressStatus({ ...atLeast, actual: 50 })).toBe('on_track');
    expect(progressStatus({ ...atLeast, actual: 46 })).toBe('at_risk');
    expect(progressStatus({ ...atLeast, actual: 44 })).toBe('off_track');
  });
  it('no data or a stale report overrides any colour', () => {
    expect(progressStatus({ ...atLeast, actual: null })).toBe('no_data');
    expect(progressStatus({ ...atLeast, actual: 100, stale: true })).toBe('no_data');
  });
  it('at_most: lower is better (stunting 4,8 %)', () => {
    const s = { direction: 'at_most' as const, target: 4.8, planned: 5.0 };
    expect(progressStatus({ ...s, actual: 4.7 })).toBe('achieved');
    expect(progressStatus({ ...s, actual: 4.95 })).toBe('on_track');
    expect(progressStatus({ ...s, actual: 5.4 })).toBe('at_risk');
    expect(progressStatus({ ...s, actual: 6 })).toBe('off_track');
  });
  it('maintain: within tolerance is achieved (96 % ± 1)', () => {
    const s = { direction: 'maintain' as const, target: 96, tolerance: 1, planned: 96 };
    expect(progressStatus({ ...s, actual: 95.2 })).toBe('achieved');
    expect(progressStatus({ ...s, actual: 94.5 })).toBe('at_risk');
    expect(progressStatus({ ...s, actual: 90 })).toBe('off_track');
  });
  it('band: the sex ratio at birth inside 103–109,2 is achieved', () => {
    const s = { direction: 'band' as const, target: 109.2, targetLow: 103, targetHigh: 109.2, planned: null };
    expect(progressStatus({ ...s, actual: 107 })).toBe('achieved');
    expect(progressStatus({ ...s, actual: 109.6 })).toBe('at_risk');
    expect(progressStatus({ ...s, actual: 115 })).toBe('off_track');
  });
});

describe('pace and projection', () => {
  it('says what each remaining period must add', () => {
    expect(paceNeeded(36692, 20000, 2)).toBe(8346);
    expect(paceNeeded(100, 120, 3)).toBe(0);
    expect(paceNeeded(100, 10, 0)).toBeNull();
  });
  it('projects flows and levels to the end', () => {
    expect(projectToEnd('flow', 18346, 0.5)).toBe(36692);
    expect(projectToEnd('level', 95, 0.5, 90)).toBe(100);
    expect(projectToEnd('flow', 1, 0)).toBeNull();
  });
  it('projects a level from its own trend, never past its bounds', () => {
    // Lit alleys (CT07, %): 80 → 86 over two months, one month to go → 89.
    expect(projectLevel([80, 83, 86, null], null)).toBe(89);
    // From the baseline before the first period: 90 → 95 in two periods, two more → 100, capped at 100 %.
    expect(projectLevel([92.5, 95, null, null], 90, { max: 100 })).toBe(100);
    // A falling level stays falling (schools meeting the standard: 18,2 → 17,8).
    expect(projectLevel([18.2, 18, 17.8, null], null)).toBeCloseTo(17.6, 9);
    expect(projectLevel([null, 96, null, null], null)).toBe(96);
    expect(projectLevel([null, null], null)).toBeNull();
    expect(projectLevel([10, 2, null], null, { min: 0 })).toBe(0);
  });
});
