/**
 * A deterministic generator of the other wards of Hải Phòng for the demo city (issue 9): each ward with its
 * departments and tổ dân phố, its targets for the indicators the city aggregates, three months of unit reports
 * and its aggregated reports to the city. Pure: the same seed and templates give the same wards, to the digit.
 *
 * Distributions (written down so the city view looks like a city, not like noise):
 * - population log-normal around 28.000 (σ 0,35 in log space), clamped to 9.000–80.000; one tổ dân phố per
 *   ~3.000 people (4–14 of them); 3,3 people per household;
 * - sums and counts: the ward's target scales Đông Hải's by population (±10 %); the cumulative value at month
 *   k of 4 is target × (k+1)/4 × the ward's performance on that indicator (normal, mean 1, σ 0,12,
 *   clamped 0,6–1,3) × a monthly wobble (σ 3 %), and never falls;
 * - ratios: the ward's target is Đông Hải's ± 3 points (≤ 100); each tổ dân phố reports a numerator and a
 *   denominator drawn around it (households, residents, children under 5, working-age people);
 * - the birth rate (a level in ‰) and the sex ratio at birth are reported once per ward (its culture and society
 *   office);
 * - report fates: September and October almost all accepted; November still under review (8 % waiting, 14 %
 *   draft, returned or missing); the ward's aggregated report follows (never sent while a unit report waits).
 */
import type { IndicatorKind } from '@thidua/shared';
import { normal, rng } from '../util/random.ts';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Ward and commune names of Hải Phòng (the demo's generated wards take them in order). */
export const HAI_PHONG_WARDS = [
  'Phường Hồng Bàng',
  'Phường Ngô Quyền',
  'Phường Lê Chân',
  'Phường Gia Viên',
  'Phường An Biên',
  'Phường Kiến An',
  'Phường Phù Liễn',
  'Phường Đồ Sơn',
  'Phường Dương Kinh',
  'Phường Hưng Đạo',
  'Phường Thủy Nguyên',
  'Phường An Dương',
  'Phường Lê Thanh Nghị',
  'Phường Thành Đông',
  'Phường Nam Đồng',
  'Phường Tân Hưng',
  'Phường Thạch Khôi',
  'Phường Tứ Minh',
  'Phường Ái Quốc',
  'Phường Bạch Đằng',
  'Phường Lưu Kiếm',
  'Phường Nam Triệu',
  'Phường Hòa Bình',
  'Phường Thiên Hương',
  'Xã An Lão',
  'Xã Kiến Thụy',
  'Xã Tiên Lãng',
  'Xã Vĩnh Bảo',
  'Xã Cát Hải',
  'Xã Nguyễn Bỉnh Khiêm',
];

export const DONG_HAI_POPULATION = 32_000;

export interface IndicatorTemplate {
  code: string;
  kind: IndicatorKind;
  direction: 'at_least' | 'at_most' | 'maintain' | 'band';
  target: number | null;
  low?: number;
  high?: number;
  tolerance?: number;
  factor?: number;
}

export interface GenUnit {
  code: string;
  name: string;
  kind: 'department' | 'residential_group';
}

export interface GenIndicator {
  code: string;
  target: number | null;
  low: number | null;
  high: number | null;
  /** Which units report it. */
  unitCodes: string[];
}

export type GenFate = 'accepted' | 'submitted' | 'returned' | 'draft' | 'missing';

export interface GenReport {
  unitCode: string;
  periodId: string;
  fate: GenFate;
  late: boolean;
  values: { code: string; value?: number; numerator?: number; denominator?: number }[];
}

export interface GenWard {
  code: string;
  name: string;
  population: number;
  units: GenUnit[];
  indicators: GenIndicator[];
  reports: GenReport[];
  /** The aggregated report to the city per period (none = not sent). */
  submissions: { periodId: string; status: 'submitted' | 'accepted' | 'returned' }[];
}

export function wardCode(name: string): string {
  const bare = name
    .replace(/^(Phường|Xã)\s+/u, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toUpperCase();
  return `HP.${bare}`;
}

/** Denominator per tổ dân phố for a ratio, by what it counts. */
function denominatorOf(code: string, people: number): number {
  switch (code) {
    case 'CT02':
      return Math.round(people * 0.021); // tonnes of solid waste a month
    case 'CT17A':
      return Math.max(8, Math.round(people * 0.07)); // children under 5
    case 'CT19':
      return Math.round(people * 0.58); // working-age people
    case 'CT18':
    case 'CT24':
      return people; // residents
    default:
      return Math.max(20, Math.round(people / 3.3)); // households
  }
}

export function generateCity(opts: {
  seed: number;
  wards: number;
  periods: string[];
  /** How many of the campaign's periods there are (the target is reached at the last). */
  periodCount: number;
  templates: IndicatorTemplate[];
  names?: string[];
}): GenWard[] {
  const r = rng(opts.seed);
  const names = opts.names ?? HAI_PHONG_WARDS;
  const out: GenWard[] = [];
  for (let w = 0; w < opts.wards; w++) {
    const base = names[w % names.length] as string;
    const name = w < names.length ? base : `${base} ${Math.floor(w / names.length) + 1}`;
    const code = w < names.length ? wardCode(base) : `${wardCode(base)}${Math.floor(w / names.length) + 1}`;
    const population = Math.round(clamp(Math.exp(normal(r, Math.log(28_000), 0.35)), 9_000, 80_000));
    const nTdp = Math.round(clamp(population / 3_000, 4, 14));
    const vhxh = `${code}.VHXH`;
    const kt = `${code}.KT`;
    const tdps = Array.from({ length: nTdp }, (_, i) => `${code}.TDP${String(i + 1).padStart(2, '0')}`);
    const units: GenUnit[] = [
      {
        code: vhxh,
        name: `Phòng Văn hóa – Xã hội ${name.replace(/^Phường|^Xã/u, (m) => m.toLowerCase())}`,
        kind: 'department',
      },
      {
        code: kt,
        name: `Phòng Kinh tế ${name.replace(/^Phường|^Xã/u, (m) => m.toLowerCase())}`,
        kind: 'department',
      },
      ...tdps.map((c, i) => ({ code: c, name: `Tổ dân phố ${i + 1}`, kind: 'residential_group' as const })),
    ];
    const people = tdps.map(() => Math.round((population / nTdp) * clamp(normal(r, 1, 0.15), 0.6, 1.5)));
    const scale = (population / DONG_HAI_POPULATION) * clamp(normal(r, 1, 0.1), 0.8, 1.2);
    const indicators: GenIndicator[] = [];
    const perf = new Map<string, number>();
    for (const t of opts.templates) {
      perf.set(t.code, clamp(normal(r, 1, 0.12), 0.6, 1.3));
      let target: number | null = t.target;
      let unitCodes = tdps;
      if (t.kind === 'sum') {
        target = Math.round((t.target ?? 0) * scale);
        unitCodes = [kt];
      } else if (t.kind === 'count') {
        target =
          t.code === 'CT20'
            ? Math.round(nTdp * clamp(normal(r, 0.9, 0.05), 0.7, 1))
            : Math.round((t.target ?? 0) * scale);
      } else if (t.kind === 'ratio') {
        target =
          t.target === null
            ? null
            : t.direction === 'at_most'
              ? Math.round(clamp(normal(r, t.target, 0.8), 1, 30) * 10) / 10
              : Math.round(clamp(normal(r, t.target, 3), 10, 100) * 10) / 10;
      } else {
        unitCodes = [vhxh];
      }
      indicators.push({ code: t.code, target, low: t.low ?? null, high: t.high ?? null, unitCodes });
    }
    // Reports, unit by unit, month by month.
    const reports: GenReport[] = [];
    const last = new Map<string, number>();
    const pendingIn = new Set<string>();
    for (const [k, periodId] of opts.periods.entries()) {
      const elapsed = (k + 1) / opts.periodCount;
      const isLast = k === opts.periods.length - 1;
      for (const u of units) {
        const mine = indicators.filter((i) => i.unitCodes.includes(u.code));
        if (!mine.length) continue;
        const x = r();
        const fate: GenFate = isLast
          ? x < 0.78
            ? 'accepted'
            : x < 0.86
              ? 'submitted'
              : x < 0.92
                ? 'draft'
                : x < 0.96
                  ? 'returned'
                  : 'missing'
          : x < 0.97
            ? 'accepted'
            : 'returned';
        if (fate === 'submitted') pendingIn.add(periodId);
        if (fate === 'missing') continue;
        const late = r() < 0.1;
        const values: GenReport['values'] = [];
        const tdpIndex = tdps.indexOf(u.code);
        for (const ind of mine) {
          if (fate === 'draft' && r() < 0.5) continue;
          const t = opts.templates.find((x) => x.code === ind.code) as IndicatorTemplate;
          const p = perf.get(ind.code) ?? 1;
          const key = `${u.code}|${ind.code}`;
          if (t.kind === 'sum') {
            const v =
              Math.round((ind.target ?? 0) * elapsed * p * clamp(normal(r, 1, 0.03), 0.9, 1.1) * 10) / 10;
            const prev = last.get(key) ?? 0;
            values.push({ code: ind.code, value: Math.max(prev, v) });
            last.set(key, Math.max(prev, v));
          } else if (t.kind === 'count') {
            const prev = last.get(key) ?? 0;
            let v: number;
            if (ind.code === 'CT20')
              v = prev === 1 || r() < Math.min(1, 0.55 + 0.35 * p * elapsed * 2) ? 1 : 0;
            else
              v = Math.round(
                ((ind.target ?? 0) / tdps.length) * elapsed * p * clamp(normal(r, 1, 0.08), 0.7, 1.3),
              );
            values.push({ code: ind.code, value: Math.max(prev, v) });
            last.set(key, Math.max(prev, v));
          } else if (t.kind === 'ratio') {
            const den = denominatorOf(ind.code, people[tdpIndex] ?? 1000);
            const rate =
              t.direction === 'at_most'
                ? clamp(normal(r, (ind.target ?? 5) * (2 - p), 0.8), 0, 40)
                : clamp(normal(r, (ind.target ?? 90) * clamp(0.93 + 0.07 * p, 0.8, 1.02), 2), 0, 100);
            values.push({
              code: ind.code,
              numerator: Math.min(den, Math.round((den * rate) / 100)),
              denominator: den,
            });
          } else if (t.kind === 'rate_per_mille') {
            // Entered as a level (births per 1.000 people), as the ward's report form asks.
            const rate = clamp(normal(r, (t.target ?? 12) * (2 - p), 1.2), 6, 20);
            values.push({ code: ind.code, value: Math.round(rate * 100) / 100 });
          } else {
            values.push({ code: ind.code, value: Math.round(clamp(normal(r, 107.5, 3), 98, 118) * 10) / 10 });
          }
        }
        reports.push({ unitCode: u.code, periodId, fate, late, values });
      }
    }
    const submissions: GenWard['submissions'] = [];
    for (const [k, periodId] of opts.periods.entries()) {
      if (pendingIn.has(periodId)) continue;
      const x = r();
      const isLast = k === opts.periods.length - 1;
      if (!isLast)
        submissions.push({
          periodId,
          status: k === opts.periods.length - 2 && x < 0.15 ? 'submitted' : 'accepted',
        });
      else if (x < 0.4) submissions.push({ periodId, status: 'submitted' });
      else if (x < 0.65) submissions.push({ periodId, status: 'accepted' });
      else if (x < 0.8) submissions.push({ periodId, status: 'returned' });
    }
    out.push({ code, name, population, units, indicators, reports, submissions });
  }
  return out;
}
