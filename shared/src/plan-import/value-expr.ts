/**
 * Finds the value expressions of an indicator statement: a number with the words around it that give it
 * meaning — comparison words before it ("trên", "không quá", "giảm … còn"), a range ("13,6-14,6%",
 * "từ 3 – 5%"), a fraction ("38/38 trường"), a change ("từ 2,1% xuống còn 1,5%"), its unit (glued or spaced:
 * "71,37tấn/ha", "80 %"), a direction word after it ("trở lên") and a footnote digit glued to it.
 * Numbers stay raw here; they are parsed once the document's number style is known.
 */
import type { Direction } from '../indicators/schema.ts';
import { fold } from './fold.ts';
import { COUNT_NOUNS, POST_QUALIFIERS, QUALIFIERS, UNITS, type UnitClass } from './glossary.ts';

export interface NumTok {
  raw: string;
  start: number;
  end: number;
}

export interface UnitTok {
  display: string;
  cls: UnitClass;
  start: number;
  end: number;
  /** Written without a space after the number ("71,37tấn/ha"). */
  glued: boolean;
}

export interface ValueExpr {
  /** Start of the comparison words (or of the number when there are none); offsets in the scanned string. */
  start: number;
  end: number;
  shape: 'single' | 'range' | 'fraction' | 'change';
  /** The value; the low end of a range; the numerator; the baseline of a change. */
  a: NumTok;
  /** The high end; the denominator; the target of a change. */
  b?: NumTok;
  unit: UnitTok | null;
  direction: Direction | null;
  /** 3 = explicit comparison, 2 = maintain, 1 = "giảm"/"tăng" alone, 0 = none or neutral. */
  strength: number;
  qualifier: string;
  afterColon: boolean;
  /** "dưới 5 tuổi", "mức độ 3", years, numbers in brackets: part of a name, not a value. */
  labelPart: boolean;
  footnote?: { start: number; end: number; text: string };
}

const NUM = /\d+(?:[.,]\d+)*/gu;
/** Sticky twin of NUM for "a number right here"; a separate object so NUM.lastIndex stays 0 for matchAll. */
const NUM_AT = /\d+(?:[.,]\d+)*/uy;
const YEAR_BEFORE = /(năm|giai đoạn|đến|từ|tháng\s*\d{1,2}\s*\/|[-–(/])\s*$/iu;
const ORDINAL_BEFORE =
  /(mức độ|cấp độ|cấp|loại|hạng|lần thứ|thứ|khoá|khóa|nhóm|số|lớp|khối|tổ|khu|quý|tháng|ngày)\s*$/iu;
const AGE_AFTER = /^\s*(tuổi|tháng tuổi|năm tuổi)/iu;
const FOOTNOTE = /^(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=[\s;,.:)]|$)/u;
const RANGE_SEP = /^\s*(?:-|–|—|~|đến|tới)\s*/iu;
const CHANGE_SEP = /^\s*(?:xuống còn|xuống|còn|lên mức|lên)\s*/iu;
const FRACTION_SEP = /^\s*\/\s*/u;

const UNITS_SORTED = [...UNITS].sort((a, b) => b.words.length - a.words.length);
const NOUNS_SORTED = [...COUNT_NOUNS].sort((a, b) => b.length - a.length);
const QUALS_SORTED = [...QUALIFIERS].sort((a, b) => b.words.length - a.words.length);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c);

/** The unit starting at `pos` (after optional spaces), if one is known. */
export function matchUnit(s: string, pos: number): UnitTok | null {
  let p = pos;
  while (s[p] === ' ') p++;
  const glued = p === pos;
  const lower = s.slice(p, p + 40).toLowerCase();
  const key = fold(s.slice(p, p + 40));
  // "2,6 triệu lượt", "15 nghìn người": a count in millions or thousands is an amount, not a whole count.
  const scaled = /^(triệu|nghìn|ngàn)\s+/u.exec(lower);
  if (scaled) {
    const rest = key.slice(scaled[0].length);
    const noun = NOUNS_SORTED.find((n) => rest.startsWith(fold(n)) && !isWordChar(rest[n.length]));
    if (noun) {
      const end = p + scaled[0].length + noun.length;
      return {
        display: s.slice(p, end).toLowerCase().replace(/\s+/g, ' '),
        cls: 'measure',
        start: p,
        end,
        glued,
      };
    }
  }
  for (const u of UNITS_SORTED) {
    const w = u.words.toLowerCase();
    if (!lower.startsWith(w)) continue;
    // A letter right after the unit means a longer word; a digit may be a glued footnote ("đồng2;").
    const next = lower.slice(w.length);
    if (/\p{L}$/u.test(w) && isWordChar(next[0]) && !FOOTNOTE.test(next)) continue;
    let end = p + w.length;
    let display = u.display;
    let cls: UnitClass = u.cls;
    // "tấn/ha", "triệu đồng/người/năm": a rate per something is not additive.
    const per = /^(?:\s*\/\s*[\p{L}\d²³]+)+/u.exec(s.slice(end, end + 40));
    if (per && !/^\s*\/\s*\d/u.test(s.slice(end, end + 6))) {
      display += per[0].replace(/\s+/g, '');
      end += per[0].length;
      cls = 'per';
    }
    return { display, cls, start: p, end, glued };
  }
  for (const n of NOUNS_SORTED) {
    const k = fold(n);
    if (key.startsWith(k) && !isWordChar(key[k.length])) {
      const end = p + n.length;
      return { display: s.slice(p, end).toLowerCase(), cls: 'count', start: p, end, glued };
    }
  }
  return null;
}

/** Comparison words ending at `end`, walking back; returns where they start. */
function qualifiersBefore(
  s: string,
  end: number,
): { start: number; direction: Direction | null; strength: number; text: string } {
  let start = end;
  let direction: Direction | null = null;
  let strength = 0;
  for (;;) {
    let p = start;
    while (p > 0 && s[p - 1] === ' ') p--;
    // Comparison words are short: looking 40 characters back keeps long paragraphs linear.
    const head = s.slice(Math.max(0, p - 40), p).toLowerCase();
    const q = QUALS_SORTED.find(
      (x) => head.endsWith(x.words) && !isWordChar(head[head.length - x.words.length - 1]),
    );
    if (!q) break;
    start = p - q.words.length;
    if (q.strength > strength) {
      strength = q.strength;
      direction = q.direction;
    }
  }
  return { start, direction, strength, text: s.slice(start, end).trim() };
}

function numberAt(s: string, pos: number): NumTok | null {
  NUM_AT.lastIndex = pos;
  const m = NUM_AT.exec(s);
  if (!m) return null;
  return { raw: m[0], start: m.index, end: m.index + m[0].length };
}

/** All value expressions of `s`, left to right; a number consumed by a range or fraction is not repeated. */
export function scanValues(s: string): ValueExpr[] {
  const out: ValueExpr[] = [];
  let cursor = 0;
  // Bracket depth before each character, computed once.
  const depthAt: number[] = [];
  for (let i = 0, d = 0; i <= s.length; i++) {
    depthAt.push(d);
    if (s[i] === '(') d++;
    else if (s[i] === ')') d = Math.max(0, d - 1);
  }
  const before = (at: number, n = 60) => s.slice(Math.max(0, at - n), at);
  // Look-ahead is local too: slicing "the rest of the text" per number would be quadratic.
  const ahead = (at: number, n = 60) => s.slice(at, at + n);
  for (const m of s.matchAll(NUM)) {
    const at = m.index ?? 0;
    if (at < cursor) continue;
    const prevChar = s[at - 1];
    // Codes and references: "CT01", "57-NQ/TW", the "9" of "09/9/2025".
    if (isWordChar(prevChar) || prevChar === '/' || /^[-/][\p{Lu}]/u.test(ahead(at + m[0].length, 2)))
      continue;
    const a: NumTok = { raw: m[0], start: at, end: at + m[0].length };
    const afterA = ahead(a.end);
    if (
      /^\/\d{1,2}\/\d{2,4}/u.test(afterA) ||
      (/^\/\d{1,2}(?!\d)/u.test(afterA) && /ngày\s*$/iu.test(before(at)))
    ) {
      cursor = a.end + (/^\/\d{1,2}(\/\d{2,4})?/u.exec(afterA)?.[0].length ?? 0);
      continue; // a date
    }
    const q = qualifiersBefore(s, at);
    const colonBefore = /:\s*$/u.test(before(q.start));
    let shape: ValueExpr['shape'] = 'single';
    let b: NumTok | undefined;
    let unit = matchUnit(s, a.end);
    let end = unit ? unit.end : a.end;
    let direction = q.direction;
    let strength = q.strength;
    const change = CHANGE_SEP.exec(ahead(end));
    const range = RANGE_SEP.exec(ahead(end));
    const fraction = FRACTION_SEP.exec(ahead(a.end));
    if (change && numberAt(s, end + change[0].length) && /(?<!\p{L})(từ|giảm|tăng)(?!\p{L})/iu.test(q.text)) {
      b = numberAt(s, end + change[0].length) as NumTok;
      shape = 'change';
      const u2 = matchUnit(s, b.end);
      unit = u2 ?? unit;
      end = u2 ? u2.end : b.end;
      if (/còn|xuống/iu.test(change[0]) || /giảm/iu.test(q.text)) {
        direction = 'at_most';
        strength = 3;
      } else {
        direction = 'at_least';
        strength = 3;
      }
    } else if (range && numberAt(s, end + range[0].length)) {
      const cand = numberAt(s, end + range[0].length) as NumTok;
      const u2 = matchUnit(s, cand.end);
      const yearPair = /^\d{4}$/.test(a.raw) && /^\d{4}$/.test(cand.raw);
      if (!yearPair && (!unit || !u2 || unit.display === u2.display)) {
        b = cand;
        shape = 'range';
        unit = u2 ?? unit;
        end = u2 ? u2.end : b.end;
        direction = 'band';
        strength = 3;
      }
    } else if (fraction && !unit) {
      const cand = numberAt(s, a.end + fraction[0].length);
      if (cand && !/^\/\d/u.test(ahead(cand.end, 3))) {
        b = cand;
        shape = 'fraction';
        unit = matchUnit(s, b.end);
        end = unit ? unit.end : b.end;
      }
    }
    const rest = ahead(end);
    const post = POST_QUALIFIERS.find((p) => rest.trimStart().toLowerCase().startsWith(p.words));
    if (post) {
      end += rest.length - rest.trimStart().length + post.words.length;
      direction = post.direction;
      strength = 3;
    }
    let footnote: ValueExpr['footnote'];
    const fn = FOOTNOTE.exec(ahead(end, 8));
    if (fn && (unit !== null || /[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(fn[0]))) {
      footnote = { start: end, end: end + fn[0].length, text: fn[0] };
      end += fn[0].length;
    }
    const textBefore = before(q.start);
    const isYear =
      /^(19|20)\d{2}$/.test(a.raw) &&
      !unit &&
      (YEAR_BEFORE.test(textBefore) || /^\s*[-–]\s*\d{4}/u.test(afterA));
    const depth = depthAt[q.start] ?? 0;
    const ordinal = !unit && !colonBefore && ORDINAL_BEFORE.test(before(at));
    const labelPart = isYear || depth > 0 || AGE_AFTER.test(ahead(end, 20)) || ordinal;
    out.push({
      start: q.start,
      end,
      shape,
      a,
      b,
      unit,
      direction,
      strength,
      qualifier: q.text,
      afterColon: colonBefore,
      labelPart,
      footnote,
    });
    cursor = end;
  }
  return out;
}
