/**
 * Vietnamese numbers as plans write them. The convention is "." for thousands and "," for decimals
 * ("36.692", "55,5", "1.246,695"), but real plans also use the English style ("18.2%", "0.83%"), sometimes in
 * the same document. A dot or comma followed by exactly three digits can therefore be read two ways: the rule
 * of thumb picks one, context (a percentage cannot be 18200; a count cannot be 36,692) may rule one out, and
 * whatever remains is reported as ambiguous with both readings — never decided silently.
 */

/** How the document writes decimals, from its unambiguous numbers. */
export type NumberStyle = 'comma-decimal' | 'dot-decimal' | 'mixed' | 'unknown';

/** What the value is expected to be, from its unit. */
export type NumberExpectation = 'percent' | 'per-mille' | 'integer' | 'any';

export interface NumberContext {
  style?: NumberStyle;
  expect?: NumberExpectation;
  /** A percentage may exceed 100 (growth against last year). */
  allowOver100?: boolean;
}

export interface VnNumber {
  value: number;
  raw: string;
  /** integer: no separator; thousands: grouped integer; decimal: one decimal mark; grouped-decimal: both. */
  reading: 'integer' | 'thousands' | 'decimal' | 'grouped-decimal';
  /** True when another reading is still possible; `alternatives` holds it. */
  ambiguous: boolean;
  alternatives: number[];
  /** format: only one reading exists; rule: the dot/comma rule of thumb chose; context: the unit ruled one out. */
  decidedBy: 'format' | 'rule' | 'context';
  /** Why, in Vietnamese, when the reading was not forced by the format. */
  note?: string;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;

/** "9.100" → 9100 (thousands) vs 9.1 (decimal): exact decimal arithmetic through the string. */
function decimal(intPart: string, frac: string): number {
  return Number(`${intPart}.${frac}`);
}

function fits(v: number, ctx: NumberContext): boolean {
  if (ctx.expect === 'integer') return Number.isInteger(v);
  if (ctx.expect === 'percent') return ctx.allowOver100 || v <= 100;
  if (ctx.expect === 'per-mille') return v <= 1000;
  return true;
}

const fmtVi = (v: number) => String(v).replace('.', ',');

/**
 * Parses a number written the Vietnamese way (or the English way). Returns null for text that is not a
 * well-formed number ("1.2.3", "12,34,5").
 *
 * Examples: "36.692" → 36692 (ambiguous: 36,692); "55,5" → 55.5; "1.246,695" → 1246.695; "3.800.019" → 3800019;
 * "18.2" → 18.2; "0.83" → 0.83; "18.200" as a percentage → 18.2 (decided by context).
 */
export function parseVnNumber(raw: string, ctx: NumberContext = {}): VnNumber | null {
  const s = raw.trim();
  if (!NUMBER.test(s)) return null;
  const seps = s.replace(/\d/g, '');
  const groups = s.split(/[.,]/);
  const base = { raw: s, ambiguous: false, alternatives: [] as number[] };
  if (seps.length === 0) return { ...base, value: Number(s), reading: 'integer', decidedBy: 'format' };

  if (seps.length >= 2) {
    const last = seps[seps.length - 1] as string;
    const grouping = seps.slice(0, -1);
    const uniform = new Set(seps).size === 1;
    const inner = groups.slice(1);
    const head = groups[0] as string;
    if (head.length > 3 || (head.length > 1 && head.startsWith('0'))) return null;
    if (uniform) {
      // "3.800.019": every group after the first has three digits → a grouped integer.
      if (!inner.every((g) => g.length === 3)) return null;
      return { ...base, value: Number(groups.join('')), reading: 'thousands', decidedBy: 'format' };
    }
    // "1.246,695" or "1,246.695": one kind groups thousands, the other (last, once) marks decimals.
    if (new Set(grouping).size !== 1 || grouping.includes(last)) return null;
    if (!inner.slice(0, -1).every((g) => g.length === 3)) return null;
    const frac = groups[groups.length - 1] as string;
    const value = decimal(groups.slice(0, -1).join(''), frac);
    return { ...base, value, reading: 'grouped-decimal', decidedBy: 'format' };
  }

  const sep = seps as '.' | ',';
  const [intPart = '', frac = ''] = groups;
  const asDecimal = decimal(intPart, frac);
  // Only "d.ddd" with 1–3 leading digits (not starting with 0) can be a thousands group.
  const canBeThousands =
    frac.length === 3 && intPart.length <= 3 && !(intPart.length > 1 && intPart[0] === '0');
  if (!canBeThousands || intPart === '0')
    return { ...base, value: asDecimal, reading: 'decimal', decidedBy: 'format' };

  const asThousands = Number(intPart + frac);
  const decimalOk = fits(asDecimal, ctx);
  const thousandsOk = fits(asThousands, ctx);
  if (thousandsOk !== decimalOk) {
    const value = thousandsOk ? asThousands : asDecimal;
    const other = thousandsOk ? asDecimal : asThousands;
    return {
      ...base,
      value,
      reading: thousandsOk ? 'thousands' : 'decimal',
      decidedBy: 'context',
      note: `"${s}" đọc là ${fmtVi(value)}; cách đọc ${fmtVi(other)} không hợp với đơn vị.`,
    };
  }
  // The rule of thumb: "." + three digits groups thousands; "," is the decimal mark — unless the document
  // writes decimals with a dot and never with a comma (English style), where "," groups thousands.
  const thousands = sep === '.' || ctx.style === 'dot-decimal';
  const value = thousands ? asThousands : asDecimal;
  const other = thousands ? asDecimal : asThousands;
  return {
    ...base,
    value,
    reading: thousands ? 'thousands' : 'decimal',
    ambiguous: true,
    alternatives: [other],
    decidedBy: 'rule',
    note: `"${s}" có thể là ${fmtVi(value)} hoặc ${fmtVi(other)}; chọn ${fmtVi(value)} theo quy ước dấu "${sep}".`,
  };
}

/** Counts the unambiguous numbers of a text to tell how it writes decimals. */
export function detectNumberStyle(raws: readonly string[]): NumberStyle {
  let dot = 0;
  let comma = 0;
  for (const r of raws) {
    const n = parseVnNumber(r);
    if (n?.decidedBy !== 'format') continue;
    if (n.reading === 'decimal') {
      if (r.includes('.')) dot++;
      else comma++;
    } else if (n.reading === 'grouped-decimal') {
      if (r.lastIndexOf(',') > r.lastIndexOf('.')) comma++;
      else dot++;
    } else if (n.reading === 'thousands') {
      if (r.includes('.')) comma++;
      else dot++;
    }
  }
  if (dot && comma) return 'mixed';
  if (dot) return 'dot-decimal';
  if (comma) return 'comma-decimal';
  return 'unknown';
}
