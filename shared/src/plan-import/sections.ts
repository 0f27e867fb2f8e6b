/**
 * The plan's outline: headings (I., 1., 4.2., a)) nest by rank; each heading's title says what the section is
 * for (purpose, indicators, tasks…). A role goes to the most specific heading that names it, so
 * "II. NỘI DUNG, MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ" yields the content to its child "1. Nội dung".
 */
import { cleanDisplay } from './clean.ts';
import type { IssueSink } from './draft-fields.ts';
import { fold } from './fold.ts';
import { isHeading, type Marker, type Paragraph } from './paragraphs.ts';
import type { DraftSection } from './schema.ts';
import type { SourceText } from './source.ts';
import { scanValues } from './value-expr.ts';

export type SectionRole =
  | 'purpose'
  | 'requirements'
  | 'content'
  | 'goal'
  | 'indicators'
  | 'tasks'
  | 'time'
  | 'rewards'
  | 'organisation'
  | 'results';

export interface Section {
  /** Index of the heading paragraph. */
  index: number;
  marker: Marker;
  title: string;
  roles: SectionRole[];
  /** Paragraph indexes [from, to) under the heading (the subtree, heading excluded). */
  from: number;
  to: number;
  parent: Section | null;
  children: Section[];
}

/** Roles by keywords of a short heading title (folded). */
const ROLE_WORDS: [RegExp, SectionRole][] = [
  [/\bmuc dich\b/, 'purpose'],
  [/\byeu cau\b/, 'requirements'],
  [/^noi dung\b/, 'content'],
  [/\bmuc tieu (tong quat|chung)\b|^muc tieu$|\bmuc tieu\b(?!.*\bchi tieu\b)(?!\s+cu the)/, 'goal'],
  [/\bchi tieu\b|\bmuc tieu cu the\b/, 'indicators'],
  [/\bnhiem vu\b|\bgiai phap\b/, 'tasks'],
  [/^thoi gian\b|\bthoi gian (thuc hien|to chuc|phat dong)\b/, 'time'],
  [/\bkhen thuong\b/, 'rewards'],
  [/\bto chuc thuc hien\b/, 'organisation'],
  [/^ket qua\b|\bket qua (thuc hien|dat duoc)\b/, 'results'],
];

/** Heading text that reads like a title rather than a numbered paragraph. */
function headingTitle(p: Paragraph): string {
  const t = p.text.text;
  const colon = t.indexOf(':');
  const head = colon > 0 && colon < 100 ? t.slice(0, colon) : t;
  return head.replace(/[.\s]+$/, '');
}

function rolesOf(title: string): SectionRole[] {
  // A numbered statement ("8. Thời gian giải quyết … không quá 5 ngày") is not a section title.
  if (title.length > 100 || scanValues(title).some((e) => !e.labelPart && (e.unit || e.qualifier))) return [];
  const key = fold(title).replace(/\s+/g, ' ').trim();
  return ROLE_WORDS.filter(([re]) => re.test(key)).map(([, r]) => r);
}

/** Builds the heading tree over the body's paragraphs. */
export function buildSections(paras: readonly Paragraph[]): Section[] {
  const all: Section[] = [];
  const stack: Section[] = [];
  paras.forEach((p, index) => {
    if (!isHeading(p.marker) || !p.marker) return;
    while (stack.length && (stack[stack.length - 1] as Section).marker.level >= p.marker.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const title = headingTitle(p);
    const s: Section = {
      index,
      marker: p.marker,
      title,
      roles: rolesOf(title),
      from: index + 1,
      to: paras.length,
      parent,
      children: [],
    };
    parent?.children.push(s);
    all.push(s);
    stack.push(s);
  });
  for (const s of all) {
    const next = all.find((o) => o.index > s.index && o.marker.level <= s.marker.level);
    if (next) s.to = next.index;
  }
  return all;
}

/** The most specific section with a role (one that has no descendant with the same role). */
export function sectionFor(sections: readonly Section[], role: SectionRole): Section | null {
  const withRole = sections.filter((s) => s.roles.includes(role));
  const leaves = withRole.filter((s) => !withRole.some((o) => o !== s && isInside(o, s)));
  // Prefer the major heading ("IV. THỜI GIAN THỰC HIỆN") over a numbered item that happens to match.
  const top = Math.min(...leaves.map((s) => s.marker.level));
  return leaves.find((s) => s.marker.level === top) ?? null;
}

/** True when `inner` is a descendant of `outer`. */
export function isInside(inner: Section, outer: Section): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

const MARKER_TEXT: Record<Marker['kind'], (m: Marker) => string> = {
  roman: (m) => `${m.label}.`,
  number: (m) => `${m.label}.`,
  letter: (m) => `${m.label})`,
  dash: () => '-',
  plus: () => '+',
  bullet: () => '•',
};

/** A paragraph as display text, with its marker ("- Đẩy mạnh …", "1. Các phòng …"). */
export function paragraphText(p: Paragraph): string {
  const body = cleanDisplay(p.text.text).text;
  return p.marker ? `${MARKER_TEXT[p.marker.kind](p.marker)} ${body}` : body;
}

/** The text of paragraphs [from, to) and its span. */
export function rangeText(
  src: SourceText,
  paras: readonly Paragraph[],
  from: number,
  to: number,
): { text: string; span: ReturnType<SourceText['span']> } | null {
  const list = paras.slice(from, to);
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last) return null;
  const a = first.text.span(src);
  const b = last.text.span(src);
  return {
    text: list.map(paragraphText).join('\n'),
    span: { line: a.line, start: a.start, end: Math.max(a.end, b.end) },
  };
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
const ROMANS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Flags headings numbered out of sequence ("III." followed by "VI." where "IV." was meant). */
export function checkNumbering(
  src: SourceText,
  paras: readonly Paragraph[],
  sections: readonly Section[],
  issues: IssueSink,
): void {
  const groups = new Map<Section | null, Section[]>();
  for (const s of sections) {
    if (s.marker.kind !== 'roman' && s.marker.kind !== 'number') continue;
    const list = groups.get(s.parent) ?? [];
    list.push(s);
    groups.set(s.parent, list);
  }
  for (const list of groups.values()) {
    let expected: number | null = null;
    // After a slip either reading may continue: "III, VI, V" is a typo for IV; "III, V, VI" skipped one.
    let alsoOk: number | null = null;
    for (const s of list) {
      const parts = s.marker.label.split('.');
      const value = s.marker.kind === 'roman' ? romanValue(s.marker.label) : Number(parts[parts.length - 1]);
      if (value === alsoOk) expected = value;
      alsoOk = null;
      if (expected !== null && value !== expected) {
        const want =
          s.marker.kind === 'roman' ? ROMANS[expected] : [...parts.slice(0, -1), String(expected)].join('.');
        const p = paras[s.index] as Paragraph;
        issues.add(
          'HEADING_OUT_OF_ORDER',
          'warning',
          `Đề mục "${s.marker.label}." không đúng thứ tự; có lẽ là "${want}.".`,
          p.text.span(src, 0, Math.min(p.text.length, 40)),
          { field: 'sections' },
        );
        alsoOk = value + 1;
        expected += 1;
        continue;
      }
      expected = value + 1;
    }
  }
}

/** The outline for the review screen. */
export function outline(
  src: SourceText,
  paras: readonly Paragraph[],
  sections: readonly Section[],
): DraftSection[] {
  return sections.map((s) => ({
    marker: MARKER_TEXT[s.marker.kind](s.marker),
    title: cleanDisplay(s.title).text,
    level: s.marker.level,
    role: s.roles[0] ?? null,
    span: (paras[s.index] as Paragraph).text.span(src),
  }));
}
