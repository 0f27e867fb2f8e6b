/** Small helpers shared by the document views: paragraphs from free text, number cells, dates, the place name. */
import type { DocBlock, DocCell } from '@thidua/shared';
import { formatNumber, formatPercent } from '@thidua/shared';

/** Free text (new lines between paragraphs) → paragraph blocks; nothing for empty text. */
export const paragraphs = (text: string | null | undefined, italic = false): DocBlock[] =>
  (text ?? '')
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t, ...(italic ? { italic: true } : {}) }));

/** A number as printed the Vietnamese way, kept as a number for spreadsheets; "—" when absent. */
export function numCell(
  x: number | null | undefined,
  o: { percent?: boolean; digits?: number; suffix?: string } = {},
): DocCell {
  if (x === null || x === undefined || !Number.isFinite(x)) return { text: '—', value: null };
  const text = o.percent ? formatPercent(x, o.digits ?? 2) : formatNumber(x, o.digits ?? 2);
  return { text: `${text}${o.suffix ?? ''}`, value: x };
}

/** "2025-12-10" → "10/12/2025". */
export const dmy = (iso: string | null | undefined) =>
  iso ? iso.slice(0, 10).split('-').reverse().join('/') : '…';

/** The place printed before the date: the campaign's own, else the ward's name without "Phường". */
export const placeOf = (c: { place: string; issuingUnitName: string }) =>
  c.place || c.issuingUnitName.replace(/^(Phường|Xã|Thị trấn)\s+/i, '');

/** A target as printed in a plan: "36.692", "≤ 1,2", "từ 90 đến 95", "duy trì 100 %". */
export function targetText(i: {
  direction: string;
  targetValue: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  unitOfMeasure: string;
}): string {
  const f = (x: number) => `${formatNumber(x, 3)}${i.unitOfMeasure === '%' ? ' %' : ''}`;
  if (i.direction === 'band' && i.targetLow !== null && i.targetHigh !== null)
    return `từ ${f(i.targetLow)} đến ${f(i.targetHigh)}`;
  if (i.targetValue === null) return '—';
  if (i.direction === 'at_most') return `≤ ${f(i.targetValue)}`;
  if (i.direction === 'maintain') return `duy trì ${f(i.targetValue)}`;
  return f(i.targetValue);
}

/** "Phường Đông Hải" → "phường Đông Hải", as the unit's kind is written inside a sentence. */
export const inText = (name: string) =>
  name.replace(/^(Phường|Xã|Thị trấn|Thành phố|Tỉnh|Quận|Huyện)\b/, (k) => k.toLowerCase());
