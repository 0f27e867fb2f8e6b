/** The public figures the Vietnamese way: 36.692 hộ · 55,5 % · 12,15 ‰; completion as a bounded bar. */
import {
  formatDateTime,
  formatNumber,
  formatPercent,
  type ProgressStatus,
  type PublicCampaignSummary,
  type PublicIndicator,
} from '@thidua/shared';
import { formatDay, formatIndicatorValue } from '../../campaigns/lib/format.ts';
import type { PortalT } from './i18n.ts';

type Shape = Pick<PublicIndicator, 'kind' | 'unitOfMeasure'>;

/** One value in the indicator's own terms, two decimals at most: 36.692 · 55,5 % · 12,15 ‰; empty for null. */
export function fmtValue(i: Shape, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  return formatIndicatorValue(
    { kind: i.kind, factor: null, unitOfMeasure: i.unitOfMeasure },
    Math.round(v * 100) / 100,
  );
}

/** A value with its unit: "36.692 hộ", "55,5 %"; empty for null. */
export function fmtWithUnit(i: Shape, v: number | null | undefined): string {
  const s = fmtValue(i, v);
  const unit = i.unitOfMeasure.trim();
  if (!s || /[%‰]$/.test(s) || !unit) return s;
  return `${s} ${unit}`;
}

/** The goal in words: "từ 500 hộ trở lên", "không quá 12 ‰", "trong khoảng 103 – 109,2". */
export function fmtGoal(i: PublicIndicator, t: PortalT): string {
  if (i.direction === 'band') {
    if (i.targetLow === null || i.targetHigh === null) return t('target.none');
    return t('target.band', { low: fmtValue(i, i.targetLow), high: fmtWithUnit(i, i.targetHigh) });
  }
  if (i.target === null) return t('target.none');
  return t(`target.${i.direction}`, { value: fmtWithUnit(i, i.target) });
}

/** Completion (1 = 100 %) as "84,2 %"; empty for null. */
export function fmtCompletion(c: number | null | undefined): string {
  return c === null || c === undefined || !Number.isFinite(c) ? '' : formatPercent(c * 100, 1);
}

/** The bar's fill, 0–100 (over-achievement fills it). */
export function barPercent(c: number | null | undefined): number {
  if (c === null || c === undefined || !Number.isFinite(c)) return 0;
  return Math.max(0, Math.min(100, Math.round(c * 1000) / 10));
}

/** Status colours: dark enough for text on white (≥ 4.5:1); the status is always written too. */
export const STATUS_COLOR: Record<ProgressStatus, string> = {
  achieved: '#166534',
  on_track: '#1d4ed8',
  at_risk: '#92400e',
  off_track: '#b91c1c',
  no_data: '#4b5563',
};

/** A shape beside the status word, so it never rests on colour alone. */
export const STATUS_MARK: Record<ProgressStatus, string> = {
  achieved: '✔',
  on_track: '●',
  at_risk: '▲',
  off_track: '✖',
  no_data: '–',
};

/** "Thời gian thực hiện: từ 01/09/2025 đến 31/12/2025" (an open side shows "…"); empty without dates. */
export function fmtCampaignDates(c: Pick<PublicCampaignSummary, 'startsOn' | 'endsOn'>, t: PortalT): string {
  if (!c.startsOn && !c.endsOn) return '';
  return t('dates', { from: formatDay(c.startsOn) || '…', to: formatDay(c.endsOn) || '…' });
}

/** "14:05 10/12/2025": the time first, as the page says "cập nhật lúc …". */
export function fmtUpdated(iso: string): string {
  const s = formatDateTime(iso);
  const [day, time] = s.split(' ');
  return time ? `${time} ${day}` : s;
}

export { formatDay, formatNumber };
