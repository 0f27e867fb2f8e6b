/**
 * The words plans use for units, comparisons and well-known indicators. Kept as data so a new wording is a
 * one-line change. Matching is on folded keys (no accents, lower case) unless said otherwise.
 */
import type { Direction, IndicatorKind } from '../indicators/schema.ts';

export { COUNT_NOUNS, UNITS, type UnitClass } from './units.ts';

/** Comparison words before a number; `null` = neutral ("đạt", "là"). Longest first. */
export const QUALIFIERS: { words: string; direction: Direction | null; strength: number }[] = [
  { words: 'không vượt quá', direction: 'at_most', strength: 3 },
  { words: 'không cao hơn', direction: 'at_most', strength: 3 },
  { words: 'không lớn hơn', direction: 'at_most', strength: 3 },
  { words: 'không thấp hơn', direction: 'at_least', strength: 3 },
  { words: 'không ít hơn', direction: 'at_least', strength: 3 },
  { words: 'giảm xuống còn', direction: 'at_most', strength: 3 },
  { words: 'không quá', direction: 'at_most', strength: 3 },
  { words: 'không dưới', direction: 'at_least', strength: 3 },
  { words: 'tối thiểu', direction: 'at_least', strength: 3 },
  { words: 'ít nhất', direction: 'at_least', strength: 3 },
  { words: 'tối đa', direction: 'at_most', strength: 3 },
  { words: 'thấp hơn', direction: 'at_most', strength: 3 },
  { words: 'cao hơn', direction: 'at_least', strength: 3 },
  { words: 'giảm còn', direction: 'at_most', strength: 3 },
  { words: 'xuống còn', direction: 'at_most', strength: 3 },
  { words: 'còn dưới', direction: 'at_most', strength: 3 },
  { words: 'duy trì', direction: 'maintain', strength: 2 },
  { words: 'giữ vững', direction: 'maintain', strength: 2 },
  { words: 'ổn định', direction: 'maintain', strength: 2 },
  { words: 'tăng lên', direction: 'at_least', strength: 2 },
  { words: 'trên', direction: 'at_least', strength: 3 },
  { words: 'hơn', direction: 'at_least', strength: 3 },
  { words: 'vượt', direction: 'at_least', strength: 3 },
  { words: 'dưới', direction: 'at_most', strength: 3 },
  { words: 'còn', direction: 'at_most', strength: 3 },
  { words: 'giảm', direction: 'at_most', strength: 1 },
  { words: 'tăng', direction: 'at_least', strength: 1 },
  { words: '>=', direction: 'at_least', strength: 3 },
  { words: '≥', direction: 'at_least', strength: 3 },
  { words: '>', direction: 'at_least', strength: 3 },
  { words: '<=', direction: 'at_most', strength: 3 },
  { words: '≤', direction: 'at_most', strength: 3 },
  { words: '<', direction: 'at_most', strength: 3 },
  { words: 'phấn đấu đạt', direction: null, strength: 0 },
  { words: 'ước đạt', direction: null, strength: 0 },
  { words: 'ước', direction: null, strength: 0 },
  { words: 'đạt mức', direction: null, strength: 0 },
  { words: 'ở mức', direction: null, strength: 0 },
  { words: 'mức', direction: null, strength: 0 },
  { words: 'đạt', direction: null, strength: 0 },
  { words: 'là', direction: null, strength: 0 },
  { words: 'bằng', direction: null, strength: 0 },
  { words: 'khoảng', direction: null, strength: 0 },
  { words: 'được', direction: null, strength: 0 },
  { words: 'có', direction: null, strength: 0 },
  { words: 'từ', direction: null, strength: 0 },
];

/** Words after a number that set the direction. */
export const POST_QUALIFIERS: { words: string; direction: Direction }[] = [
  { words: 'trở lên', direction: 'at_least' },
  { words: 'trở xuống', direction: 'at_most' },
  { words: 'trở lại', direction: 'at_most' },
];

/** Lower is better when the name has one of these (folded, whole words). */
export const LOWER_IS_BETTER = [
  'suy dinh dưỡng',
  'thấp còi',
  'nhẹ cân',
  'hộ nghèo',
  'hộ cận nghèo',
  'tái nghèo',
  'tai nạn',
  'tội phạm',
  'phạm pháp',
  'thất nghiệp',
  'tử vong',
  'ô nhiễm',
  'vi phạm',
  'cháy',
  'cháy nổ',
  'ma tuý',
  'bỏ học',
  'lưu ban',
  'tảo hôn',
  'sinh con thứ ba',
  'sinh con thứ 3',
  'nợ đọng',
  'tồn đọng',
  'quá hạn',
  'trễ hạn',
  'chậm tiến độ',
  'ngộ độc',
  'mắc mới',
  'nợ xấu',
  'lấn chiếm',
  'khiếu kiện',
];

/** …unless the name says the bad thing is being dealt with ("vi phạm được xử lý", "hộ thoát nghèo"). */
export const GOOD_ACTIONS = [
  'được xử lý',
  'bị xử lý',
  'xử lý',
  'được giải quyết',
  'giải quyết',
  'triệt phá',
  'phát hiện',
  'khám phá',
  'điều tra làm rõ',
  'thoát nghèo',
  'tặng',
  'trao',
  'giúp đỡ',
  'được hỗ trợ',
  'hỗ trợ',
  'được tuyên truyền',
  'phòng chống',
  'phòng, chống',
  'ngăn chặn',
  'bảo hiểm',
];

/** Indicators whose meaning fixes kind, unit or direction; `key` is matched on the folded name. */
export const KNOWN_INDICATORS: {
  key: string;
  kind: IndicatorKind;
  unit: string;
  factor: number | null;
  direction: Direction;
  /** Why the direction is ours to choose (the plan does not say); shown as a review note. */
  assumption?: string;
  /** For a band given by its top only: a documented lower bound proposed for review. */
  bandLow?: { value: number; note: string };
}[] = [
  {
    key: 'tỷ số giới tính khi sinh',
    kind: 'index',
    unit: 'bé trai/100 bé gái',
    factor: null,
    direction: 'band',
    assumption: 'Tỷ số giới tính khi sinh là một khoảng: kế hoạch chỉ nêu một số, cần nhập cận còn lại.',
    bandLow: {
      value: 103,
      note: 'Cận dưới đề xuất 103: mức tỷ số giới tính khi sinh tự nhiên là 103–107. Hãy xem lại.',
    },
  },
  {
    key: 'tỷ suất sinh',
    kind: 'rate_per_mille',
    unit: '‰',
    factor: 1000,
    direction: 'maintain',
    assumption: 'Kế hoạch không nêu chiều đánh giá của tỷ suất sinh; tạm chọn "duy trì", cần nhập biên độ.',
  },
  {
    key: 'tỷ suất chết',
    kind: 'rate_per_mille',
    unit: '‰',
    factor: 1000,
    direction: 'at_most',
  },
  {
    key: 'tăng dân số tự nhiên',
    kind: 'ratio',
    unit: '%',
    factor: 100,
    direction: 'maintain',
    assumption: 'Kế hoạch không nêu chiều đánh giá của tỷ lệ tăng dân số tự nhiên; tạm chọn "duy trì".',
  },
];

/** Malnutrition forms as named in the seed and in health statistics. */
export const SUB_LABELS: { parent: string; sub: string; name: string }[] = [
  { parent: 'suy dinh dưỡng', sub: 'chiều cao', name: 'thể thấp còi (chiều cao theo tuổi)' },
  { parent: 'suy dinh dưỡng', sub: 'cân nặng', name: 'thể nhẹ cân (cân nặng theo tuổi)' },
];

/** Clear misspellings seen in real plans: wrong → right (matched case-sensitively on whole words). */
export const TYPOS: [string, string][] = [
  ['Tỷ kệ', 'Tỷ lệ'],
  ['tỷ kệ', 'tỷ lệ'],
  ['Tỉ kệ', 'Tỷ lệ'],
  ['Tỉ lệ', 'Tỷ lệ'],
  ['tỉ lệ', 'tỷ lệ'],
  ['Tỉ suất', 'Tỷ suất'],
  ['tỉ suất', 'tỷ suất'],
  ['kỉ nguvên', 'kỷ nguyên'],
  ['kỉ nguyên', 'kỷ nguyên'],
  ['kỷ nguvên', 'kỷ nguyên'],
  ['kỉ luật', 'kỷ luật'],
  ['kỉ niệm', 'kỷ niệm'],
  ['thế kỉ', 'thế kỷ'],
  ['tháng lợi', 'thắng lợi'],
  ['doạnh nghiệp', 'doanh nghiệp'],
  ['thành nhố', 'thành phố'],
  ['bảo hiễm', 'bảo hiểm'],
  ['giáo dụng', 'giáo dục'],
];
