import { describe, expect, it } from 'vitest';
import {
  checkValue,
  indicatorDue,
  outlierReason,
  reminderDue,
  reportingPeriods,
  timeliness,
  type ValueRule,
  vnDate,
} from './rules.ts';

const dongHai = {
  startsOn: '2025-09-01',
  endsOn: '2025-12-31',
  reportDeadline: '2025-12-10',
  reportPeriodKind: 'month' as const,
  reportCutoffDay: null,
  reportDueDays: 5,
};

describe('reportingPeriods', () => {
  it('lists the monthly periods with due dates; the campaign deadline wins for the last one', () => {
    const ps = reportingPeriods(dongHai);
    expect(ps.map((p) => [p.id, p.label, p.dueOn, p.isLast])).toEqual([
      ['2025-09', 'Tháng 9/2025', '2025-10-05', false],
      ['2025-10', 'Tháng 10/2025', '2025-11-05', false],
      ['2025-11', 'Tháng 11/2025', '2025-12-05', false],
      ['2025-12', 'Tháng 12/2025', '2025-12-10', true],
    ]);
  });

  it('applies the 15th → 14th cut-off', () => {
    const ps = reportingPeriods({ ...dongHai, reportCutoffDay: 15 });
    expect(ps[1]).toMatchObject({
      id: '2025-10',
      start: '2025-09-15',
      end: '2025-10-14',
      dueOn: '2025-10-19',
    });
    // The Đông Hải year report (10/12) falls inside December's period 15/11 → 14/12.
    expect(ps.at(-1)).toMatchObject({ id: '2025-12', end: '2025-12-14', dueOn: '2025-12-10' });
    // 1/9 lies in the period 15/8 → 14/9, i.e. September's.
    expect(ps[0]?.id).toBe('2025-09');
  });

  it('reports quarterly when asked', () => {
    const ps = reportingPeriods({ ...dongHai, reportPeriodKind: 'quarter', startsOn: '2025-01-01' });
    expect(ps.map((p) => p.id)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(ps[0]?.dueOn).toBe('2025-04-05');
  });

  it('gives nothing without dates', () => {
    expect(reportingPeriods({ ...dongHai, startsOn: null })).toEqual([]);
  });
});

describe('indicatorDue', () => {
  const month = (index: number) => ({ kind: 'month' as const, index });
  it('follows the frequency', () => {
    expect(indicatorDue('month', month(10), false)).toBe(true);
    expect(indicatorDue('quarter', month(10), false)).toBe(false);
    expect(indicatorDue('quarter', month(9), false)).toBe(true);
    expect(indicatorDue('half_year', month(6), false)).toBe(true);
    expect(indicatorDue('half_year', month(9), false)).toBe(false);
    expect(indicatorDue('year', month(11), false)).toBe(false);
    expect(indicatorDue('year', month(12), false)).toBe(true);
    expect(indicatorDue('campaign', month(11), false)).toBe(false);
    expect(indicatorDue('quarter', { kind: 'quarter', index: 4 }, false)).toBe(true);
  });
  it('makes everything due in the last period', () => {
    expect(indicatorDue('campaign', month(12), true)).toBe(true);
    expect(indicatorDue('year', month(11), true)).toBe(true);
  });
});

describe('timeliness', () => {
  it('on time until the end of the due day, late after, missing once passed', () => {
    expect(timeliness('2025-11-05', '2025-11-05', '2025-11-20')).toBe('on_time');
    expect(timeliness('2025-11-05', '2025-11-06', '2025-11-20')).toBe('late');
    expect(timeliness('2025-11-05', null, '2025-11-05')).toBe('pending');
    expect(timeliness('2025-11-05', null, '2025-11-06')).toBe('missing');
  });
  it('reads instants in Việt Nam time', () => {
    expect(vnDate('2025-11-05T16:59:00Z')).toBe('2025-11-05');
    expect(vnDate('2025-11-05T17:00:00Z')).toBe('2025-11-06');
  });
});

describe('reminderDue', () => {
  it('reminds N days before and from N days after', () => {
    expect(reminderDue('2025-11-05', '2025-11-02', 2, 2)).toBeNull();
    expect(reminderDue('2025-11-05', '2025-11-03', 2, 2)).toBe('before');
    expect(reminderDue('2025-11-05', '2025-11-05', 2, 2)).toBe('before');
    expect(reminderDue('2025-11-05', '2025-11-06', 2, 2)).toBeNull();
    expect(reminderDue('2025-11-05', '2025-11-07', 2, 2)).toBe('after');
    expect(reminderDue('2025-11-05', '2025-11-30', 2, 2)).toBe('after');
  });
  it('0 turns a reminder off', () => {
    expect(reminderDue('2025-11-05', '2025-11-05', 0, 0)).toBeNull();
    expect(reminderDue('2025-11-05', '2025-12-05', 0, 0)).toBeNull();
  });
});

const rule = (r: Partial<ValueRule>): ValueRule => ({
  kind: 'sum',
  factor: null,
  allowOver100: false,
  minValue: null,
  maxValue: null,
  unitOfMeasure: 'triệu đồng',
  ...r,
});

describe('checkValue', () => {
  it('computes a ratio from numerator and denominator', () => {
    const r = checkValue(rule({ kind: 'ratio', factor: 100, unitOfMeasure: '%' }), {
      numerator: 37,
      denominator: 38,
    });
    expect(r.problems).toEqual([]);
    expect(r.value).toBeCloseTo(97.368421, 5);
  });
  it('refuses numerator > denominator unless allowed', () => {
    const ratio = rule({ kind: 'ratio', factor: 100, unitOfMeasure: '%' });
    expect(checkValue(ratio, { numerator: 39, denominator: 38 }).problems).toEqual([
      { field: 'numerator', message: 'Tử số (39) không được lớn hơn mẫu số (38)' },
    ]);
    const r = checkValue({ ...ratio, allowOver100: true }, { numerator: 120, denominator: 100 });
    expect(r.problems).toEqual([]);
    expect(r.value).toBe(120);
  });
  it('needs both parts and a positive denominator', () => {
    const ratio = rule({ kind: 'ratio', factor: 100 });
    expect(checkValue(ratio, { numerator: 3 }).problems.map((p) => p.field)).toEqual(['denominator']);
    expect(checkValue(ratio, { numerator: 0, denominator: 0 }).problems[0]?.message).toBe(
      'Mẫu số phải lớn hơn 0',
    );
    expect(checkValue(ratio, { numerator: -1, denominator: 5 }).problems[0]?.message).toBe(
      'Tử số không được âm',
    );
    expect(checkValue(ratio, {})).toEqual({ value: null, numerator: null, denominator: null, problems: [] });
  });
  it('keeps percentages within 0–100 and counts whole', () => {
    expect(checkValue(rule({ kind: 'index', unitOfMeasure: '%' }), { value: 101 }).problems[0]?.message).toBe(
      'Tỷ lệ phần trăm phải từ 0 đến 100',
    );
    expect(
      checkValue(rule({ kind: 'count', unitOfMeasure: 'hộ' }), { value: 2.5 }).problems[0]?.message,
    ).toBe('Số lượng phải là số nguyên');
    expect(checkValue(rule({ kind: 'count', unitOfMeasure: 'hộ' }), { value: -1 }).problems[0]?.message).toBe(
      'Giá trị không được âm',
    );
  });
  it('applies min and max', () => {
    const r = rule({ minValue: 0, maxValue: 1000 });
    expect(checkValue(r, { value: 1000.5 }).problems[0]?.message).toBe('Giá trị lớn nhất cho phép là 1.000');
    expect(checkValue(r, { value: -0.5 }).problems[0]?.message).toBe('Giá trị nhỏ nhất cho phép là 0');
    expect(checkValue(r, { value: 999 }).problems).toEqual([]);
  });
});

describe('outlierReason', () => {
  it('flags a cumulative value going down', () => {
    expect(outlierReason('sum', [100, 200], 150)).toBe('Giá trị lũy kế giảm so với kỳ trước (200 → 150)');
  });
  it('flags a jump far above earlier increases, not an ordinary one', () => {
    expect(outlierReason('sum', [100, 200, 310], 420)).toBeNull();
    expect(outlierReason('sum', [100, 200, 310], 1000)).toContain('gấp hơn 3 lần');
    // Too little history to judge a jump.
    expect(outlierReason('sum', [100, 200], 5000)).toBeNull();
    expect(outlierReason('count', [], 5)).toBeNull();
  });
  it('flags a level that jumps', () => {
    expect(outlierReason('ratio', [90, 91, 92], 93)).toBeNull();
    expect(outlierReason('ratio', [90, 91, 92], 40)).toContain('lớn bất thường');
    expect(outlierReason('index', [0], 0)).toBeNull();
  });
});
