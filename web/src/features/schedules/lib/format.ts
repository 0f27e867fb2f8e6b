/** Numbers of a schedule in the indicator's own terms (36.692 triệu đồng · 55,5 %), and status colours. */
import { formatNumber, type Indicator, PROGRESS_STATUS_LABELS, type ProgressStatus } from '@thidua/shared';
import { useMemo } from 'react';
import { useLang } from '../../../app/i18n.ts';
import { formatIndicatorValue } from '../../campaigns/lib/format.ts';

type Shape = Pick<Indicator, 'kind' | 'factor' | 'unitOfMeasure'>;

/** "36.692" · "55,5 %" · "12,15 ‰"; empty for null. */
export function fmtValue(i: Shape, v: number | null | undefined): string {
  return formatIndicatorValue(i, v);
}

/**
 * For sentences and figures: rounded to what a reader needs (34.868 triệu đồng, 55,5 %, 3,25 hộ) and with the unit
 * of measure when it is not a percent or per-mille sign.
 */
export function fmtWithUnit(i: Shape, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  const r = Math.abs(v) >= 1000 ? Math.round(v) : Math.abs(v) >= 10 ? Math.round(v * 10) / 10 : v;
  const s = formatIndicatorValue(i, r);
  if (!s || /[%‰]$/.test(s) || !i.unitOfMeasure.trim()) return s;
  return `${s} ${i.unitOfMeasure.trim()}`;
}

/** Axis ticks: no more than one decimal, thousands with dots ("36.692", "55,5 %"). */
export function fmtTick(i: Shape, v: number): string {
  const s = formatIndicatorValue(i, v);
  return /[%‰]$/.test(s)
    ? `${formatNumber(v, 1)} ${s.slice(-1)}`
    : formatNumber(v, Math.abs(v) >= 100 ? 0 : 1);
}

export const PROGRESS_COLORS: Record<ProgressStatus, string> = {
  achieved: 'success',
  on_track: 'processing',
  at_risk: 'warning',
  off_track: 'error',
  no_data: 'default',
};

/** Progress status labels in the UI language. */
export function useProgressLabel() {
  const lang = useLang();
  return useMemo(() => (s: ProgressStatus) => PROGRESS_STATUS_LABELS[s]?.[lang] ?? s, [lang]);
}
