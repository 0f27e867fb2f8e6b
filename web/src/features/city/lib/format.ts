/** Numbers of the city screens the Vietnamese way (36.692 · 55,5 % · 7,83), never NaN; labels kept in shared. */
import {
  type CityIndicator,
  formatNumber,
  formatPercent,
  PROGRESS_STATUS_LABELS,
  type ProgressStatus,
  REPORT_STATUS_LABELS,
  type ReportListStatus,
  UPWARD_STATUS_LABELS,
  type UpwardStatus,
} from '@thidua/shared';
import { useMemo } from 'react';
import { useLang } from '../../../app/i18n.ts';
import { formatIndicatorValue } from '../../campaigns/lib/format.ts';

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The indicator's shape that decides how its numbers read (%, ‰ or plain). */
export type ValueShape = Pick<CityIndicator, 'kind' | 'factor' | 'unitOfMeasure'>;

/** One value in the indicator's own terms (36.692 · 55,5 % · 12,15 ‰), two decimals at most; empty for null. */
export function fmtVal(i: ValueShape, v: number | null | undefined): string {
  // Rolled-up ratios come with many decimals (99,665551… %): two are enough to read.
  return finite(v) ? formatIndicatorValue(i, Math.round(v * 100) / 100) : '';
}

/** A value with its unit for sentences: "36.692 triệu đồng", "55,5 %"; empty for null. */
export function fmtValUnit(i: ValueShape, v: number | null | undefined): string {
  const s = fmtVal(i, v);
  if (!s || /[%‰]$/.test(s) || !i.unitOfMeasure.trim()) return s;
  return `${s} ${i.unitOfMeasure.trim()}`;
}

/** The target as people read it: a band "103 – 109,2", maintain "96 % ± 1", otherwise the value; empty for none. */
export function fmtTarget(
  i: ValueShape & Pick<CityIndicator, 'direction' | 'target' | 'targetLow' | 'targetHigh' | 'tolerance'>,
): string {
  if (i.direction === 'band') {
    if (!finite(i.targetLow) || !finite(i.targetHigh)) return '';
    return `${fmtVal(i, i.targetLow)} – ${fmtVal(i, i.targetHigh)}`;
  }
  const t = fmtVal(i, i.target);
  if (t && i.direction === 'maintain' && finite(i.tolerance)) return `${t} ± ${formatNumber(i.tolerance, 3)}`;
  return t;
}

/** A value known only by its unit of measure (a ward's linked indicator): "55,5 %", "36.692 triệu đồng". */
export function fmtByUnit(unitOfMeasure: string, v: number | null | undefined, withUnit = true): string {
  if (!finite(v)) return '';
  const u = unitOfMeasure.trim();
  if (u === '%') return formatPercent(v, 2);
  if (u === '‰') return `${formatNumber(v, 2)} ‰`;
  const n = formatNumber(v, Math.abs(v) >= 1000 ? 0 : 2);
  return withUnit && u ? `${n} ${u}` : n;
}

/** A share (1 = 100 %) as "81,8 %"; empty for null. */
export const fmtShare = (c: number | null | undefined): string =>
  finite(c) ? formatPercent(c * 100, 1) : '';

/** A 0–10 score as "7,83"; empty for null. */
export const fmtScore = (s: number | null | undefined, digits = 2): string =>
  finite(s) ? formatNumber(s, digits) : '';

/** Labels that live in shared (report, progress and upward statuses) in the UI language. */
export function useCityLabels() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      progress: (s: ProgressStatus) => PROGRESS_STATUS_LABELS[s]?.[lang] ?? s,
      report: (s: ReportListStatus) => REPORT_STATUS_LABELS[s]?.[lang] ?? s,
      upward: (s: UpwardStatus | null | undefined) => UPWARD_STATUS_LABELS[s ?? 'none']?.[lang] ?? String(s),
    }),
    [lang],
  );
}

/** Tag colours of the aggregated report's statuses. */
export const UPWARD_COLORS: Record<UpwardStatus | 'none', string> = {
  none: 'default',
  submitted: 'blue',
  accepted: 'success',
  returned: 'warning',
  withdrawn: 'default',
};
