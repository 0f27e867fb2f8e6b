import { z } from 'zod';
import { Direction, IndicatorKind } from '../indicators/schema.ts';
import { ProgressStatusEnum } from '../progress/status.ts';

/**
 * Periodic unit reports (báo cáo định kỳ): one report per campaign, unit and reporting period. Values are
 * cumulative since the campaign start for flows (sum, count) and the level reached for ratios, rates and indices —
 * the same meaning as the progress schedule, so a value compares with its planned value directly.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** A unit/period without a report row yet is "not_started" in lists. */
export const ReportListStatus = z.enum(['not_started', ...REPORT_STATUSES]);
export type ReportListStatus = z.infer<typeof ReportListStatus>;

export const REPORT_STATUS_LABELS: Record<ReportListStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa nhập', en: 'Not started' },
  draft: { vi: 'Đang nhập', en: 'Draft' },
  submitted: { vi: 'Đã gửi, chờ duyệt', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  accepted: { vi: 'Đã duyệt', en: 'Accepted' },
};

/** Workflow: one table of transitions (from, action, to, who). `unit` = reporter or head of the reporting unit;
 * `office` = office or admin over the campaign's issuing unit. */
export const REPORT_ACTIONS = ['submit', 'return', 'accept', 'reopen'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];
export const REPORT_TRANSITIONS: {
  from: ReportStatus[];
  action: ReportAction;
  to: ReportStatus;
  by: 'unit' | 'office';
}[] = [
  { from: ['draft', 'returned'], action: 'submit', to: 'submitted', by: 'unit' },
  { from: ['submitted'], action: 'return', to: 'returned', by: 'office' },
  { from: ['submitted'], action: 'accept', to: 'accepted', by: 'office' },
  { from: ['accepted'], action: 'reopen', to: 'returned', by: 'office' },
];

export const TIMELINESS = ['on_time', 'late', 'missing', 'pending'] as const;
export const Timeliness = z.enum(TIMELINESS);
export type Timeliness = z.infer<typeof Timeliness>;
export const TIMELINESS_LABELS: Record<Timeliness, { vi: string; en: string }> = {
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Trễ hạn', en: 'Late' },
  missing: { vi: 'Chưa nộp (quá hạn)', en: 'Missing' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due' },
};

const Comment = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().max(2000, 'Tối đa 2000 ký tự'));
const Num = z.number().finite('Giá trị phải là số hữu hạn').min(-1e15).max(1e15);

/** A reporting period of a campaign, with its deadline. */
export const ReportPeriod = z.object({
  id: z.string().describe('"2025-10", "2025Q4", …'),
  label: z.string().describe('"Tháng 10/2025"'),
  startsOn: z.string(),
  endsOn: z.string(),
  dueOn: z.string(),
  isLast: z.boolean(),
});
export type ReportPeriod = z.infer<typeof ReportPeriod>;
export const ReportPeriodList = z.object({ items: z.array(ReportPeriod) });

/** One row of "my reports" or of the office inbox: a unit and a period, with or without a report yet. */
export const ReportListItem = z.object({
  reportId: z.number().int().nullable(),
  campaignId: z.number().int(),
  campaignTitle: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  unitCode: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  dueOn: z.string(),
  status: ReportListStatus,
  timeliness: Timeliness,
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  indicatorCount: z.number().int(),
  filledCount: z.number().int(),
  version: z.number().int().nullable(),
});
export type ReportListItem = z.infer<typeof ReportListItem>;
export const ReportList = z.object({
  items: z.array(ReportListItem),
  counts: z.record(z.string(), z.number().int()).describe('rows per status and per timeliness'),
});
export type ReportList = z.infer<typeof ReportList>;

export const ReportListQuery = z.object({
  campaignId: z.coerce.number().int().positive().optional(),
  periodId: z.string().max(10).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: ReportListStatus.optional(),
  timeliness: Timeliness.optional(),
  q: z.string().max(200).optional(),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

/** Opens (creates if needed) the draft of a unit for a period. Idempotent. */
export const ReportOpen = z.object({
  campaignId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  periodId: z.string().max(10),
});
export type ReportOpen = z.infer<typeof ReportOpen>;

export const EvidenceFile = z.object({
  id: z.number().int(),
  reportId: z.number().int(),
  indicatorId: z.number().int().nullable(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const ReportRow = z.object({
  indicator: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    unitOfMeasure: z.string(),
    kind: IndicatorKind,
    direction: Direction,
    factor: z.number().nullable(),
    allowOver100: z.boolean(),
    minValue: z.number().nullable(),
    maxValue: z.number().nullable(),
    evidenceRequired: z.boolean(),
    numeratorLabel: z.string().nullable(),
    denominatorLabel: z.string().nullable(),
    targetValue: z.number().nullable(),
    targetLow: z.number().nullable(),
    targetHigh: z.number().nullable(),
    parentIndicatorId: z.number().int().nullable(),
  }),
  /** Due this period by the indicator's frequency (required to submit); other rows are optional. */
  due: z.boolean(),
  /** From the progress schedule of this unit (or of the whole indicator), cumulative / level at period end. */
  planned: z.number().nullable(),
  plannedLow: z.number().nullable(),
  plannedHigh: z.number().nullable(),
  /** The unit's value for the previous period, for reference. */
  previous: z.object({ periodId: z.string(), value: z.number().nullable() }).nullable(),
  value: z
    .number()
    .nullable()
    .describe('For ratios: numerator / denominator × factor, computed by the server'),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  isEstimate: z.boolean(),
  comment: z.string(),
  outlier: z
    .string()
    .nullable()
    .describe('Why the value looks unusual against this unit’s history (a comment is required)'),
  status: ProgressStatusEnum,
  evidence: z.array(EvidenceFile),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const Report = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  campaignTitle: z.string(),
  campaignStatus: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  periodStartsOn: z.string(),
  periodEndsOn: z.string(),
  dueOn: z.string(),
  status: ReportStatus,
  timeliness: Timeliness,
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  updatedAt: z.string(),
  rows: z.array(ReportRow),
  /** What the caller may do now (the server checks again). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
  /** Problems that block submission right now (missing due values, outliers without a comment, missing evidence). */
  blockers: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type Report = z.infer<typeof Report>;

export const ReportValueInput = z.object({
  indicatorId: z.number().int().positive(),
  value: Num.nullable().optional(),
  numerator: Num.nullable().optional(),
  denominator: Num.nullable().optional(),
  isEstimate: z.boolean().optional(),
  comment: Comment.optional(),
});
export type ReportValueInput = z.output<typeof ReportValueInput>;

/** Saves values into a draft or returned report (only the rows sent change). */
export const ReportSave = z.object({
  version: z.number().int().positive(),
  values: z.array(ReportValueInput).max(500),
});
export type ReportSave = z.output<typeof ReportSave>;

export const ReportTransitionBody = z.object({
  version: z.number().int().positive(),
  comment: Comment.optional().describe('Required to return or reopen'),
});
export type ReportTransitionBody = z.output<typeof ReportTransitionBody>;

/** Excel upload: preview shows per-row results and saves nothing; `all` saves only if every row is valid;
 * `valid_only` saves the valid rows and reports the others. */
export const ExcelImportMode = z.enum(['preview', 'all', 'valid_only']);
export const ExcelImportQuery = z.object({ mode: ExcelImportMode.default('preview') });
export const ExcelImportResult = z.object({
  mode: ExcelImportMode,
  saved: z.boolean(),
  savedRows: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int().describe('Row number in the sheet'),
      code: z.string(),
      ok: z.boolean(),
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      isEstimate: z.boolean(),
      comment: z.string(),
      errors: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
  ),
  /** File-level problems (extra sheets ignored, moved columns found by their headers, …). */
  notes: z.array(z.string()),
  report: Report.nullable(),
});
export type ExcelImportResult = z.infer<typeof ExcelImportResult>;

/** Progress schedule (đường găng) of an indicator for one unit (unitId) or for the indicator as a whole (null). */
export const SCHEDULE_METHODS = ['linear', 'stepped', 'shaped', 'manual'] as const;
export const ScheduleMethod = z.enum(SCHEDULE_METHODS);
export type ScheduleMethod = z.infer<typeof ScheduleMethod>;
export const SCHEDULE_METHOD_LABELS: Record<ScheduleMethod, { vi: string; en: string }> = {
  linear: { vi: 'Đều theo kỳ', en: 'Linear' },
  stepped: { vi: 'Theo bậc (quý)', en: 'Stepped' },
  shaped: { vi: 'Theo dáng năm trước', en: 'Shaped like last year' },
  manual: { vi: 'Nhập tay', en: 'Manual' },
};

export const SchedulePoint = z.object({
  periodId: z.string(),
  planned: z.number().nullable(),
  plannedLow: z.number().nullable(),
  plannedHigh: z.number().nullable(),
});
export type SchedulePoint = z.infer<typeof SchedulePoint>;

export const ScheduleQuery = z.object({ unitId: z.coerce.number().int().positive().optional() });

export const Schedule = z.object({
  indicatorId: z.number().int(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  method: ScheduleMethod,
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  saved: z.boolean().describe('false: a linear proposal, nothing stored yet'),
  version: z.number().int().describe('0 when not saved yet'),
  fellBackToLinear: z.boolean(),
  points: z.array(
    SchedulePoint.extend({
      label: z.string(),
      endsOn: z.string(),
      actual: z.number().nullable(),
      status: ProgressStatusEnum,
      isEstimate: z.boolean(),
    }),
  ),
  /** Straight-line projection of the actual values to the campaign end, and what each remaining period needs. */
  projection: z.number().nullable(),
  paceNeeded: z.number().nullable(),
  remainingPeriods: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type Schedule = z.infer<typeof Schedule>;

export const ScheduleGenerate = z.object({
  unitId: z.number().int().positive().nullable(),
  method: z.enum(['linear', 'stepped', 'shaped']),
  baseline: Num.nullable().optional(),
  target: Num.nullable().optional(),
  every: z.number().int().min(1).max(12).optional().describe('Stepped: rise every N periods (default 3)'),
  lastYear: z.array(Num.nullable()).max(120).optional().describe('Shaped: last year’s amount per period'),
});
export type ScheduleGenerate = z.output<typeof ScheduleGenerate>;

export const ScheduleSave = z.object({
  unitId: z.number().int().positive().nullable(),
  method: ScheduleMethod,
  baseline: Num.nullable(),
  target: Num.nullable(),
  points: z
    .array(
      z.object({
        periodId: z.string().max(10),
        planned: Num.nullable(),
        plannedLow: Num.nullable().optional(),
        plannedHigh: Num.nullable().optional(),
      }),
    )
    .max(120),
  version: z.number().int().min(0).describe('0 to create; the current version to replace'),
});
export type ScheduleSave = z.output<typeof ScheduleSave>;

/** Status of every (indicator, unit) of a campaign at a period: the office's and the dashboard's view. */
export const ProgressCell = z.object({
  indicatorId: z.number().int(),
  unitId: z.number().int(),
  planned: z.number().nullable(),
  actual: z.number().nullable(),
  isEstimate: z.boolean(),
  status: ProgressStatusEnum,
  reportStatus: ReportListStatus,
});
export const ProgressMatrix = z.object({
  periodId: z.string(),
  cells: z.array(ProgressCell),
  counts: z.record(z.string(), z.number().int()),
});

export const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
