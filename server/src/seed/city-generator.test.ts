import { describe, expect, it } from 'vitest';
import { generateCity, HAI_PHONG_WARDS, type IndicatorTemplate, wardCode } from './city-generator.ts';

const templates: IndicatorTemplate[] = [
  { code: 'CT01', kind: 'sum', direction: 'at_least', target: 36692 },
  { code: 'CT07', kind: 'ratio', direction: 'at_least', target: 100, factor: 100 },
  { code: 'CT08', kind: 'count', direction: 'at_least', target: 294 },
  { code: 'CT15', kind: 'rate_per_mille', direction: 'maintain', target: 12.15, tolerance: 0.5 },
  { code: 'CT16', kind: 'index', direction: 'band', target: null, low: 103, high: 109.2 },
  { code: 'CT17A', kind: 'ratio', direction: 'at_most', target: 4.8, factor: 100 },
  { code: 'CT20', kind: 'count', direction: 'at_least', target: 25 },
];
const opts = { seed: 2025, wards: 20, periods: ['2025-09', '2025-10', '2025-11'], periodCount: 4, templates };

describe('generateCity', () => {
  it('is deterministic by seed, and another seed gives another city', () => {
    const a = generateCity(opts);
    expect(generateCity(opts)).toEqual(a);
    const b = generateCity({ ...opts, seed: 7 });
    expect(b.map((w) => w.population)).not.toEqual(a.map((w) => w.population));
    expect(b.map((w) => w.code)).toEqual(a.map((w) => w.code));
  });

  it('names wards of Hải Phòng with stable codes and keeps them unique beyond the list', () => {
    expect(wardCode('Phường Hồng Bàng')).toBe('HP.HONGBANG');
    expect(wardCode('Xã Nguyễn Bỉnh Khiêm')).toBe('HP.NGUYENBINHKHIEM');
    const many = generateCity({ ...opts, wards: HAI_PHONG_WARDS.length + 3 });
    const codes = many.map((w) => w.code);
    expect(new Set(codes).size).toBe(codes.length);
    const units = many.flatMap((w) => w.units.map((u) => u.code));
    expect(new Set(units).size).toBe(units.length);
  });

  it('draws realistic sizes: populations 9.000–80.000 around 28.000, 4–14 tổ dân phố', () => {
    const city = generateCity({
      ...opts,
      wards: 200,
      names: Array.from({ length: 200 }, (_, i) => `Phường P${i}`),
    });
    const pops = city.map((w) => w.population).sort((x, y) => x - y);
    expect(pops[0]).toBeGreaterThanOrEqual(9000);
    expect(pops.at(-1)).toBeLessThanOrEqual(80000);
    const median = pops[100] as number;
    expect(median).toBeGreaterThan(22000);
    expect(median).toBeLessThan(34000);
    for (const w of city) {
      const tdp = w.units.filter((u) => u.kind === 'residential_group').length;
      expect(tdp).toBeGreaterThanOrEqual(4);
      expect(tdp).toBeLessThanOrEqual(14);
    }
  });

  it('keeps values valid: flows never fall, ratios within their denominators, counts whole', () => {
    for (const w of generateCity(opts)) {
      const last = new Map<string, number>();
      for (const r of w.reports) {
        for (const v of r.values) {
          const key = `${r.unitCode}|${v.code}`;
          if (v.code === 'CT01' || v.code === 'CT08' || v.code === 'CT20') {
            expect(v.value).toBeGreaterThanOrEqual(last.get(key) ?? 0);
            last.set(key, v.value as number);
          }
          if (v.code === 'CT08' || v.code === 'CT20') expect(Number.isInteger(v.value)).toBe(true);
          if (v.code === 'CT07' || v.code === 'CT17A') {
            expect(v.denominator).toBeGreaterThan(0);
            expect(v.numerator).toBeLessThanOrEqual(v.denominator as number);
            expect(v.numerator).toBeGreaterThanOrEqual(0);
          }
          if (v.code === 'CT16') expect(v.value).toBeGreaterThan(95);
        }
      }
    }
  });

  it('never sends a ward’s report to the city while one of its unit reports waits for review', () => {
    const city = generateCity({
      ...opts,
      wards: 60,
      names: Array.from({ length: 60 }, (_, i) => `Phường Q${i}`),
    });
    let pendingPeriods = 0;
    for (const w of city) {
      for (const s of w.submissions) {
        const waiting = w.reports.filter((r) => r.periodId === s.periodId && r.fate === 'submitted');
        expect(waiting).toEqual([]);
      }
      pendingPeriods += new Set(w.reports.filter((r) => r.fate === 'submitted').map((r) => r.periodId)).size;
    }
    // The story needs some wards still reviewing November.
    expect(pendingPeriods).toBeGreaterThan(0);
    const nov = city.flatMap((w) =>
      w.submissions.filter((s) => s.periodId === '2025-11').map((s) => s.status),
    );
    expect(new Set(nov)).toEqual(new Set(['submitted', 'accepted', 'returned']));
  });
});
