/**
 * The shape of the national benchmark data set (issue 10), pure and deterministic by seed: how many provinces,
 * wards and units, the 30 indicators every level plans, and each unit's monthly values. The loader
 * (./generate.ts) streams it into PostgreSQL through COPY.
 *
 * Sizes: the country after the 2025 reform has 34 provinces and 3.321 wards and communes; about 100.000 units
 * report (≈ 30 per ward: departments, schools, health station, tổ dân phố, enterprises), on 30 indicators, for
 * 12 monthly periods — 36 million values a year.
 *
 * Distributions:
 * - wards per province: the national count spread over the provinces, ±35 % (province 1 always has 100, the
 *   "province dashboard" of the benchmark);
 * - units per ward: 20–40, uniform;
 * - sums and counts are cumulative over the year: a unit's monthly base (log-normal around 40) × month × its
 *   performance (normal, mean 1, σ 0,15, clamped 0,5–1,4) × a wobble (σ 4 %), never falling; the ward's target is
 *   the expected year-end total of its units × 0,95–1,15;
 * - ratios: each unit reports a denominator (households, residents: 40–600) and a numerator around the ward's
 *   rate (target ± 6 points, ≤ 100 %); the target is 80–98 %;
 * - the birth rate (‰) and a satisfaction index are levels reported by one unit per ward (no roll-up).
 */
import { normal, rng } from '../../server/src/util/random.ts';

export interface Scale {
  name: string;
  provinces: number;
  /** Wards and communes in all, over the provinces. */
  wards: number;
}

export const SCALES: Record<string, Scale> = {
  small: { name: 'small', provinces: 2, wards: 200 },
  medium: { name: 'medium', provinces: 8, wards: 800 },
  national: { name: 'national', provinces: 34, wards: 3321 },
};

export const YEAR = 2025;
export const PERIODS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);

/** The 34 provinces and centrally-run cities from 1 July 2025. */
export const PROVINCES = [
  'Thành phố Hà Nội',
  'Thành phố Huế',
  'Tỉnh Lai Châu',
  'Tỉnh Điện Biên',
  'Tỉnh Sơn La',
  'Tỉnh Lạng Sơn',
  'Tỉnh Quảng Ninh',
  'Tỉnh Thanh Hóa',
  'Tỉnh Nghệ An',
  'Tỉnh Hà Tĩnh',
  'Tỉnh Cao Bằng',
  'Tỉnh Tuyên Quang',
  'Tỉnh Lào Cai',
  'Tỉnh Thái Nguyên',
  'Tỉnh Phú Thọ',
  'Tỉnh Bắc Ninh',
  'Tỉnh Hưng Yên',
  'Thành phố Hải Phòng',
  'Tỉnh Ninh Bình',
  'Tỉnh Quảng Trị',
  'Thành phố Đà Nẵng',
  'Tỉnh Quảng Ngãi',
  'Tỉnh Gia Lai',
  'Tỉnh Khánh Hòa',
  'Tỉnh Lâm Đồng',
  'Tỉnh Đắk Lắk',
  'Thành phố Hồ Chí Minh',
  'Tỉnh Đồng Nai',
  'Tỉnh Tây Ninh',
  'Thành phố Cần Thơ',
  'Tỉnh Vĩnh Long',
  'Tỉnh Đồng Tháp',
  'Tỉnh Cà Mau',
  'Tỉnh An Giang',
] as const;

export type Kind = 'sum' | 'count' | 'ratio' | 'rate_per_mille' | 'index';

export interface IndicatorTemplate {
  code: string;
  name: string;
  unit: string;
  kind: Kind;
  /** The roll-up rule of a lower level's indicator linked to this one. */
  rule: 'sum' | 'ratio' | 'none';
  factor: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
}

const S = (code: string, name: string, unit: string, kind: 'sum' | 'count' = 'sum'): IndicatorTemplate => ({
  code,
  name,
  unit,
  kind,
  rule: 'sum',
  factor: null,
  numeratorLabel: null,
  denominatorLabel: null,
});
const R = (code: string, name: string, num: string, den: string): IndicatorTemplate => ({
  code,
  name,
  unit: '%',
  kind: 'ratio',
  rule: 'ratio',
  factor: 100,
  numeratorLabel: num,
  denominatorLabel: den,
});

/** The 30 indicators (codes CT01–CT30). */
export const INDICATORS: IndicatorTemplate[] = [
  S('CT01', 'Thu ngân sách nhà nước trên địa bàn', 'triệu đồng'),
  S('CT02', 'Số lao động được tạo việc làm mới', 'người'),
  S('CT03', 'Số hộ được hỗ trợ thoát nghèo', 'hộ'),
  S('CT04', 'Số cây xanh được trồng mới', 'cây'),
  S('CT05', 'Số mét đường ngõ, xóm được cứng hóa', 'm'),
  S('CT06', 'Số người tham gia bảo hiểm xã hội tự nguyện mới', 'người'),
  S('CT07', 'Số thẻ bảo hiểm y tế cấp mới', 'thẻ'),
  S('CT08', 'Số lượt người dân được tuyên truyền pháp luật', 'lượt'),
  S('CT09', 'Số hồ sơ thủ tục hành chính giải quyết trực tuyến', 'hồ sơ'),
  S('CT10', 'Số vụ vi phạm trật tự đô thị được xử lý', 'vụ'),
  S('CT11', 'Số tấn rác thải sinh hoạt được phân loại tại nguồn', 'tấn'),
  S('CT12', 'Số tiền vận động Quỹ Vì người nghèo', 'triệu đồng'),
  S('CT13', 'Số giờ tình nguyện của đoàn viên, hội viên', 'giờ'),
  S('CT14', 'Số lượt khám chữa bệnh tại trạm y tế', 'lượt'),
  S('CT15', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 'count'),
  S('CT16', 'Số mô hình, điển hình tiên tiến được nhân rộng', 'mô hình', 'count'),
  S('CT17', 'Số công trình, phần việc chào mừng được gắn biển', 'công trình', 'count'),
  S('CT18', 'Số camera an ninh được lắp đặt', 'camera', 'count'),
  S('CT19', 'Số câu lạc bộ văn hóa, thể thao hoạt động', 'câu lạc bộ', 'count'),
  S('CT20', 'Số sáng kiến được công nhận', 'sáng kiến', 'count'),
  R('CT21', 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', 'Số hộ đạt', 'Tổng số hộ'),
  R('CT22', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'Số người có thẻ', 'Dân số'),
  R('CT23', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 'Hồ sơ đúng hạn', 'Hồ sơ đã giải quyết'),
  R('CT24', 'Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng đầy đủ', 'Số trẻ tiêm đủ', 'Số trẻ dưới 5 tuổi'),
  R('CT25', 'Tỷ lệ hộ sử dụng nước sạch', 'Số hộ dùng nước sạch', 'Tổng số hộ'),
  R('CT26', 'Tỷ lệ lao động qua đào tạo', 'Lao động qua đào tạo', 'Lao động trong độ tuổi'),
  R('CT27', 'Tỷ lệ hộ thanh toán không dùng tiền mặt', 'Số hộ', 'Tổng số hộ'),
  R('CT28', 'Tỷ lệ tổ dân phố đạt danh hiệu văn hóa', 'Số tổ đạt', 'Tổng số tổ'),
  {
    code: 'CT29',
    name: 'Tỷ suất sinh thô',
    unit: '‰',
    kind: 'rate_per_mille',
    rule: 'none',
    factor: 1000,
    numeratorLabel: null,
    denominatorLabel: null,
  },
  {
    code: 'CT30',
    name: 'Chỉ số hài lòng của người dân',
    unit: 'điểm',
    kind: 'index',
    rule: 'none',
    factor: null,
    numeratorLabel: null,
    denominatorLabel: null,
  },
];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Wards per province (summing to scale.wards); the first province has 100 when there are enough wards. */
export function wardsPerProvince(scale: Scale, seed: number): number[] {
  const r = rng(seed);
  const mean = scale.wards / scale.provinces;
  const raw = Array.from({ length: scale.provinces }, (_, i) =>
    i === 0 ? 0 : Math.max(10, mean * (0.65 + 0.7 * r())),
  );
  const first = Math.min(100, scale.wards - 10 * (scale.provinces - 1));
  const rest = scale.wards - first;
  const sum = raw.reduce((a, b) => a + b, 0) || 1;
  const out = raw.map((x, i) => (i === 0 ? first : Math.max(1, Math.floor((x / sum) * rest))));
  // Give the rounding remainder to the last provinces, one each.
  let left = scale.wards - out.reduce((a, b) => a + b, 0);
  for (let i = out.length - 1; left > 0; i = i > 1 ? i - 1 : out.length - 1, left--)
    out[i] = (out[i] ?? 0) + 1;
  return out;
}

export type UnitKind = 'department' | 'school' | 'health_station' | 'residential_group' | 'enterprise';

/** One ward's units and its figures, drawn from its own seed (so any ward can be regenerated alone). */
export interface WardDraw {
  units: { kind: UnitKind; name: string }[];
  /** Per indicator (by index): the ward's target. */
  targets: number[];
  /** Per unit, per indicator: the unit's value at each of the 12 months ([value] or [numerator, denominator]);
   * levels (CT29, CT30) only for the unit that reports them (the first), else null. */
  values: (number[][] | null)[][];
}

const DEPARTMENTS = [
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Phục vụ hành chính công',
  'Công an',
  'Ban Chỉ huy quân sự',
];

export function drawWard(seed: number, provinceIndex: number, wardIndex: number): WardDraw {
  const r = rng((seed * 1_000_003 + provinceIndex * 10_007 + wardIndex) >>> 0);
  const n = 20 + Math.floor(r() * 21);
  const units: WardDraw['units'] = [];
  for (const d of DEPARTMENTS) units.push({ kind: 'department', name: d });
  units.push({ kind: 'health_station', name: 'Trạm Y tế' });
  units.push({ kind: 'school', name: 'Trường Tiểu học' });
  units.push({ kind: 'school', name: 'Trường Trung học cơ sở' });
  const enterprises = 2 + Math.floor(r() * 3);
  for (let e = 1; e <= enterprises; e++) units.push({ kind: 'enterprise', name: `Doanh nghiệp số ${e}` });
  for (let t = 1; units.length < n; t++)
    units.push({ kind: 'residential_group', name: `Tổ dân phố số ${t}` });

  const targets: number[] = [];
  const values: WardDraw['values'] = units.map(() => []);
  INDICATORS.forEach((ind, k) => {
    if (ind.kind === 'sum' || ind.kind === 'count') {
      const scale = ind.kind === 'count' ? 0.05 : 1;
      let expected = 0;
      units.forEach((_, u) => {
        const base = Math.exp(normal(r, Math.log(40), 0.6)) * scale;
        const perf = clamp(normal(r, 1, 0.15), 0.5, 1.4);
        expected += base * 12;
        let prev = 0;
        const series: number[][] = [];
        for (let m = 1; m <= 12; m++) {
          const v = Math.max(prev, Math.round(base * m * perf * (1 + normal(r, 0, 0.04))));
          prev = v;
          series.push([v]);
        }
        (values[u] as (number[][] | null)[])[k] = series;
      });
      targets.push(Math.max(1, Math.round(expected * (0.95 + 0.2 * r()))));
    } else if (ind.kind === 'ratio') {
      const target = Math.round(80 + 18 * r());
      const rate = clamp((target + normal(r, 0, 6)) / 100, 0.3, 1);
      units.forEach((_, u) => {
        const den = 40 + Math.floor(r() * 560);
        const series: number[][] = [];
        for (let m = 1; m <= 12; m++) {
          const p = clamp(rate + normal(r, 0, 0.02) + (m - 6) * 0.002, 0, 1);
          series.push([Math.round(den * p), den]);
        }
        (values[u] as (number[][] | null)[])[k] = series;
      });
      targets.push(target);
    } else {
      const level = ind.kind === 'rate_per_mille' ? 9 + 6 * r() : 70 + 25 * r();
      units.forEach((_, u) => {
        (values[u] as (number[][] | null)[])[k] =
          u === 0
            ? Array.from({ length: 12 }, () => [Math.round((level + normal(r, 0, 0.3)) * 10) / 10])
            : null;
      });
      targets.push(ind.kind === 'rate_per_mille' ? 12 : 80);
    }
  });
  return { units, targets, values };
}

/** The status of a unit's report in a month: accepted up to October; November mostly accepted, some still
 * submitted or draft; December a draft. `benchWard` wards keep November submitted (for the acceptance
 * benchmark). */
export function reportStatus(
  seed: number,
  unitIndex: number,
  month: number,
  benchWard: boolean,
): 'accepted' | 'submitted' | 'draft' {
  if (month <= 10) return 'accepted';
  if (month === 12) return 'draft';
  if (benchWard) return 'submitted';
  const x = rng((seed * 7919 + unitIndex) >>> 0)();
  return x < 0.75 ? 'accepted' : x < 0.9 ? 'submitted' : 'draft';
}
