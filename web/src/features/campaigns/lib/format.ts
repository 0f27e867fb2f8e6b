/** Display of campaign references, time frames and indicator targets the Vietnamese way (36.692 · 18,2 %). */
import {
  type CampaignSummary,
  formatDate,
  formatNumber,
  formatPercent,
  type Indicator,
} from '@thidua/shared';

/** "232/KH-UBND", or "…/KH-UBND" while the office has not numbered the plan yet. */
export function documentRef(c: Pick<CampaignSummary, 'documentNumber' | 'documentSymbol'>): string {
  const n = c.documentNumber === null ? '…' : String(c.documentNumber).padStart(2, '0');
  return c.documentSymbol ? `${n}/${c.documentSymbol}` : n;
}

/** An ISO day "2025-12-10" → "10/12/2025"; empty for null. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : formatDate(iso);
}

/** A document date that may lack its day: "2025-09" → "…/09/2025". */
export function formatIssuedOn(v: string | null | undefined): string {
  if (!v) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  return m ? `…/${m[2]}/${m[1]}` : formatDay(v);
}

/** "01/09/2025 – 31/12/2025"; an open side shows "…". */
export function timeFrame(c: Pick<CampaignSummary, 'startsOn' | 'endsOn'>): string {
  if (!c.startsOn && !c.endsOn) return '';
  return `${formatDay(c.startsOn) || '…'} – ${formatDay(c.endsOn) || '…'}`;
}

type Shape = Pick<Indicator, 'kind' | 'factor' | 'unitOfMeasure'>;

function isPercentShape(i: Shape): boolean {
  return i.unitOfMeasure.trim() === '%' || (i.kind === 'ratio' && i.factor === 100);
}
function isPerMille(i: Shape): boolean {
  return (
    i.unitOfMeasure.trim() === '‰' || i.kind === 'rate_per_mille' || (i.kind === 'ratio' && i.factor === 1000)
  );
}

/** One value in the indicator's own terms: 36.692 · 18,2 % · 12,15 ‰. */
export function formatIndicatorValue(i: Shape, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  if (isPercentShape(i)) return formatPercent(v, 3);
  if (isPerMille(i)) return `${formatNumber(v, 3)} ‰`;
  return formatNumber(v, 3);
}

/** The target as people read it: a band "103 – 109,2", maintain "96 % ± 1", otherwise the value. */
export function formatTarget(
  i: Shape & Pick<Indicator, 'direction' | 'targetValue' | 'targetLow' | 'targetHigh' | 'tolerance'>,
): string {
  const f = (v: number | null) => formatIndicatorValue(i, v) || '…';
  if (i.direction === 'band') return `${f(i.targetLow)} – ${f(i.targetHigh)}`;
  if (i.direction === 'maintain')
    return i.tolerance === null ? f(i.targetValue) : `${f(i.targetValue)} ± ${formatNumber(i.tolerance, 3)}`;
  return f(i.targetValue);
}

/**
 * Reads a number typed the Vietnamese way or the document way: "36.692" and "36692" → 36692, "18,2" and "18.2"
 * → 18.2, "1.234,5" → 1234.5. A dot followed by exactly three digits is a thousands separator, otherwise a
 * decimal point. Returns null for text that is not a number.
 */
export function parseVnNumber(text: string): number | null {
  let s = text.replace(/\s/g, '').replace(/[%‰]/g, '');
  if (!s) return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^-?\d*\.?\d+$/.test(s) && !/^-?\d+\.?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
