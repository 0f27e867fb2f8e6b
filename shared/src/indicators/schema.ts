import { z } from 'zod';
import { maskOf } from '../zod-helpers.ts';

/**
 * Indicator kinds, as they occur in real plans:
 * - sum: an amount that adds up across units (triệu đồng, tấn);
 * - ratio: numerator / denominator × factor (100 for %, 1000 for ‰ of a population) — never averaged;
 * - count: whole things (hộ, lượt, buổi, tổ dân phố);
 * - rate_per_mille: a demographic rate per 1,000 (tỷ suất sinh 12,15 ‰);
 * - index: a number on its own scale (tỷ số giới tính khi sinh: bé trai / 100 bé gái).
 */
export const INDICATOR_KINDS = ['sum', 'ratio', 'count', 'rate_per_mille', 'index'] as const;
export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** at_least: higher is better; at_most: lower is better; maintain: stay within ± tolerance; band: low–high. */
export const DIRECTIONS = ['at_least', 'at_most', 'maintain', 'band'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** How a parent indicator relates to its children's targets. */
export const CHILDREN_RULES = ['none', 'must_equal', 'must_not_exceed'] as const;
export const ChildrenRule = z.enum(CHILDREN_RULES);
export type ChildrenRule = z.infer<typeof ChildrenRule>;

/** How a sub-campaign's indicator rolls up into the parent campaign's indicator it links to. */
export const ROLLUP_RULES = ['sum', 'ratio', 'none'] as const;
export const RollupRule = z.enum(ROLLUP_RULES);
export type RollupRule = z.infer<typeof RollupRule>;

export const FREQUENCIES = ['month', 'quarter', 'half_year', 'year', 'campaign'] as const;
export const Frequency = z.enum(FREQUENCIES);
export type Frequency = z.infer<typeof Frequency>;

export const INDICATOR_KIND_LABELS: Record<IndicatorKind, { vi: string; en: string }> = {
  sum: { vi: 'Tổng (cộng dồn)', en: 'Sum' },
  ratio: { vi: 'Tỷ lệ (tử số / mẫu số)', en: 'Ratio' },
  count: { vi: 'Số lượng', en: 'Count' },
  rate_per_mille: { vi: 'Tỷ suất (‰)', en: 'Rate per mille' },
  index: { vi: 'Chỉ số', en: 'Index' },
};
export const DIRECTION_LABELS: Record<Direction, { vi: string; en: string }> = {
  at_least: { vi: 'Đạt từ … trở lên', en: 'At least' },
  at_most: { vi: 'Không vượt quá', en: 'At most' },
  maintain: { vi: 'Duy trì', en: 'Maintain' },
  band: { vi: 'Trong khoảng', en: 'Within band' },
};
export const FREQUENCY_LABELS: Record<Frequency, { vi: string; en: string }> = {
  month: { vi: 'Hằng tháng', en: 'Monthly' },
  quarter: { vi: 'Hằng quý', en: 'Quarterly' },
  half_year: { vi: '6 tháng', en: 'Half-yearly' },
  year: { vi: 'Hằng năm', en: 'Yearly' },
  campaign: { vi: 'Cuối đợt', en: 'End of campaign' },
};
export const CHILDREN_RULE_LABELS: Record<ChildrenRule, { vi: string; en: string }> = {
  none: { vi: 'Không ràng buộc', en: 'No rule' },
  must_equal: { vi: 'Tổng chỉ tiêu con bằng chỉ tiêu cha', en: 'Children sum to parent' },
  must_not_exceed: { vi: 'Tổng chỉ tiêu con không vượt chỉ tiêu cha', en: 'Children do not exceed parent' },
};
export const ROLLUP_RULE_LABELS: Record<RollupRule, { vi: string; en: string }> = {
  sum: { vi: 'Cộng giá trị', en: 'Sum values' },
  ratio: { vi: 'Cộng tử số và mẫu số rồi chia', en: 'Sum numerators and denominators' },
  none: { vi: 'Không cộng dồn', en: 'No roll-up' },
};

const Text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, `Tối đa ${max} ký tự`));
const NumberValue = z.number().finite('Giá trị phải là số hữu hạn');

export const IndicatorBase = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, 'Nhập mã chỉ tiêu')
    .max(20, 'Mã chỉ tiêu tối đa 20 ký tự')
    .regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'Mã chỉ tiêu chỉ gồm chữ in không dấu, số, dấu chấm, gạch'),
  name: Text(500).pipe(z.string().min(1, 'Nhập tên chỉ tiêu')),
  unitOfMeasure: Text(40).pipe(z.string().min(1, 'Nhập đơn vị tính')),
  kind: IndicatorKind,
  direction: Direction,
  targetValue: NumberValue.nullable(),
  targetLow: NumberValue.nullable(),
  targetHigh: NumberValue.nullable(),
  tolerance: NumberValue.nullable(),
  baselineValue: NumberValue.nullable(),
  numeratorLabel: Text(200).nullable(),
  denominatorLabel: Text(200).nullable(),
  factor: NumberValue.nullable().describe('Ratio factor: 100 for %, 1000 for ‰'),
  allowOver100: z.boolean().describe('A percentage may exceed 100 (e.g. growth vs last year)'),
  minValue: NumberValue.nullable().describe('Smallest value a report may give (checked on entry)'),
  maxValue: NumberValue.nullable().describe('Largest value a report may give (checked on entry)'),
  groupName: Text(120).nullable().describe('Indicator group for dashboard filters ("Kinh tế – ngân sách")'),
  scoreFull: z
    .number()
    .finite()
    .min(0.01, 'Mức đạt điểm tối đa phải lớn hơn 0')
    .max(10)
    .nullable()
    .describe('Completion (1 = 100 %) that earns 10 points; null = 100 %'),
  scoreRedFlag: z
    .number()
    .finite()
    .min(0, 'Ngưỡng cảnh báo từ 0')
    .max(0.99, 'Ngưỡng cảnh báo dưới 100 %')
    .nullable()
    .describe('Completion at or below which the score is 0 (red flag); null = the campaign default'),
  parentIndicatorId: z.number().int().positive().nullable(),
  childrenRule: ChildrenRule,
  linkedIndicatorId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('An indicator of the parent campaign this one contributes to'),
  rollupRule: RollupRule,
  frequency: Frequency,
  evidenceRequired: z.boolean(),
  responsibleUnitId: z.number().int().positive().nullable(),
  coordinatingUnitIds: z.array(z.number().int().positive()).max(50),
  weight: z.number().finite().min(0, 'Trọng số không âm').max(100, 'Trọng số tối đa 100'),
  sortOrder: z.number().int().min(0).max(100000),
  sourceText: Text(2000).nullable().describe("The plan's own wording of this indicator"),
  note: Text(2000).nullable(),
});

const INDICATOR_DEFAULTS = {
  targetValue: null,
  targetLow: null,
  targetHigh: null,
  tolerance: null,
  baselineValue: null,
  numeratorLabel: null,
  denominatorLabel: null,
  factor: null,
  allowOver100: false,
  minValue: null,
  maxValue: null,
  groupName: null,
  scoreFull: null,
  scoreRedFlag: null,
  parentIndicatorId: null,
  childrenRule: 'none',
  linkedIndicatorId: null,
  rollupRule: 'none',
  frequency: 'quarter',
  evidenceRequired: false,
  responsibleUnitId: null,
  coordinatingUnitIds: [],
  weight: 1,
  sortOrder: 0,
  sourceText: null,
  note: null,
} satisfies Partial<z.output<typeof IndicatorBase>>;

/** The fields of an indicator a person edits, with create-time defaults. Cross-field rules live in `rules.ts`. */
export const IndicatorFields = IndicatorBase.partial(maskOf(INDICATOR_DEFAULTS)).transform(
  (v) => ({ ...INDICATOR_DEFAULTS, ...v }) as z.output<typeof IndicatorBase>,
);
export type IndicatorFields = z.output<typeof IndicatorFields>;

export const IndicatorCreate = IndicatorFields;
export type IndicatorCreate = z.output<typeof IndicatorCreate>;

export const IndicatorUpdate = IndicatorBase.partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;

export const Indicator = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  kind: IndicatorKind,
  direction: Direction,
  targetValue: z.number().nullable(),
  targetLow: z.number().nullable(),
  targetHigh: z.number().nullable(),
  tolerance: z.number().nullable(),
  baselineValue: z.number().nullable(),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  factor: z.number().nullable(),
  allowOver100: z.boolean(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  groupName: z.string().nullable(),
  scoreFull: z.number().nullable(),
  scoreRedFlag: z.number().nullable(),
  parentIndicatorId: z.number().int().nullable(),
  childrenRule: ChildrenRule,
  linkedIndicatorId: z.number().int().nullable(),
  rollupRule: RollupRule,
  frequency: Frequency,
  evidenceRequired: z.boolean(),
  responsibleUnitId: z.number().int().nullable(),
  coordinatingUnitIds: z.array(z.number().int()),
  weight: z.number(),
  sortOrder: z.number().int(),
  sourceText: z.string().nullable(),
  note: z.string().nullable(),
  assignedUnitIds: z.array(z.number().int()),
  version: z.number().int(),
});
export type Indicator = z.infer<typeof Indicator>;

export const AssignmentBulk = z.object({
  indicatorIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một chỉ tiêu').max(500),
  unitIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một đơn vị').max(2000),
  mode: z.enum(['add', 'remove']).default('add'),
});
export type AssignmentBulk = z.infer<typeof AssignmentBulk>;

/**
 * An indicator inside a whole-campaign import (plan import): parents are named by code because the ids do not
 * exist yet. Everything is created in one transaction or not at all.
 */
const { parentIndicatorId: _unused, ...IMPORT_BASE_DEFAULTS } = INDICATOR_DEFAULTS;
const IMPORT_DEFAULTS = { ...IMPORT_BASE_DEFAULTS, parentCode: null as string | null };
export const IndicatorImport = IndicatorBase.omit({ parentIndicatorId: true })
  .extend({ parentCode: z.string().trim().toUpperCase().max(20).nullable() })
  .partial(maskOf(IMPORT_DEFAULTS))
  .transform((v) => ({ ...IMPORT_DEFAULTS, ...v }));
export type IndicatorImport = z.output<typeof IndicatorImport>;
