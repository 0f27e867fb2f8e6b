/**
 * The text a plan is parsed from. The parser works on a normalised copy (NFC, "\n" line ends, plain spaces,
 * no BOM or zero-width characters) but every span it reports points into the ORIGINAL string, so a review
 * screen can highlight the exact characters even when the input was NFD or had Windows line ends.
 */
import type { SourceSpan } from './schema.ts';

/** One line of the normalised text; `n` is 1-based and equals the original line number. */
export interface SourceLine {
  n: number;
  /** Offsets into the normalised text, end exclusive (before the "\n"). */
  start: number;
  end: number;
  text: string;
}

const DROPPED = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const MARK = /\p{M}/u;

/** Original line starts under the same rule the normaliser uses: "\r\n", "\n" and a lone "\r" end a line. */
function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\r') {
      if (s[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (c === '\n') starts.push(i + 1);
  }
  return starts;
}

export class SourceText {
  readonly original: string;
  /** The normalised text the parser reads. */
  readonly text: string;
  readonly lines: SourceLine[];
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly origLineStarts: number[];

  constructor(original: string) {
    this.original = original;
    const out: string[] = [];
    const from: number[] = [];
    const to: number[] = [];
    const emit = (s: string, a: number, b: number) => {
      for (const unit of s.split('')) {
        out.push(unit);
        from.push(a);
        to.push(b);
      }
    };
    let i = 0;
    const n = original.length;
    while (i < n) {
      const c = original[i] as string;
      if (c === '\r') {
        const b = original[i + 1] === '\n' ? i + 2 : i + 1;
        emit('\n', i, b);
        i = b;
        continue;
      }
      if (c === '\n') {
        emit('\n', i, i + 1);
        i++;
        continue;
      }
      if (DROPPED.test(c)) {
        i++;
        continue;
      }
      if (SPACE.test(c)) {
        emit(' ', i, i + 1);
        i++;
        continue;
      }
      // A base character with its combining marks is one cluster: NFC composes within it, so every output
      // character maps back to the whole cluster (an NFD "ệ" is three code units in the original).
      const code = c.charCodeAt(0);
      let j = code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
      while (j < n && MARK.test(original[j] as string)) j++;
      emit(original.slice(i, j).normalize('NFC'), i, j);
      i = j;
    }
    this.text = out.join('');
    this.from = Int32Array.from(from);
    this.to = Int32Array.from(to);
    this.origLineStarts = lineStarts(original);
    this.lines = [];
    let start = 0;
    const parts = this.text.split('\n');
    parts.forEach((text, k) => {
      this.lines.push({ n: k + 1, start, end: start + text.length, text });
      start += text.length + 1;
    });
  }

  /** The original-text span of the normalised range [start, end). */
  span(start: number, end: number): SourceSpan {
    const len = this.text.length;
    if (len === 0) return { line: 1, start: 0, end: 0 };
    const a = Math.max(0, Math.min(start, len - 1));
    const b = Math.max(a + 1, Math.min(end, len));
    const oStart = this.from[a] as number;
    const oEnd = end <= start ? oStart : (this.to[b - 1] as number);
    return { line: this.originalLine(oStart), start: oStart, end: oEnd };
  }

  private originalLine(offset: number): number {
    const s = this.origLineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
