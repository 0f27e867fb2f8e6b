/**
 * City level (issue 9, ADR 0009): a ward's aggregated report to the city campaign its own campaign implements
 * (the second approval level, with its lock), and the city dashboard that rolls the wards' linked indicators up.
 */
import { z } from 'zod';
import { Direction, IndicatorKind, RollupRule } from '../indicators/schema.ts';
import { ProgressStatusEnum } from '../progress/status.ts';
import { ReportListStatus } from '../reports/schema.ts';

export const UPWARD_STATUSES = ['submitted', 'accepted', 'returned', 'withdrawn'] as const;
export const UpwardStatus = z.enum(UPWARD_STATUSES);
export type UpwardStatus = z.infer<typeof UpwardStatus>;

export const UPWARD_STATUS_LABELS: Record<UpwardStatus | 'none', { vi: string; en: string }> = {
  none: { vi: 'Chưa gửi', en: 'Not sent' },
  submitted: { vi: 'Đã gửi, chờ tiếp nhận', en: 'Submitted' },
  accepted: { vi: 'Cấp trên đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Cấp trên trả lại', en: 'Returned' },
  withdrawn: { vi: 'Đã rút lại', en: 'Withdrawn' },
};

export const UPWARD_ACTIONS = ['submit', 'withdraw', 'accept', 'return'] as const;
export const UpwardAction = z.enum(UPWARD_ACTIONS);
export type UpwardAction = z.infer<typeof UpwardAction>;

/**
 * The workflow of the aggregated report. The ward (its standing office) submits and may withdraw until the city
 * decides; the city's office accepts or returns (also after accepting, with a reason). Submitted and accepted lock
 * the ward's unit reports of that period.
 */
export const UPWARD_TRANSITIONS: {
  action: UpwardAction;
  from: (UpwardStatus | null)[];
  to: UpwardStatus;
  by: 'ward' | 'city';
}[] = [
  { action: 'submit', from: [null, 'returned', 'withdrawn'], to: 'submitted', by: 'ward' },
  { action: 'withdraw', from: ['submitted'], to: 'withdrawn', by: 'ward' },
  { action: 'accept', from: ['submitted'], to: 'accepted', by: 'city' },
  { action: 'return', from: ['submitted', 'accepted'], to: 'returned', by: 'city' },
];

export const upwardLocks = (s: UpwardStatus | null) => s === 'submitted' || s === 'accepted';

const N = z.number().nullable();

export const UpwardUnit = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  status: ReportListStatus,
  reportId: z.number().int().nullable(),
});
export type UpwardUnit = z.infer<typeof UpwardUnit>;

/** One linked value as the ward sends it: its own indicator, the city indicator it feeds, and the figure. */
export const UpwardValue = z.object({
  indicatorId: z.number().int(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  unitOfMeasure: z.string(),
  parentIndicatorId: z.number().int(),
  parentIndicatorCode: z.string(),
  rule: RollupRule,
  value: N,
  numerator: N,
  denominator: N,
  isEstimate: z.boolean(),
  unitsReported: z.number().int(),
});
export type UpwardValue = z.infer<typeof UpwardValue>;

export const UpwardSubmission = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  parentCampaignId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  periodId: z.string(),
  status: UpwardStatus,
  version: z.number().int(),
  missingUnits: z.array(UpwardUnit.omit({ reportId: true })),
  missingReason: z.string().nullable(),
  note: z.string(),
  returnReason: z.string().nullable(),
  values: z.array(UpwardValue),
  submittedBy: z.string().nullable(),
  submittedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type UpwardSubmission = z.infer<typeof UpwardSubmission>;

/** The ward's view of its aggregated report for a period: what would be sent, whether it may be, and its state. */
export const UpwardState = z.object({
  campaignId: z.number().int(),
  campaignTitle: z.string(),
  parentCampaign: z.object({ id: z.number().int(), title: z.string(), issuerName: z.string() }),
  period: z.object({ id: z.string(), label: z.string(), dueOn: z.string() }),
  periods: z.array(z.object({ id: z.string(), label: z.string(), status: UpwardStatus.nullable() })),
  submission: UpwardSubmission.nullable(),
  readiness: z.object({
    expected: z.number().int(),
    accepted: z.number().int(),
    /** Submitted by the unit and waiting for the ward's review: these block the submission. */
    pending: z.array(UpwardUnit),
    /** No accepted report (not started, draft, returned): allowed only with a reason. */
    missing: z.array(UpwardUnit),
  }),
  /** The linked values now (what a submission would send). */
  values: z.array(UpwardValue),
  locked: z.boolean(),
  can: z.object({
    submit: z.boolean(),
    withdraw: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
  }),
});
export type UpwardState = z.infer<typeof UpwardState>;

export const UpwardQuery = z.object({ periodId: z.string().min(1).max(40).optional() });
export type UpwardQuery = z.infer<typeof UpwardQuery>;

export const UpwardSubmit = z.object({
  periodId: z.string().min(1).max(40),
  /** The current submission's version (0 when there is none yet). */
  version: z.number().int().min(0).max(2_000_000_000),
  missingReason: z.string().trim().max(2000).optional(),
  note: z.string().trim().max(4000).optional(),
});
export type UpwardSubmit = z.infer<typeof UpwardSubmit>;

export const UpwardDecide = z.object({
  version: z.number().int().min(1).max(2_000_000_000),
  reason: z.string().trim().max(2000).optional(),
});
export type UpwardDecide = z.infer<typeof UpwardDecide>;

// --- city dashboard ---------------------------------------------------------------------------------------------

/** How a city indicator is rolled up from the wards: the linked indicators' rule, or `mixed` when they differ. */
export const CityRule = z.enum(['sum', 'ratio', 'none', 'mixed', 'unlinked']);
export type CityRule = z.infer<typeof CityRule>;

export const CITY_RULE_TEXT: Record<CityRule, string> = {
  sum: 'Cộng số liệu của các phường',
  ratio: 'Tử số và mẫu số của các phường cộng lại rồi chia (không lấy trung bình tỷ lệ)',
  none: 'Không cộng dồn được (chỉ số không cộng): xem từng phường',
  mixed: 'Các phường liên kết với cách cộng dồn khác nhau: không tính tổng',
  unlinked: 'Chưa có phường nào liên kết chỉ tiêu này',
};

export const CityNoData = z.enum(['not_reported', 'no_rollup', 'zero_denominator', 'not_linked']);
export type CityNoData = z.infer<typeof CityNoData>;

export const CityIndicator = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  kind: IndicatorKind,
  direction: Direction,
  factor: N,
  target: N,
  targetLow: N,
  targetHigh: N,
  tolerance: N,
  rule: CityRule,
  ruleText: z.string(),
  /** The plan at the period: the linear share of the target for sums and counts, the target for levels. */
  planned: N,
  value: N,
  numerator: N,
  denominator: N,
  isEstimate: z.boolean(),
  completion: N,
  score: N,
  status: ProgressStatusEnum,
  wardsLinked: z.number().int(),
  wardsReported: z.number().int(),
  noData: CityNoData.nullable(),
});
export type CityIndicator = z.infer<typeof CityIndicator>;

export const CityWard = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** The ward's campaign that implements the city's (null: the ward has none). */
  campaignId: z.number().int().nullable(),
  campaignTitle: z.string().nullable(),
  submission: z
    .object({
      id: z.number().int(),
      status: UpwardStatus,
      version: z.number().int(),
      submittedAt: z.string(),
      decidedAt: z.string().nullable(),
      missingUnits: z.number().int(),
      missingReason: z.string().nullable(),
      returnReason: z.string().nullable(),
    })
    .nullable(),
  unitsExpected: z.number().int(),
  unitsAccepted: z.number().int(),
  /** Mean of the linked indicators' scores (0–10), the rank among wards, and who shares it. */
  score: N,
  rank: z.number().int().nullable(),
  tiedWith: z.array(z.string()),
  linkedIndicators: z.number().int(),
  scoredIndicators: z.number().int(),
  redFlags: z.number().int(),
});
export type CityWard = z.infer<typeof CityWard>;

export const CityCell = z.object({
  indicatorId: z.number().int(),
  wardUnitId: z.number().int(),
  wardIndicatorId: z.number().int(),
  wardIndicatorCode: z.string(),
  value: N,
  numerator: N,
  denominator: N,
  isEstimate: z.boolean(),
  target: N,
  planned: N,
  completion: N,
  score: N,
  redFlag: z.boolean(),
  status: ProgressStatusEnum,
  noData: CityNoData.nullable(),
});
export type CityCell = z.infer<typeof CityCell>;

export const CityNotReported = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  campaignId: z.number().int().nullable(),
  status: UpwardStatus.nullable(),
  reason: z.enum(['no_campaign', 'not_submitted', 'returned', 'withdrawn']),
});
export type CityNotReported = z.infer<typeof CityNotReported>;

export const CityDashboard = z.object({
  campaignId: z.number().int(),
  campaignTitle: z.string(),
  issuerName: z.string(),
  today: z.string(),
  period: z.object({ id: z.string(), label: z.string(), dueOn: z.string() }),
  periods: z.array(z.object({ id: z.string(), label: z.string(), dueOn: z.string() })),
  indicators: z.array(CityIndicator),
  wards: z.array(CityWard),
  cells: z.array(CityCell),
  notReported: z.array(CityNotReported),
  submissions: z.object({
    expected: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    missing: z.number().int(),
  }),
  /** The city office may accept / return the wards' aggregated reports. */
  canDecide: z.boolean(),
});
export type CityDashboard = z.infer<typeof CityDashboard>;

export const CityDashboardQuery = z.object({ periodId: z.string().min(1).max(40).optional() });
export type CityDashboardQuery = z.infer<typeof CityDashboardQuery>;
