/**
 * Rejoins lines into paragraphs. Plans converted from PDF or Word break lines in mid-sentence and often put a
 * blank line after every line, so blank lines say nothing; what starts a paragraph is a heading or bullet
 * marker, or a capital letter after a sentence end or after a short (unfilled) line.
 */
import { isAllCaps } from './fold.ts';
import { Mapped } from './mapped.ts';
import type { SourceText } from './source.ts';

export type MarkerKind = 'roman' | 'number' | 'letter' | 'dash' | 'plus' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** "II", "4.2", "a", "-". */
  label: string;
  /** Nesting rank: roman 1, "1." 2, "4.2." 3, "a)" 6, "-" 7, "+" 8, "•" 9. */
  level: number;
}

export interface Paragraph {
  /** The text after the marker, lines joined with one space. */
  text: Mapped;
  marker: Marker | null;
  /** 1-based numbers of the first and last source lines. */
  firstLine: number;
  lastLine: number;
}

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{1,3}|V|X))\s*[.)]\s*(?=\p{Lu})/u;
// "1. Mục đích", "4.1. Tập trung", "1) Thu", and "4.2 Tập trung" (dotted, no final dot, capital after).
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)(?:[.)]\s*(?=[\p{L}"“(])|(?<=\d\.\d{1,2})\s+(?=\p{Lu}))/u;
const LETTER = /^([a-zđ])\s*\)\s*(?=\S)/u;
const DASH = /^[-–—]+\s*(?=\S)/;
const PLUS = /^\+\s*(?=\S)/;
const BULLET = /^[•●▪◦·*]\s*(?=\S)/;

/** The marker at the start of a trimmed line, with the offset where its text begins. */
export function detectMarker(line: string): { marker: Marker; textStart: number } | null {
  let m = ROMAN.exec(line);
  if (m?.[1]) return { marker: { kind: 'roman', label: m[1], level: 1 }, textStart: m[0].length };
  m = NUMBER.exec(line);
  if (m?.[1]) {
    const level = 1 + m[1].split('.').length;
    return { marker: { kind: 'number', label: m[1], level }, textStart: m[0].length };
  }
  m = LETTER.exec(line);
  if (m?.[1]) return { marker: { kind: 'letter', label: m[1], level: 6 }, textStart: m[0].length };
  m = DASH.exec(line);
  if (m) return { marker: { kind: 'dash', label: '-', level: 7 }, textStart: m[0].length };
  m = PLUS.exec(line);
  if (m) return { marker: { kind: 'plus', label: '+', level: 8 }, textStart: m[0].length };
  m = BULLET.exec(line);
  if (m) return { marker: { kind: 'bullet', label: '•', level: 9 }, textStart: m[0].length };
  return null;
}

/** Headings (I., 1., 4.2., a)) as opposed to bullets. */
export function isHeading(m: Marker | null): boolean {
  return m !== null && (m.kind === 'roman' || m.kind === 'number' || m.kind === 'letter');
}

const TERMINAL = /[.;:!?…]["”’)]?$/;
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d(,;.)]/u;

/** A typical full line width of a region: long lines are wrapped, short ones end a paragraph. */
export function typicalWidth(lines: readonly string[]): number {
  const lens = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lens.length === 0) return 80;
  return lens[Math.floor(lens.length * 0.8)] ?? 80;
}

export type Layout = 'lines' | 'paragraphs';

/** "paragraphs" when lines are far longer than a printed line (Word paragraphs, one per line). */
export function detectLayout(lines: readonly string[]): Layout {
  return typicalWidth(lines) > 160 ? 'paragraphs' : 'lines';
}

/**
 * Joins source lines [fromLine, toLine) (1-based, end exclusive) into paragraphs. `isStandalone` marks lines
 * that never join (footer lines such as "Nơi nhận:").
 */
export function buildParagraphs(
  src: SourceText,
  fromLine: number,
  toLine: number,
  layout: Layout,
  isStandalone: (line: string) => boolean = () => false,
): Paragraph[] {
  const region = src.lines.slice(fromLine - 1, toLine - 1);
  const short = typicalWidth(region.map((l) => l.text)) * 0.6;
  const out: Paragraph[] = [];
  type Open = { parts: Mapped[]; marker: Marker | null; first: number; last: number; lastLen: number };
  let cur: Open | null = null;
  const flush = () => {
    if (cur)
      out.push({
        text: Mapped.join(cur.parts),
        marker: cur.marker,
        firstLine: cur.first,
        lastLine: cur.last,
      });
    cur = null;
  };
  for (const line of region) {
    const lead = line.text.length - line.text.trimStart().length;
    const t = line.text.trim();
    if (!t) continue;
    const found = detectMarker(t);
    const body = found ? t.slice(found.textStart) : t;
    const prev: Open | null = cur;
    const prevText = prev ? (prev.parts[prev.parts.length - 1]?.text ?? '') : '';
    const prevEnds = TERMINAL.test(prevText.trimEnd());
    // A dash before a small letter after an unfinished line is a hyphenated word wrap ("xã hội" / "- nghề").
    const bulletIsWrap: boolean =
      !!found && !isHeading(found.marker) && prev !== null && !prevEnds && !/^[\p{Lu}\d"“]/u.test(body);
    const marker: Marker | null = found && !bulletIsWrap ? found.marker : null;
    const prevIsCapsHeading = prev !== null && isHeading(prev.marker) && isAllCaps(prevText);
    const startsNew =
      !prev ||
      marker !== null ||
      isStandalone(t) ||
      (prevIsCapsHeading && !isAllCaps(t)) ||
      (!STARTS_LOWER_OR_DIGIT.test(t) &&
        !(prevIsCapsHeading && isAllCaps(t)) &&
        (prevEnds || layout === 'paragraphs' || prev.lastLen < short));
    if (startsNew) {
      flush();
      const start: number = line.start + lead + (marker && found ? found.textStart : 0);
      cur = {
        parts: [Mapped.of(src, start, line.start + lead + t.length)],
        marker,
        first: line.n,
        last: line.n,
        lastLen: t.length,
      };
    } else if (prev) {
      prev.parts.push(Mapped.of(src, line.start + lead, line.start + lead + t.length));
      prev.last = line.n;
      prev.lastLen = t.length;
    }
  }
  flush();
  return out;
}
