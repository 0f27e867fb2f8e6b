/**
 * Numbers in exchanged files. Import reads the Vietnamese way and the English way through `parseVnNumber`, but
 * never guesses: "1.234" or "36,692" (a dot or comma followed by exactly three digits) may be a thousands group
 * or a decimal mark, and such a cell is refused with both readings named. Export writes only forms that read
 * back one way: a dot decimal, no grouping, and a fourth fraction digit where there would be exactly three
 * ("1.2340", not "1.234").
 */
import { parseVnNumber } from '../plan-import/numbers.ts';

export type ExchangeNumber = { ok: true; value: number | null } | { ok: false; message: string };

const MAX_ABS = 1e15;
const fmtVi = (v: number) => String(v).replace('.', ',');

/**
 * Reads one number cell. Empty → null. Accepts a leading minus sign, "55,5", "55.5", "1.246,695", "3.800.019",
 * "1,246.695"; refuses "1.234" / "1,234" (ambiguous), "1.2.3", "12 345" and anything that is not a number.
 */
export function parseExchangeNumber(raw: string): ExchangeNumber {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  const negative = s.startsWith('-') || s.startsWith('\u2212');
  const body = negative ? s.slice(1).trim() : s;
  const n = parseVnNumber(body);
  if (!n) return { ok: false, message: `"${s}" không phải là số` };
  if (n.ambiguous) {
    const [other] = n.alternatives;
    return {
      ok: false,
      message: `"${s}" có thể là ${fmtVi(n.value)} hoặc ${fmtVi(other ?? n.value)}; hãy ghi rõ (ví dụ "${
        Number.isInteger(n.value) ? String(n.value) : fmtVi(n.value)
      }" không có dấu phân cách hàng nghìn, hoặc thêm chữ số thập phân)`,
    };
  }
  const value = negative ? -n.value : n.value;
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS)
    return { ok: false, message: `"${s}" vượt quá giới hạn cho phép` };
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Writes a number so that `parseExchangeNumber` reads it back exactly and without ambiguity: plain digits, a dot
 * decimal, no exponent; a fraction of exactly three digits after a non-zero integer part gets a trailing zero.
 */
export function formatExchangeNumber(v: number | null): string {
  if (v === null) return '';
  let s = plainDigits(String(v));
  const m = /^(-?)(\d+)\.(\d+)$/.exec(s);
  if (m && m[3]?.length === 3 && m[2] !== '0') s = `${s}0`;
  return s;
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the same digits without an exponent. */
function plainDigits(s: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', first = '', frac = '', exp = '0'] = m;
  const digits = first + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
