/**
 * What an indicator is, from its words: the unit (written, in the name, or implied by a well-known
 * indicator), the kind (how values combine) and the direction (what counts as good). Pure functions on text;
 * each answer says how it was reached so the draft can show why.
 */
import type { Direction, IndicatorKind } from '../indicators/schema.ts';
import { findWords, fold } from './fold.ts';
import {
  COUNT_NOUNS,
  GOOD_ACTIONS,
  KNOWN_INDICATORS,
  LOWER_IS_BETTER,
  SUB_LABELS,
  UNITS,
  type UnitClass,
} from './glossary.ts';
import type { ValueExpr } from './value-expr.ts';

export type KnownIndicator = (typeof KNOWN_INDICATORS)[number];

/** The well-known indicator a name refers to, if any. */
export function knownIndicator(name: string): KnownIndicator | null {
  const key = fold(name);
  return KNOWN_INDICATORS.find((k) => findWords(key, k.key) >= 0) ?? null;
}

export interface LabelUnit {
  unit: string;
  cls: UnitClass;
  /** Offsets of the words in the label that gave the unit. */
  start: number;
  end: number;
  how: 'bracket' | 'noun';
}

const NOUNS = [...COUNT_NOUNS].sort((a, b) => b.length - a.length);

/**
 * A unit stated in the name: "(%)", "(triệu đồng)", "(100 bé trai/100 bé gái)" → "bé trai/100 bé gái", or the
 * counted noun after "Số": "Số lượt hộ được vay vốn" → "lượt hộ".
 */
export function unitInLabel(label: string): LabelUnit | null {
  const br = /\(\s*([^()]+?)\s*\)\s*$|\(\s*(\d+\s+[^()/]+\/\s*\d+\s+[^()]+?)\s*\)/u.exec(label);
  if (br) {
    const inner = (br[1] ?? br[2] ?? '').trim();
    const ratio = /^\d+\s+(.+\/\s*\d+\s+.+)$/u.exec(inner);
    if (ratio)
      return {
        unit: (ratio[1] as string).replace(/\s*\/\s*/g, '/'),
        cls: 'per',
        start: br.index,
        end: br.index + br[0].length,
        how: 'bracket',
      };
    const u = UNITS.find((x) => x.words.toLowerCase() === inner.toLowerCase());
    if (u)
      return { unit: u.display, cls: u.cls, start: br.index, end: br.index + br[0].length, how: 'bracket' };
    const noun = NOUNS.find((n) => fold(n) === fold(inner));
    if (noun)
      return { unit: noun, cls: 'count', start: br.index, end: br.index + br[0].length, how: 'bracket' };
  }
  const so = /^(Số lượng|Tổng số|Số)\s+/iu.exec(label);
  if (so) {
    const key = fold(label.slice(so[0].length));
    const noun = NOUNS.find((n) => key.startsWith(fold(n)) && !/[\p{L}\d]/u.test(key[n.length] ?? ' '));
    if (noun) {
      const start = so[0].length;
      return { unit: noun, cls: 'count', start, end: start + noun.length, how: 'noun' };
    }
  }
  return null;
}

/** How values of this kind combine, from the unit class and the shape of the value. */
export function kindFor(
  cls: UnitClass | null,
  shape: ValueExpr['shape'],
): { kind: IndicatorKind; factor: number | null } {
  if (shape === 'fraction') return { kind: 'ratio', factor: 100 };
  switch (cls) {
    case 'percent':
      return { kind: 'ratio', factor: 100 };
    case 'per-mille':
      return { kind: 'rate_per_mille', factor: 1000 };
    case 'money':
    case 'measure':
      return { kind: 'sum', factor: null };
    case 'count':
      return { kind: 'count', factor: null };
    case 'per':
    case 'score':
    case 'duration':
      return { kind: 'index', factor: null };
    default:
      return { kind: 'sum', factor: null };
  }
}

export interface DirectionReading {
  direction: Direction;
  confidence: number;
  alternatives?: Direction[];
  note?: string;
  /** Set when the reviewer must decide or complete something. */
  issue?: 'DIRECTION_ASSUMED' | 'DIRECTION_AMBIGUOUS';
}

const MAINTAIN_START = /^(duy trì|giữ vững|giữ ổn định)(?!\p{L})/iu;

/** True when the name is about something to reduce (malnutrition, poor households, accidents). */
export function lowerIsBetter(name: string): boolean {
  const key = fold(name);
  if (GOOD_ACTIONS.some((g) => findWords(key, g) >= 0)) return false;
  // "cam kết không vi phạm": a negated bad thing is a good one.
  return LOWER_IS_BETTER.some((w) => {
    const at = findWords(key, w);
    return at >= 0 && !/(?<![a-z])(khong|chong)\s+(\S+\s+)?$/.test(key.slice(Math.max(0, at - 16), at));
  });
}

/** The direction from the comparison words, the name and the glossary, in that order. */
export function directionFor(
  expr: ValueExpr,
  name: string,
  known: KnownIndicator | null,
  after = '',
): DirectionReading {
  if (expr.shape === 'range') return { direction: 'band', confidence: 0.95 };
  if (expr.strength === 3 && expr.direction) return { direction: expr.direction, confidence: 0.95 };
  if (expr.strength === 2 || MAINTAIN_START.test(name))
    return { direction: 'maintain', confidence: 0.9, note: 'Chỉ tiêu duy trì: cần nhập biên độ cho phép.' };
  if (expr.strength === 1 && after && /^\s*(so với|so cùng kỳ)/iu.test(after))
    return {
      direction: 'at_least',
      confidence: 0.75,
      note: `"${expr.qualifier} … so với …" là mức thay đổi so với kỳ gốc: chọn "ít nhất" trên mức ${expr.qualifier}.`,
    };
  if (expr.strength === 1 && expr.direction === 'at_most')
    return {
      direction: 'at_most',
      confidence: 0.55,
      alternatives: ['at_least'],
      issue: 'DIRECTION_AMBIGUOUS',
      note: `"${expr.qualifier} …" có thể là giảm xuống còn mức này (không vượt quá) hoặc giảm thêm một mức (ít nhất).`,
    };
  if (known) {
    return known.assumption
      ? { direction: known.direction, confidence: 0.6, issue: 'DIRECTION_ASSUMED', note: known.assumption }
      : { direction: known.direction, confidence: 0.85 };
  }
  if (lowerIsBetter(name))
    return {
      direction: 'at_most',
      confidence: 0.8,
      note: 'Chỉ tiêu càng thấp càng tốt (theo tên chỉ tiêu): chọn "không vượt quá".',
    };
  if (expr.strength === 1 && expr.direction === 'at_least') return { direction: 'at_least', confidence: 0.8 };
  return { direction: 'at_least', confidence: 0.85 };
}

/** "Tỷ lệ suy dinh dưỡng …" + "Chiều cao" → "… thể thấp còi (chiều cao theo tuổi)"; otherwise "prefix – sub". */
export function composeName(prefix: string, sub: string): string {
  const p = fold(prefix);
  const s = fold(sub).trim();
  const known = SUB_LABELS.find((x) => findWords(p, x.parent) >= 0 && s === fold(x.sub));
  if (known) return `${prefix} ${known.name}`;
  return `${prefix} – ${sub}`;
}

/** "Tỷ lệ hộ dân sử dụng nước sạch" → "Số hộ dân sử dụng nước sạch" (a suggestion for the numerator). */
export function numeratorFromName(name: string): string | null {
  const m = /^(Tỷ lệ|Tỉ lệ)\s+(?:các\s+|những\s+)?(.+)$/iu.exec(name);
  return m ? `Số ${m[2]}` : null;
}
