/**
 * Splits one indicator statement into its indicators. The shapes met in real plans:
 *   "Label: value unit"                      "Label đạt value unit" / "Label trên value"
 *   "Label: A: v1; B: v2"  → two siblings sharing "Label" (malnutrition: chiều cao / cân nặng)
 *   "Label đạt v, trong đó …: a: v1; b: v2" → a parent and its sub-items
 *   "Verb 12 buổi noun"                       → an inline count ("Tổ chức 12 buổi tuyên truyền")
 */
import { scanValues, type ValueExpr } from './value-expr.ts';

export interface Range {
  start: number;
  end: number;
}

export interface Piece {
  expr: ValueExpr;
  /** The piece of the statement this indicator comes from. */
  source: Range;
  /** The name's own words (one or two ranges: before the value, and after it for inline counts). */
  label: Range[];
  /** A label shared with siblings ("Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi"), or null. */
  prefix: Range | null;
  /** Numbers left in the piece besides the value (kept for the review note). */
  others: ValueExpr[];
}

export interface Statement {
  pieces: Piece[];
  children: Piece[];
  /** "chỉ tiêu 04 nguồn thu chính là": how many sub-items the text announces, if it says. */
  childIntro: { range: Range; expected: number | null } | null;
}

const TRONG_DO = /[,;.]?\s*(?<!\p{L})trong\s+đó(?!\p{L})\s*[:,]?\s*/iu;
const TAIL =
  /^\s*[,;]?\s*(so với|kế hoạch|dự toán|cùng kỳ|trên tổng số|trong năm|mỗi năm|hằng năm|hàng năm|\/năm|\(|$)/iu;
const INDICATOR_HEAD =
  /^(tỷ lệ|tỉ lệ|số|tổng|thu|chi|giá trị|doanh thu|sản lượng|tốc độ|thu nhập|vốn|kim ngạch)(?!\p{L})/iu;
const CONNECTORS = /[\s:,;–-]*(?<!\p{L})(là|đạt|bằng|ở mức|phấn đấu|được|với|và)?[\s:,;–-]*$/iu;

/** The first match of `re` at bracket depth 0 in s[from, to), or null. */
function findTop(s: string, re: RegExp, from: number, to: number): { at: number; len: number } | null {
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  const window = s.slice(0, to);
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = s[i] as string;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      sticky.lastIndex = i;
      const m = sticky.exec(window);
      if (m) return { at: i, len: m[0].length };
    }
  }
  return null;
}

/** Last ":" at bracket depth 0 in s[from, to). */
function lastColon(s: string, from: number, to: number): number {
  let depth = 0;
  let found = -1;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) found = i;
  }
  return found;
}

/** Trims spaces, connectors and punctuation from both ends of a range. */
function tighten(s: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s:,;.–-]/u.test(s[start] as string)) start++;
  const tail = CONNECTORS.exec(s.slice(start, end));
  if (tail) end = start + tail.index;
  while (end > start && /[\s:,;.–-]/u.test(s[end - 1] as string)) end--;
  return { start, end };
}

function choose(exprs: ValueExpr[]): ValueExpr | undefined {
  return (
    exprs.find((e) => e.afterColon) ??
    [...exprs].reverse().find((e) => e.qualifier !== '') ??
    [...exprs].reverse().find((e) => e.unit !== null) ??
    exprs[exprs.length - 1]
  );
}

/** Cuts s[from, to) into pieces that each hold one value, at ";", "," or " và " between values. */
function pieces(s: string, from: number, to: number, mode: 'head' | 'children'): Piece[] {
  const all = scanValues(s.slice(from, to)).map((e) => shift(e, from));
  const valid = all.filter((e) => !e.labelPart);
  if (valid.length === 0) return [];
  const cuts: Range[] = [];
  let start = from;
  for (let k = 0; k < valid.length - 1; k++) {
    const a = valid[k] as ValueExpr;
    const b = valid[k + 1] as ValueExpr;
    const sep = findTop(s, /;|,(?!\d)|\s+và\s+/u, a.end, b.start);
    if (sep) {
      cuts.push({ start, end: sep.at });
      start = sep.at + sep.len;
    }
  }
  cuts.push({ start, end: to });
  const out: Piece[] = [];
  let prefix: Range | null = null;
  let next = 0;
  cuts.forEach((cut, k) => {
    // Values and cuts are both in text order: walk them together (linear, not values × cuts).
    const inside: ValueExpr[] = [];
    while (next < valid.length && (valid[next] as ValueExpr).start < cut.end) {
      const e = valid[next] as ValueExpr;
      if (e.start >= cut.start && e.end <= cut.end) inside.push(e);
      next++;
    }
    const expr = choose(inside);
    if (!expr) return;
    let labelEnd = expr.start;
    let colon = lastColon(s, cut.start, expr.start);
    const empty = (r: Range) => r.end <= r.start;
    if (colon >= 0 && empty(tighten(s, { start: colon + 1, end: expr.start }))) {
      labelEnd = colon;
      colon = lastColon(s, cut.start, colon);
    }
    let labelStart = cut.start;
    let ownPrefix: Range | null = null;
    if (colon >= 0) {
      const sub = tighten(s, { start: colon + 1, end: labelEnd });
      const head = tighten(s, { start: cut.start, end: colon });
      if (!empty(sub)) {
        // "Label: A: value" — "Label" is shared (siblings) or an intro (sub-items).
        ownPrefix = empty(head) ? null : head;
        labelStart = colon + 1;
      }
    }
    if (k === 0 && ownPrefix) prefix = ownPrefix;
    const label: Range[] = [tighten(s, { start: labelStart, end: labelEnd })];
    const rest = s.slice(expr.end, cut.end);
    if (rest.trim() && !TAIL.test(rest)) {
      // Inline count: "Tổ chức 12 buổi tuyên truyền" → "Tổ chức buổi tuyên truyền".
      const after = tighten(s, {
        start: expr.unit?.cls === 'count' ? expr.unit.start : expr.end,
        end: cut.end,
      });
      if (after.end > after.start) label.push(after);
    }
    const own = label.filter((r) => r.end > r.start);
    const previous = out[out.length - 1];
    const each = own.length > 0 && /^mỗi(?!\p{L})/iu.test(s.slice(own[0]?.start, own[0]?.end));
    if ((own.length === 0 || each) && !ownPrefix && previous) {
      // "…đạt 38.125 triệu đồng, bằng 103,9% dự toán" or "…, mỗi tuyến dài ít nhất 1,5 km": a nameless or
      // per-item value qualifies the one before it.
      previous.others.push(expr, ...inside.filter((e) => e !== expr));
      previous.source = { start: previous.source.start, end: cut.end };
      return;
    }
    const short = own.length === 1 && s.slice(own[0]?.start, own[0]?.end).split(/\s+/).length <= 6;
    const sharesPrefix =
      mode === 'head' &&
      k > 0 &&
      prefix &&
      !ownPrefix &&
      short &&
      !INDICATOR_HEAD.test(s.slice(own[0]?.start));
    out.push({
      expr,
      source: { start: cut.start, end: cut.end },
      label: own,
      prefix: ownPrefix ?? (sharesPrefix ? prefix : null),
      others: inside.filter((e) => e !== expr),
    });
  });
  return out;
}

function shift(e: ValueExpr, by: number): ValueExpr {
  const r = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start + by,
    end: x.end + by,
  });
  return {
    ...e,
    start: e.start + by,
    end: e.end + by,
    a: r(e.a),
    b: e.b ? r(e.b) : undefined,
    unit: e.unit ? r(e.unit) : null,
    footnote: e.footnote ? r(e.footnote) : undefined,
  };
}

/** Parses one statement (marker and trailing punctuation already removed). */
export function parseStatement(s: string): Statement {
  const end = s.replace(/[\s;.,:]+$/u, '').length;
  const split = TRONG_DO.exec(s.slice(0, end));
  if (split) {
    const headEnd = split.index;
    const subStart = split.index + split[0].length;
    const head = pieces(s, 0, headEnd, 'head');
    const children = pieces(s, subStart, end, 'children');
    if (head.length === 1 && children.length > 0) {
      const first = children[0] as Piece;
      let childIntro: Statement['childIntro'] = null;
      if (first.prefix) {
        const intro = s.slice(first.prefix.start, first.prefix.end);
        const n = /(?<![\d.,])(\d{1,2})\s+(nguồn|khoản|chỉ tiêu|nội dung|loại|nhóm|lĩnh vực)/iu.exec(intro);
        childIntro = { range: first.prefix, expected: n ? Number(n[1]) : null };
      }
      for (const c of children) c.prefix = null;
      return { pieces: head, children, childIntro };
    }
  }
  return { pieces: pieces(s, 0, end, 'head'), children: [], childIntro: null };
}
