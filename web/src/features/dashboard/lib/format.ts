/** Numbers of the dashboard the Vietnamese way (36.692 · 55,5 % · 7,83 điểm), and the indicators' order. */
import {
  type Campaign,
  type DashboardIndicator,
  formatNumber,
  formatPercent,
  NO_DATA_LABELS,
  type NoDataReason,
} from '@thidua/shared';
import { formatIndicatorValue } from '../../campaigns/lib/format.ts';

/** A dashboard indicator with its ratio factor (100 for %, 1000 for ‰) from the campaign, for display. */
export type DashIndicator = DashboardIndicator & { factor: number | null; depth: number };

/** "CT01" < "CT01.1" < "CT02" < "CT10": codes compared part by part, numbers as numbers. */
export const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'vi', { numeric: true });

/** The dashboard's indicators in code order with their factor and depth under their parent. */
export function withShapes(rows: DashboardIndicator[], campaign: Campaign | undefined): DashIndicator[] {
  const factors = new Map((campaign?.indicators ?? []).map((i) => [i.id, i.factor]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = (r: DashboardIndicator) => {
    let d = 0;
    let p = r.parentId === null ? undefined : byId.get(r.parentId);
    while (p && d < 10) {
      d += 1;
      p = p.parentId === null ? undefined : byId.get(p.parentId);
    }
    return d;
  };
  return [...rows].sort(byCode).map((r) => ({ ...r, factor: factors.get(r.id) ?? null, depth: depth(r) }));
}

/** One value in the indicator's own terms (36.692 · 55,5 % · 12,15 ‰), two decimals at most; empty for null. */
export function fmtValue(i: DashIndicator, v: number | null | undefined): string {
  // Rolled-up ratios come with many decimals (99,665551… %): two are enough to read.
  return formatIndicatorValue(i, typeof v === 'number' ? Math.round(v * 100) / 100 : v);
}

/** A value with its unit for sentences: "36.692 triệu đồng", "55,5 %"; empty for null. */
export function fmtWithUnit(i: DashIndicator, v: number | null | undefined): string {
  const s = fmtValue(i, v);
  if (!s || /[%‰]$/.test(s) || !i.unitOfMeasure.trim()) return s;
  return `${s} ${i.unitOfMeasure.trim()}`;
}

/** The target as people read it: a band "103 – 109,2", maintain "96 % ± 1", otherwise the value. */
export function fmtTarget(i: DashIndicator): string {
  if (i.direction === 'band') {
    if (i.targetLow === null || i.targetHigh === null) return '';
    return `${fmtValue(i, i.targetLow)} – ${fmtValue(i, i.targetHigh)}`;
  }
  const t = fmtValue(i, i.target);
  if (t && i.direction === 'maintain' && i.tolerance !== null)
    return `${t} ± ${formatNumber(i.tolerance, 3)}`;
  return t;
}

/** A share (1 = 100 %) as "81,8 %"; empty for null. */
export function fmtShare(c: number | null | undefined): string {
  return c === null || c === undefined || !Number.isFinite(c) ? '' : formatPercent(c * 100, 1);
}

/** A 0–10 score as "7,83"; empty for null. */
export function fmtScore(s: number | null | undefined): string {
  return s === null || s === undefined || !Number.isFinite(s) ? '' : formatNumber(s, 2);
}

/** Why a number is missing, in the UI language; the generic "Không có dữ liệu" without a reason. */
export function noDataText(reason: NoDataReason | null, lang: 'vi' | 'en', fallback: string): string {
  return reason ? (NO_DATA_LABELS[reason]?.[lang] ?? fallback) : fallback;
}
