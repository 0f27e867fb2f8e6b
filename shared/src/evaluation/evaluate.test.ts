import { describe, expect, it } from 'vitest';
import {
  completenessScore,
  evaluateCell,
  isMoney,
  scoreTrend,
  tieNote,
  timelinessScore,
  trendOf,
  unitTotal,
} from './evaluate.ts';
import { DEFAULT_EVALUATION, EvaluationSettings } from './schema.ts';

describe('evaluateCell', () => {
  it('at_least against the plan for the period, then the target', () => {
    // Revenue (CT01): 27.519 of a planned 27.519 at the end of November → 100 %, 10 points.
    expect(evaluateCell({ direction: 'at_least', actual: 27519, planned: 27519, target: 36692 })).toEqual({
      completion: 1,
      score: 10,
      redFlag: false,
      noData: null,
    });
    // 75 % of the plan with the default red flag at 50 % → 5 points.
    expect(evaluateCell({ direction: 'at_least', actual: 75, planned: 100, target: 200 }).score).toBe(5);
    // Without a plan the final target is the yardstick.
    expect(evaluateCell({ direction: 'at_least', actual: 150, planned: null, target: 200 }).completion).toBe(
      0.75,
    );
    // Over-achievement keeps its completion, the score caps at 10.
    const over = evaluateCell({ direction: 'at_least', actual: 130, planned: 100, target: 100 });
    expect(over.completion).toBe(1.3);
    expect(over.score).toBe(10);
  });
  it('red flag at or below the threshold: score 0 and flagged', () => {
    const r = evaluateCell({ direction: 'at_least', actual: 40, planned: 100, target: 100 });
    expect(r).toMatchObject({ completion: 0.4, score: 0, redFlag: true });
    const edge = evaluateCell({ direction: 'at_least', actual: 50, planned: 100, target: 100 });
    expect(edge).toMatchObject({ score: 0, redFlag: true });
    const own = evaluateCell({ direction: 'at_least', actual: 50, planned: 100, target: 100, redFlag: 0.3 });
    expect(own).toMatchObject({ redFlag: false });
    expect(own.score).toBeCloseTo(2.86, 2);
  });
  it('a custom full-score completion (e.g. 90 % earns 10)', () => {
    expect(
      evaluateCell({ direction: 'at_least', actual: 90, planned: 100, target: 100, full: 0.9 }).score,
    ).toBe(10);
    expect(
      evaluateCell({ direction: 'at_least', actual: 70, planned: 100, target: 100, full: 0.9 }).score,
    ).toBe(5);
    // A full threshold at or below the red flag is ignored (would divide by zero): back to 100 %.
    expect(
      evaluateCell({ direction: 'at_least', actual: 75, planned: 100, target: 100, full: 0.5 }).score,
    ).toBe(5);
  });
  it('at_most against the ceiling for the period', () => {
    // Malnutrition (CT17B) 8,0 % against 8,4 % → met.
    expect(evaluateCell({ direction: 'at_most', actual: 8, planned: 8.4, target: 8.4 }).score).toBe(10);
    // 10,5 % against 8,4 → 80 % → 6 points.
    expect(evaluateCell({ direction: 'at_most', actual: 10.5, planned: 8.4, target: 8.4 })).toMatchObject({
      completion: 0.8,
      score: 6,
    });
    // A zero ceiling: above it is 0.
    expect(evaluateCell({ direction: 'at_most', actual: 2, target: 0 })).toMatchObject({
      completion: 0,
      redFlag: true,
    });
  });
  it('maintain within the tolerance, then by the distance beyond it', () => {
    expect(evaluateCell({ direction: 'maintain', actual: 0.85, target: 0.83, tolerance: 0.05 }).score).toBe(
      10,
    );
    const off = evaluateCell({ direction: 'maintain', actual: 110, target: 100, tolerance: 2 });
    expect(off.completion).toBe(0.92);
    expect(off.score).toBe(8.4);
  });
  it('band: the planned band first, then the target band', () => {
    const band = { direction: 'band' as const, target: 109.2, targetLow: 103, targetHigh: 107 };
    expect(evaluateCell({ ...band, actual: 105 }).score).toBe(10);
    expect(evaluateCell({ ...band, actual: 112.35 }).completion).toBe(0.95);
    expect(evaluateCell({ ...band, actual: 112.35, plannedLow: 110, plannedHigh: 115 }).completion).toBe(1);
  });
  it('never NaN or Infinity: no value, no target, no band', () => {
    expect(evaluateCell({ direction: 'at_least', actual: null, target: 10 }).noData).toBe('no_value');
    expect(evaluateCell({ direction: 'at_least', actual: Number.NaN, target: 10 }).noData).toBe('no_value');
    expect(evaluateCell({ direction: 'at_least', actual: 5, planned: null, target: null })).toEqual({
      completion: null,
      score: null,
      redFlag: false,
      noData: 'no_target',
    });
    expect(evaluateCell({ direction: 'band', actual: 5, target: null }).noData).toBe('no_target');
    expect(evaluateCell({ direction: 'maintain', actual: 5, target: null }).noData).toBe('no_target');
    expect(evaluateCell({ direction: 'at_least', actual: Number.POSITIVE_INFINITY, target: 1 }).noData).toBe(
      'no_value',
    );
    // A zero target for at_least is met by any value ≥ 0.
    expect(evaluateCell({ direction: 'at_least', actual: 0, planned: 0, target: 0 }).score).toBe(10);
  });
});

describe('trendOf', () => {
  it('is direction-aware', () => {
    expect(trendOf('at_least', 10, 12)).toBe('better');
    expect(trendOf('at_least', 12, 10)).toBe('worse');
    expect(trendOf('at_most', 8.4, 8.1)).toBe('better');
    expect(trendOf('at_most', 8.1, 8.4)).toBe('worse');
    expect(trendOf('maintain', 0.9, 0.84, { target: 0.83 })).toBe('better');
    expect(trendOf('maintain', 0.84, 0.9, { target: 0.83 })).toBe('worse');
    expect(trendOf('band', 112, 108, { low: 103, high: 107 })).toBe('better');
    expect(trendOf('band', 104, 106, { low: 103, high: 107 })).toBe('same');
    expect(trendOf('at_least', 5, 5)).toBe('same');
  });
  it('null without both values or a yardstick', () => {
    expect(trendOf('at_least', null, 5)).toBeNull();
    expect(trendOf('at_least', 5, undefined)).toBeNull();
    expect(trendOf('maintain', 1, 2)).toBeNull();
    expect(trendOf('band', 1, 2, { low: null, high: 3 })).toBeNull();
    expect(scoreTrend(7.5, 8)).toBe('better');
  });
});

describe('timeliness, completeness and the unit total', () => {
  it('timeliness: on time 1, late ½, missing 0; null with nothing due', () => {
    expect(timelinessScore({ due: 3, onTime: 2, late: 1 })).toBe(8.33);
    expect(timelinessScore({ due: 3, onTime: 0, late: 0 })).toBe(0);
    expect(timelinessScore({ due: 0, onTime: 0, late: 0 })).toBeNull();
  });
  it('completeness: share of assigned indicators with a counted value', () => {
    expect(completenessScore(8, 6)).toBe(7.5);
    expect(completenessScore(8, 9)).toBe(10);
    expect(completenessScore(0, 0)).toBeNull();
  });
  it('weights the parts with data, leaves out the rest and says so', () => {
    const w = { indicators: 70, timeliness: 10, completeness: 10, manual: 10 };
    const all = unitTotal({ indicators: 8, timeliness: 10, completeness: 10, manual: 9 }, w);
    expect(all.total).toBe(8.5); // (560 + 100 + 100 + 90) / 100
    const partial = unitTotal({ indicators: 8, timeliness: 10, completeness: 10, manual: null }, w);
    expect(partial.total).toBe(8.44); // 760 / 90
    expect(partial.lines).toContain('Tiêu chí chấm tay: không có dữ liệu, không tính');
    expect(partial.lines.at(-1)).toBe('Tổng: 8×70 + 10×10 + 10×10 ÷ 90 = 8,44');
    const none = unitTotal({ indicators: null, timeliness: null, completeness: null, manual: null }, w);
    expect(none.total).toBeNull();
    // Punctuality alone is no result: without a scored indicator there is no total.
    const onlyOnTime = unitTotal({ indicators: null, timeliness: 10, completeness: 0, manual: null }, w);
    expect(onlyOnTime.total).toBeNull();
    expect(onlyOnTime.lines.at(-1)).toBe('Chưa có chỉ tiêu nào có số liệu để chấm — chưa xếp loại');
    // …unless the office weighs indicators at 0 (a campaign scored on other criteria).
    expect(
      unitTotal(
        { indicators: null, timeliness: 10, completeness: null, manual: null },
        { ...w, indicators: 0 },
      ).total,
    ).toBe(10);
    // A part with weight 0 is not mentioned.
    const noManual = unitTotal(
      { indicators: 6, timeliness: null, completeness: null, manual: 10 },
      { ...w, manual: 0 },
    );
    expect(noManual.total).toBe(6);
    expect(noManual.lines.some((l) => l.startsWith('Tiêu chí chấm tay'))).toBe(false);
  });
  it('tie note names the others', () => {
    expect(tieNote(['Tổ dân phố 3', 'Tổ dân phố 9'], 8.5)).toBe(
      'Đồng hạng với Tổ dân phố 3, Tổ dân phố 9 (cùng 8,5 điểm, cùng tỷ lệ nộp đúng hạn)',
    );
    expect(tieNote([], 8.5)).toBeNull();
  });
  it('money indicators by their unit', () => {
    expect(isMoney('triệu đồng')).toBe(true);
    expect(isMoney('Tỷ đồng')).toBe(true);
    expect(isMoney('%')).toBe(false);
  });
});

describe('EvaluationSettings', () => {
  it('accepts the defaults', () => {
    expect(EvaluationSettings.safeParse(DEFAULT_EVALUATION).success).toBe(true);
  });
  it('refuses duplicate bands, no band from 0, all-zero weights, a red flag of 100 %', () => {
    const bad = EvaluationSettings.safeParse({
      ...DEFAULT_EVALUATION,
      bands: [
        { code: 'a', label: 'A', min: 5 },
        { code: 'a', label: 'B', min: 3 },
      ],
      weights: { indicators: 0, timeliness: 0, completeness: 0, manual: 0 },
      redFlag: 1,
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['bands.1.code', 'bands', 'weights', 'redFlag']));
  });
});
