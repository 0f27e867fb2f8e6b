import { z } from 'zod';
import { Direction, IndicatorKind } from '../indicators/schema.ts';
import { OrgUnitKind } from '../org/schema.ts';
import { ProgressStatusEnum } from '../progress/status.ts';
import { ReportListStatus } from '../reports/schema.ts';
import { DEFAULT_BANDS } from './score.ts';

/**
 * Evaluation and dashboards (issue 6): the API contract. Every number may be null — "không có dữ liệu" — and
 * never NaN or Infinity; `noData` says why a cell is empty so the screen can say it in words.
 */

const Label = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'Nhập tên').max(120, 'Tối đa 120 ký tự'));

export const BandInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .regex(/^[a-z0-9_]+$/, 'Mã xếp loại chỉ gồm chữ thường không dấu, số, gạch dưới'),
  label: Label,
  min: z.number().finite().min(0, 'Điểm tối thiểu từ 0').max(10, 'Điểm tối đa là 10'),
});

export const CriterionInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .regex(/^[a-z0-9_]+$/, 'Mã tiêu chí chỉ gồm chữ thường không dấu, số, gạch dưới'),
  label: Label,
  weight: z.number().finite().min(0, 'Trọng số không âm').max(100, 'Trọng số tối đa 100'),
});
export type Criterion = z.infer<typeof CriterionInput>;

/** Weights (any non-negative numbers; they are normalised) of the four parts of a unit's score. */
export const EvaluationWeights = z.object({
  indicators: z.number().finite().min(0).max(100),
  timeliness: z.number().finite().min(0).max(100),
  completeness: z.number().finite().min(0).max(100),
  manual: z.number().finite().min(0).max(100),
});
export type EvaluationWeights = z.infer<typeof EvaluationWeights>;

export const DEFAULT_CRITERIA: Criterion[] = [
  { code: 'chap_hanh', label: 'Chấp hành chỉ đạo, chế độ thông tin báo cáo', weight: 1 },
  { code: 'phong_trao', label: 'Hưởng ứng phong trào, mô hình mới, cách làm hay', weight: 1 },
];

export const DEFAULT_EVALUATION = {
  bands: DEFAULT_BANDS,
  redFlag: 0.5,
  weights: { indicators: 70, timeliness: 10, completeness: 10, manual: 10 },
  criteria: DEFAULT_CRITERIA,
  keyIndicators: [] as string[],
};

export const EvaluationSettings = z
  .object({
    bands: z.array(BandInput).min(1, 'Cần ít nhất một mức xếp loại').max(8),
    /** Completion at or below which an indicator scores 0 (the red flag), unless the indicator sets its own. */
    redFlag: z.number().finite().min(0, 'Ngưỡng cảnh báo từ 0 %').max(0.99, 'Ngưỡng cảnh báo dưới 100 %'),
    weights: EvaluationWeights,
    criteria: z.array(CriterionInput).max(10),
    /** Codes of the indicators shown as gauges on the overview; empty = the top-level indicators. */
    keyIndicators: z.array(z.string().trim().toUpperCase().max(20)).max(12),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.bands.forEach((b, i) => {
      if (seen.has(b.code))
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'code'], message: 'Mã xếp loại bị trùng' });
      seen.add(b.code);
    });
    if (!s.bands.some((b) => b.min === 0))
      ctx.addIssue({ code: 'custom', path: ['bands'], message: 'Cần một mức bắt đầu từ 0 điểm' });
    const crit = new Set<string>();
    s.criteria.forEach((c, i) => {
      if (crit.has(c.code))
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'code'], message: 'Mã tiêu chí bị trùng' });
      crit.add(c.code);
    });
    const w = s.weights;
    if (w.indicators + w.timeliness + w.completeness + w.manual <= 0)
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'Tổng trọng số phải lớn hơn 0' });
  });
export type EvaluationSettings = z.infer<typeof EvaluationSettings>;

/** The settings as the API returns them (plain shapes: responses are serialised, not parsed). */
export const EvaluationSettingsOut = z.object({
  bands: z.array(z.object({ code: z.string(), label: z.string(), min: z.number() })),
  redFlag: z.number(),
  weights: EvaluationWeights,
  criteria: z.array(z.object({ code: z.string(), label: z.string(), weight: z.number() })),
  keyIndicators: z.array(z.string()),
});

export const EvaluationSettingsView = z.object({
  settings: EvaluationSettingsOut,
  version: z.number().int(),
  isDefault: z.boolean(),
});
export type EvaluationSettingsView = z.infer<typeof EvaluationSettingsView>;
export const EvaluationSettingsSave = z.object({ settings: EvaluationSettings, version: z.number().int() });
export type EvaluationSettingsSave = z.infer<typeof EvaluationSettingsSave>;

/** The office's hand score (0–10) for a qualitative criterion of a unit, always with a reason. */
export const ManualScoreSave = z.object({
  unitId: z.number().int().positive(),
  criterion: z.string().trim().min(1).max(30),
  score: z.number().finite().min(0, 'Điểm từ 0 đến 10').max(10, 'Điểm từ 0 đến 10').nullable(),
  reason: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(1000, 'Tối đa 1000 ký tự')),
});
export type ManualScoreSave = z.infer<typeof ManualScoreSave>;

export const ManualScore = z.object({
  unitId: z.number().int(),
  criterion: z.string(),
  score: z.number(),
  reason: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type ManualScore = z.infer<typeof ManualScore>;

/** Why a number is missing. */
export const NO_DATA_REASONS = [
  'not_reported',
  'not_counted',
  'no_value',
  'no_target',
  'no_rollup',
  'zero_denominator',
  'not_assigned',
] as const;
export const NoDataReason = z.enum(NO_DATA_REASONS);
export type NoDataReason = z.infer<typeof NoDataReason>;
export const NO_DATA_LABELS: Record<NoDataReason, { vi: string; en: string }> = {
  not_reported: { vi: 'Chưa báo cáo', en: 'Not reported' },
  not_counted: { vi: 'Báo cáo chưa gửi hoặc bị trả lại', en: 'Report not submitted' },
  no_value: { vi: 'Không có số liệu', en: 'No value' },
  no_target: { vi: 'Chưa giao chỉ tiêu cho đơn vị', en: 'No target for the unit' },
  no_rollup: { vi: 'Chỉ tiêu không cộng dồn được', en: 'Not additive' },
  zero_denominator: { vi: 'Mẫu số bằng 0', en: 'Zero denominator' },
  not_assigned: { vi: 'Không được giao', en: 'Not assigned' },
};

export const Trend = z.enum(['better', 'worse', 'same']).nullable();
export type Trend = z.infer<typeof Trend>;

const N = z.number().nullable();

export const DashboardPeriod = z.object({ id: z.string(), label: z.string(), dueOn: z.string() });

export const DashboardIndicator = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  kind: IndicatorKind,
  direction: Direction,
  group: z.string().nullable(),
  parentId: z.number().int().nullable(),
  isMoney: z.boolean(),
  isKey: z.boolean(),
  weight: z.number(),
  target: N,
  targetLow: N,
  targetHigh: N,
  tolerance: N,
  /** The whole campaign's planned value at the period (schedule or linear proposal). */
  planned: N,
  value: N,
  numerator: N,
  denominator: N,
  previousValue: N,
  trend: Trend,
  unitsReported: z.number().int(),
  unitsAssigned: z.number().int(),
  isEstimate: z.boolean(),
  /** Completion against the final target and against the plan for the period (1 = 100 %). */
  completion: N,
  completionVsPlan: N,
  score: N,
  redFlag: z.boolean(),
  status: ProgressStatusEnum,
  noData: NoDataReason.nullable(),
});
export type DashboardIndicator = z.infer<typeof DashboardIndicator>;

export const NotReportedUnit = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  status: ReportListStatus,
  reportId: z.number().int().nullable(),
  dueOn: z.string(),
  daysLate: z.number().int(),
});

export const Dashboard = z.object({
  campaignId: z.number().int(),
  campaignTitle: z.string(),
  today: z.string(),
  period: DashboardPeriod,
  previousPeriod: DashboardPeriod.nullable(),
  periods: z.array(DashboardPeriod),
  groups: z.array(z.string()),
  filter: z.object({ unitId: z.number().int().nullable(), group: z.string().nullable() }),
  reports: z.object({
    expected: z.number().int(),
    byStatus: z.record(ReportListStatus, z.number().int()),
    onTime: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
  }),
  statusCounts: z.record(ProgressStatusEnum, z.number().int()),
  indicators: z.array(DashboardIndicator),
  notReported: z.array(NotReportedUnit),
  /** Weighted mean of the indicator scores of the campaign as a whole. */
  score: N,
  previousScore: N,
});
export type Dashboard = z.infer<typeof Dashboard>;

export const DashboardQuery = z.object({
  periodId: z.string().max(40).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  group: z.string().max(120).optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const EvalUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: OrgUnitKind,
});

export const HeatCell = z.object({
  indicatorId: z.number().int(),
  unitId: z.number().int(),
  value: N,
  numerator: N,
  denominator: N,
  isEstimate: z.boolean(),
  planned: N,
  plannedLow: N,
  plannedHigh: N,
  completion: N,
  score: N,
  redFlag: z.boolean(),
  status: ProgressStatusEnum,
  reportId: z.number().int().nullable(),
  reportStatus: ReportListStatus,
  evidenceCount: z.number().int(),
  noData: NoDataReason.nullable(),
});
export type HeatCell = z.infer<typeof HeatCell>;

export const Heatmap = z.object({
  period: DashboardPeriod,
  units: z.array(EvalUnit),
  indicators: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      unitOfMeasure: z.string(),
      group: z.string().nullable(),
    }),
  ),
  cells: z.array(HeatCell),
});
export type Heatmap = z.infer<typeof Heatmap>;

export const RankingRow = z.object({
  unit: EvalUnit,
  parts: z.object({
    indicators: N,
    timeliness: N,
    completeness: N,
    manual: N,
  }),
  total: N,
  previousTotal: N,
  trend: Trend,
  band: z.object({ code: z.string(), label: z.string() }).nullable(),
  rule: z.string().nullable(),
  rank: z.number().int().nullable(),
  /** Names of units sharing the rank, and a sentence on how ties were treated. */
  tiedWith: z.array(z.string()),
  tieNote: z.string().nullable(),
  redFlags: z.number().int(),
  scoredIndicators: z.number().int(),
  assignedIndicators: z.number().int(),
  reports: z.object({
    due: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
  }),
  manual: z.array(ManualScore),
  /** The computation in words, part by part, so the office can defend the score. */
  explanation: z.array(z.string()),
});
export type RankingRow = z.infer<typeof RankingRow>;

export const Ranking = z.object({
  period: DashboardPeriod,
  settings: EvaluationSettingsOut,
  peerKind: OrgUnitKind.nullable(),
  rows: z.array(RankingRow),
});
export type Ranking = z.infer<typeof Ranking>;

export const RankingQuery = DashboardQuery.extend({ kind: OrgUnitKind.optional() });
export type RankingQuery = z.infer<typeof RankingQuery>;

export const ScorecardIndicator = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  kind: IndicatorKind,
  direction: Direction,
  target: N,
  cell: HeatCell,
  /** The unit's value in each period so far (for a sparkline), null where nothing counted. */
  history: z.array(z.object({ periodId: z.string(), value: N, planned: N })),
});

export const Scorecard = z.object({
  period: DashboardPeriod,
  periods: z.array(DashboardPeriod),
  unit: EvalUnit,
  row: RankingRow.nullable(),
  /** The campaign's scoring rules (bands, criteria), so a unit sees what its result is measured against. */
  settings: EvaluationSettingsOut,
  peers: z.number().int(),
  indicators: z.array(ScorecardIndicator),
});
export type Scorecard = z.infer<typeof Scorecard>;

export const IndicatorSources = z.object({
  indicator: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    unitOfMeasure: z.string(),
    kind: IndicatorKind,
  }),
  period: DashboardPeriod,
  value: N,
  numerator: N,
  denominator: N,
  rows: z.array(
    z.object({
      unit: EvalUnit,
      value: N,
      numerator: N,
      denominator: N,
      isEstimate: z.boolean(),
      counted: z.boolean(),
      reportId: z.number().int().nullable(),
      reportStatus: ReportListStatus,
      submittedAt: z.string().nullable(),
      comment: z.string(),
      evidence: z.array(
        z.object({ id: z.number().int(), fileName: z.string(), sizeBytes: z.number().int() }),
      ),
    }),
  ),
});
export type IndicatorSources = z.infer<typeof IndicatorSources>;

export const EXPORT_VIEWS = ['indicators', 'heatmap', 'ranking', 'not_reported'] as const;
export const ExportQuery = DashboardQuery.extend({
  view: z.enum(EXPORT_VIEWS),
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  kind: OrgUnitKind.optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
