/**
 * Pure rules of periodic reporting: which periods a campaign reports on and when each is due, which indicators
 * are due in a period, on-time / late / missing, value checks by kind, outliers against the unit's own history,
 * and when to remind. No I/O; the server and the web share them.
 */
import { formatNumber } from '../format.ts';
import type { Frequency, IndicatorKind } from '../indicators/schema.ts';
import { addDays, type Period, parsePeriod, periodLabel, periodsBetween } from '../periods/periods.ts';

export interface ReportingSettings {
  startsOn: string | null;
  endsOn: string | null;
  reportDeadline: string | null;
  reportPeriodKind: 'month' | 'quarter';
  reportCutoffDay: number | null;
  reportDueDays: number;
}

export interface ReportingPeriod extends Period {
  label: string;
  dueOn: string;
  isLast: boolean;
}

/**
 * The reporting periods of a campaign, each due `reportDueDays` after it ends. When the campaign's own report
 * deadline falls inside a period or before that due date (Đông Hải: the year report is due 10/12 — before December
 * ends, so December is reported as an estimate, "ước"), that deadline wins.
 */
export function reportingPeriods(s: ReportingSettings): ReportingPeriod[] {
  if (!s.startsOn || !s.endsOn) return [];
  const cutoff = s.reportCutoffDay ?? undefined;
  // Periods are named by calendar month: a campaign from 1/9 to 31/12 reports for Tháng 9 … Tháng 12 even when a
  // cut-off shifts their dates (Tháng 12 = 15/11 → 14/12).
  const periods = periodsBetween(s.reportPeriodKind, s.startsOn, s.endsOn).map(
    (p) => parsePeriod(p.id, cutoff) as Period,
  );
  return periods.map((p, i) => {
    let dueOn = addDays(p.end, s.reportDueDays);
    if (s.reportDeadline && s.reportDeadline >= p.start && s.reportDeadline < dueOn) dueOn = s.reportDeadline;
    return { ...p, label: periodLabel(p), dueOn, isLast: i === periods.length - 1 };
  });
}

/** Whether an indicator of a given frequency must be reported in a period (others may be reported if known). */
export function indicatorDue(
  frequency: Frequency,
  period: Pick<Period, 'kind' | 'index'>,
  isLast: boolean,
): boolean {
  if (isLast) return true;
  const lastMonth =
    period.kind === 'month' ? period.index : period.kind === 'quarter' ? period.index * 3 : 12;
  switch (frequency) {
    case 'month':
      return true;
    case 'quarter':
      return lastMonth % 3 === 0;
    case 'half_year':
      return lastMonth % 6 === 0;
    case 'year':
      return lastMonth === 12;
    case 'campaign':
      return false;
  }
}

export type TimelinessValue = 'on_time' | 'late' | 'missing' | 'pending';

/**
 * On time: submitted by the end of the due day (local date of submission ≤ dueOn). Late: submitted after it.
 * Missing: not submitted and the due day has passed. Pending: not submitted, not yet due.
 * `submittedOn` and `today` are local ISO dates (Asia/Ho_Chi_Minh).
 */
export function timeliness(dueOn: string, submittedOn: string | null, today: string): TimelinessValue {
  if (submittedOn) return submittedOn <= dueOn ? 'on_time' : 'late';
  return today > dueOn ? 'missing' : 'pending';
}

/** Local calendar date in Việt Nam (UTC+7, no daylight saving) of an instant. */
export function vnDate(at: Date | string): string {
  const t = typeof at === 'string' ? new Date(at) : at;
  return new Date(t.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export type ReminderKind = 'before' | 'after';

/** Which reminder is due today for an unsubmitted report: N days before the deadline, and N days after it. */
export function reminderDue(
  dueOn: string,
  today: string,
  beforeDays: number,
  afterDays: number,
): ReminderKind | null {
  if (beforeDays > 0 && today >= addDays(dueOn, -beforeDays) && today <= dueOn) return 'before';
  if (afterDays > 0 && today >= addDays(dueOn, afterDays)) return 'after';
  return null;
}

export interface ValueRule {
  kind: IndicatorKind;
  factor: number | null;
  allowOver100: boolean;
  minValue: number | null;
  maxValue: number | null;
  unitOfMeasure: string;
}

export interface ValueInput {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export interface ValueCheck {
  /** The value to store (for ratios computed from numerator and denominator). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  problems: { field: 'value' | 'numerator' | 'denominator'; message: string }[];
}

const isPercent = (r: ValueRule) =>
  (r.kind === 'ratio' && (r.factor ?? 100) === 100) || /%/.test(r.unitOfMeasure);
const fmt = (n: number) => formatNumber(n);

/**
 * Checks one entered value against its indicator: ratios need numerator ≤ denominator (unless the indicator allows
 * over 100 %) and a positive denominator; percentages stay within 0–100; counts are whole and not negative; the
 * indicator's own min/max apply. Empty stays empty (a draft may be incomplete).
 */
export function checkValue(rule: ValueRule, input: ValueInput): ValueCheck {
  const problems: ValueCheck['problems'] = [];
  if (rule.kind === 'ratio') {
    const num = input.numerator ?? null;
    const den = input.denominator ?? null;
    if (num === null && den === null) {
      return { value: null, numerator: null, denominator: null, problems };
    }
    if (num === null) problems.push({ field: 'numerator', message: 'Nhập tử số' });
    if (den === null) problems.push({ field: 'denominator', message: 'Nhập mẫu số' });
    if (num !== null && num < 0) problems.push({ field: 'numerator', message: 'Tử số không được âm' });
    if (den !== null && den <= 0) problems.push({ field: 'denominator', message: 'Mẫu số phải lớn hơn 0' });
    if (num !== null && den !== null && den > 0 && num > den && !rule.allowOver100)
      problems.push({
        field: 'numerator',
        message: `Tử số (${fmt(num)}) không được lớn hơn mẫu số (${fmt(den)})`,
      });
    const value =
      num !== null && den !== null && den > 0
        ? Math.round((num / den) * (rule.factor ?? 100) * 1e6) / 1e6
        : null;
    if (value !== null) rangeProblems(rule, value, problems);
    return { value, numerator: num, denominator: den, problems };
  }
  const value = input.value ?? null;
  if (value !== null) {
    if (rule.kind === 'count' && !Number.isInteger(value))
      problems.push({ field: 'value', message: 'Số lượng phải là số nguyên' });
    if ((rule.kind === 'count' || rule.kind === 'rate_per_mille') && value < 0)
      problems.push({ field: 'value', message: 'Giá trị không được âm' });
    if (isPercent(rule) && !rule.allowOver100 && (value < 0 || value > 100))
      problems.push({ field: 'value', message: 'Tỷ lệ phần trăm phải từ 0 đến 100' });
    rangeProblems(rule, value, problems);
  }
  return { value, numerator: null, denominator: null, problems };
}

function rangeProblems(rule: ValueRule, value: number, problems: ValueCheck['problems']) {
  const field = rule.kind === 'ratio' ? 'numerator' : 'value';
  if (rule.minValue !== null && value < rule.minValue)
    problems.push({ field, message: `Giá trị nhỏ nhất cho phép là ${fmt(rule.minValue)}` });
  if (rule.maxValue !== null && value > rule.maxValue)
    problems.push({ field, message: `Giá trị lớn nhất cho phép là ${fmt(rule.maxValue)}` });
}

/** Flows add up over time (cumulative values); levels are read as they are. */
export const isFlow = (kind: IndicatorKind) => kind === 'sum' || kind === 'count';

/**
 * Why a value looks unusual against the unit's own earlier values for the same indicator (oldest first), or null.
 * Flows: the cumulative value must not go down, and this period's increase should not exceed 3× the largest
 * earlier increase (with at least two earlier increases to compare). Levels: a jump of more than 3× the largest
 * earlier change and more than 20 % of the previous level. Never blocks; the unit explains it in a comment.
 */
export function outlierReason(kind: IndicatorKind, history: number[], value: number | null): string | null {
  if (value === null || history.length === 0) return null;
  const prev = history[history.length - 1] as number;
  if (isFlow(kind)) {
    if (value < prev) return `Giá trị lũy kế giảm so với kỳ trước (${fmt(prev)} → ${fmt(value)})`;
    const steps = history.slice(1).map((v, i) => v - (history[i] as number));
    if (steps.length < 2) return null;
    const maxStep = Math.max(...steps.map(Math.abs));
    const step = value - prev;
    if (maxStep > 0 && step > 3 * maxStep)
      return `Tăng ${fmt(step)} trong kỳ, gấp hơn 3 lần mức tăng lớn nhất các kỳ trước (${fmt(maxStep)})`;
    return null;
  }
  const change = Math.abs(value - prev);
  const changes = history.slice(1).map((v, i) => Math.abs(v - (history[i] as number)));
  const maxChange = changes.length ? Math.max(...changes) : 0;
  const relative = prev !== 0 ? change / Math.abs(prev) : change > 0 ? Infinity : 0;
  if (relative > 0.2 && change > 3 * maxChange)
    return `Thay đổi ${fmt(change)} so với kỳ trước (${fmt(prev)} → ${fmt(value)}), lớn bất thường`;
  return null;
}
