import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';

/** A minimal plan around indicator statements. */
function read(...statements: string[]) {
  const text = ['KẾ HOẠCH', 'Thi đua năm 2025', 'I. CHỈ TIÊU THI ĐUA', ...statements].join('\n');
  const d = parsePlan(text);
  return {
    draft: d,
    list: d.indicators.map((i) => ({
      code: i.code,
      name: i.name.value,
      value: i.targetValue.value,
      low: i.targetLow.value,
      high: i.targetHigh.value,
      unit: i.unitOfMeasure.value,
      kind: i.kind.value,
      direction: i.direction.value,
    })),
  };
}
const one = (s: string) => read(s).list[0];

describe('indicator wordings', () => {
  it('"Label: value unit;" and "Label đạt value unit"', () => {
    expect(one('- Tỷ lệ hộ dân sử dụng nước sạch: 100%;')).toMatchObject({
      name: 'Tỷ lệ hộ dân sử dụng nước sạch',
      value: 100,
      unit: '%',
      kind: 'ratio',
      direction: 'at_least',
    });
    expect(one('- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,4%')).toMatchObject({
      name: 'Tỷ lệ người dân tham gia bảo hiểm y tế',
      value: 96.4,
    });
  });

  it('comparison words set the direction', () => {
    expect(one('- Tỷ lệ trường đạt chuẩn từ 80% trở lên')).toMatchObject({
      value: 80,
      direction: 'at_least',
    });
    expect(one('- Tỷ lệ gia đình văn hoá trên 90%')).toMatchObject({ value: 90, direction: 'at_least' });
    expect(one('- Tỷ lệ lao động qua đào tạo dưới 2%')).toMatchObject({ value: 2, direction: 'at_most' });
    expect(one('- Thời gian giải quyết hồ sơ không quá 5 ngày')).toMatchObject({
      name: 'Thời gian giải quyết hồ sơ',
      value: 5,
      unit: 'ngày',
      kind: 'index',
      direction: 'at_most',
    });
    expect(one('- Số vụ tai nạn giao thông: tối đa 3 vụ')).toMatchObject({
      value: 3,
      unit: 'vụ',
      direction: 'at_most',
    });
  });

  it('"giảm … còn …" is at most, with the starting level as baseline', () => {
    const { draft } = read('- Tỷ lệ hộ nghèo giảm từ 2,1% xuống còn 1,5%');
    const i = draft.indicators[0];
    expect(i?.name.value).toBe('Tỷ lệ hộ nghèo');
    expect([i?.targetValue.value, i?.baselineValue.value, i?.direction.value]).toEqual([1.5, 2.1, 'at_most']);
    expect(one('- Tỷ lệ hộ cận nghèo giảm còn 3%')).toMatchObject({ value: 3, direction: 'at_most' });
  });

  it('"giảm X" alone is flagged: down to X, or down by X', () => {
    const { draft } = read('- Tỷ lệ sinh con thứ ba giảm 0,5%');
    const i = draft.indicators[0];
    expect(i?.direction).toMatchObject({ value: 'at_most', flagged: true, alternatives: ['at_least'] });
    expect(draft.issues.map((x) => x.code)).toContain('DIRECTION_AMBIGUOUS');
  });

  it('"duy trì … đạt …" is maintain and asks for a tolerance', () => {
    const { list, draft } = read('- Duy trì tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%');
    expect(list[0]).toMatchObject({
      name: 'Duy trì tỷ lệ trẻ em được tiêm chủng đầy đủ',
      value: 98,
      direction: 'maintain',
    });
    expect(draft.issues.map((x) => x.code)).toContain('TOLERANCE_NEEDED');
  });

  it('ranges become bands', () => {
    expect(one('- Tốc độ tăng trưởng giá trị sản xuất: 13,6-14,6%')).toMatchObject({
      low: 13.6,
      high: 14.6,
      value: null,
      unit: '%',
      direction: 'band',
    });
    expect(one('- Thu nhập bình quân tăng từ 3 – 5%')).toMatchObject({ low: 3, high: 5, direction: 'band' });
  });

  it('fractions become ratios with numerator and denominator targets', () => {
    const { draft } = read('- Số trường đạt chuẩn quốc gia: 38/38 trường');
    const i = draft.indicators[0];
    expect(i?.kind.value).toBe('ratio');
    expect(i?.unitOfMeasure.value).toBe('%');
    expect([i?.targetValue.value, i?.numeratorTarget.value, i?.denominatorTarget.value]).toEqual([
      100, 38, 38,
    ]);
    expect(one('- Tổ dân phố đạt chuẩn văn minh đô thị: 27/30')?.value).toBe(90);
  });

  it('money, per mille and counts with a noun unit', () => {
    expect(one('- Tổng vốn đầu tư: 1.246,695 tỷ đồng')).toMatchObject({
      value: 1246.695,
      unit: 'tỷ đồng',
      kind: 'sum',
    });
    expect(one('- Tỷ suất chết trẻ em dưới 1 tuổi: 5‰')).toMatchObject({
      value: 5,
      unit: '‰',
      kind: 'rate_per_mille',
      direction: 'at_most',
    });
    expect(one('- Tổ chức 12 buổi tuyên truyền pháp luật')).toMatchObject({
      name: 'Tổ chức buổi tuyên truyền pháp luật',
      value: 12,
      unit: 'buổi',
      kind: 'count',
    });
    expect(one('- Số lượt hộ được vay vốn: 294')).toMatchObject({ unit: 'lượt hộ', kind: 'count' });
  });

  it('lower-is-better names are at most, unless the name is about dealing with them', () => {
    expect(one('- Tỷ lệ hộ nghèo: 1,2%')?.direction).toBe('at_most');
    expect(one('- Số vụ vi phạm được xử lý: 100%')?.direction).toBe('at_least');
    expect(one('- Số hộ thoát nghèo: 20 hộ')?.direction).toBe('at_least');
  });

  it('two values on one line become siblings; "trong đó" makes children', () => {
    const { list } = read('- Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi: thể thấp còi 4,8%, thể nhẹ cân 8,4%');
    expect(list.map((x) => [x.code, x.name, x.value, x.direction])).toEqual([
      ['CT01A', 'Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi – thể thấp còi', 4.8, 'at_most'],
      ['CT01B', 'Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi – thể nhẹ cân', 8.4, 'at_most'],
    ]);
    const { draft } = read(
      '- Thu ngân sách đạt 120 tỷ đồng, trong đó:',
      '+ Thu thuế: 80 tỷ đồng;',
      '+ Thu phí: 50 tỷ đồng.',
    );
    expect(draft.indicators.map((i) => [i.code, i.parentCode, i.targetValue.value])).toEqual([
      ['CT01', null, 120],
      ['CT01.1', 'CT01', 80],
      ['CT01.2', 'CT01', 50],
    ]);
    expect(draft.indicators[0]?.childrenRule.value).toBe('must_not_exceed');
    expect(draft.issues.map((x) => x.code)).toContain('CHILDREN_EXCEED');
  });

  it('a missing unit is taken from the siblings and flagged', () => {
    const { draft } = read(
      '- Thu ngân sách đạt 30 tỷ đồng, trong đó: thu thuế: 10 tỷ đồng; thu phí: 5; thu khác: 2 tỷ đồng',
    );
    const fee = draft.indicators.find((i) => i.name.value === 'Thu phí');
    expect(fee?.unitOfMeasure).toMatchObject({ value: 'tỷ đồng', flagged: true });
    expect(draft.issues.find((x) => x.code === 'UNIT_INFERRED')?.indicator).toBe(fee?.code);
  });

  it('survives noise: stray spaces, glued units, footnote digits, typos', () => {
    expect(one('- Tỷ lệ hộ dùng nước sạch: 80 %')).toMatchObject({ value: 80, unit: '%' });
    expect(one('- Năng suất lúa bình quân: 71,37tấn/ha')).toMatchObject({
      value: 71.37,
      unit: 'tấn/ha',
      kind: 'index',
    });
    const fn = read('- Tỷ lệ trẻ em đi học đúng độ tuổi: 100%1;');
    expect(fn.list[0]?.value).toBe(100);
    expect(fn.draft.issues.map((x) => x.code)).toContain('FOOTNOTE_REMOVED');
    const typo = read('- Tỷ kệ lao động tham gia bảo hiểm xã hội đạt 55,5%');
    expect(typo.list[0]?.name).toBe('Tỷ lệ lao động tham gia bảo hiểm xã hội');
    expect(typo.draft.indicators[0]?.name.flagged).toBe(true);
    expect(typo.draft.issues.map((x) => x.code)).toContain('TYPO_FIXED');
  });

  it('well-known indicators fix kind, unit and direction, and say so', () => {
    const { list, draft } = read(
      '- Tỷ suất sinh: 12.15',
      '- Tỷ số giới tính khi sinh (100 bé trai/100 bé gái): 109.2',
    );
    expect(list[0]).toMatchObject({ unit: '‰', kind: 'rate_per_mille', direction: 'maintain', value: 12.15 });
    expect(list[1]).toMatchObject({
      name: 'Tỷ số giới tính khi sinh',
      unit: 'bé trai/100 bé gái',
      kind: 'index',
      direction: 'band',
      high: 109.2,
      low: 103, // proposed natural lower bound, flagged (see glossary)
    });
    expect(draft.issues.map((x) => x.code)).toEqual(
      expect.arrayContaining(['UNIT_INFERRED', 'DIRECTION_ASSUMED', 'BAND_BOUND_MISSING']),
    );
  });

  it('flags an ambiguous number with both readings', () => {
    const { draft } = read('- Thu ngân sách: 36.692 triệu đồng', '- Tỷ lệ trường chuẩn: 18.2%');
    const v = draft.indicators[0]?.targetValue;
    expect(v).toMatchObject({ value: 36692, flagged: true, alternatives: [36.692] });
    const issue = draft.issues.find((x) => x.code === 'NUMBER_AMBIGUOUS');
    expect(issue?.alternatives).toEqual([36692, 36.692]);
    expect(issue?.severity).toBe('warning');
  });
});

describe('size', () => {
  it('reads a megabyte-long paragraph in linear time', () => {
    const text = `KẾ HOẠCH\nThi đua\nI. CHỈ TIÊU\n- ${'Tỷ lệ hộ dân (xem ghi chú) dùng nước sạch đạt 95,5%, '.repeat(20000)}`;
    const t = Date.now();
    const d = parsePlan(text);
    expect(d.indicators.length).toBeGreaterThan(0);
    expect(Date.now() - t).toBeLessThan(10_000);
  });
});
