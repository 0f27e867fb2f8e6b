/**
 * The indicator list: statements of the indicator section (or, failing one, quantified bullets anywhere in
 * the body), each split into indicators, numbered CT01, CT01.1 (sub-item), CT17A/CT17B (two on one line).
 */
import { childrenSumProblem } from '../indicators/rules.ts';
import { cleanDisplay } from './clean.ts';
import { field, type IssueSink } from './draft-fields.ts';
import type { UnitClass } from './glossary.ts';
import { buildIndicator } from './indicator-build.ts';
import { Mapped } from './mapped.ts';
import { detectNumberStyle, type NumberStyle } from './numbers.ts';
import { isHeading, type Paragraph } from './paragraphs.ts';
import type { DraftIndicator } from './schema.ts';
import type { Section } from './sections.ts';
import type { SourceText } from './source.ts';
import { type Piece, parseStatement, type Statement } from './statement.ts';
import { scanValues } from './value-expr.ts';

interface StatementText {
  text: Mapped;
  group: string | null;
}

/**
 * Statements of a paragraph range. A heading without a number names a group; bullets of a lower rank
 * ("+" under "-") continue the statement above them ("…, trong đó:" / "+ Thuế: 50 tỷ đồng;").
 */
export function collectStatements(paras: readonly Paragraph[], from: number, to: number): StatementText[] {
  const out: (StatementText & { level: number })[] = [];
  let group: string | null = null;
  for (const p of paras.slice(from, to)) {
    const hasValue = scanValues(p.text.text).some((e) => !e.labelPart);
    const level = p.marker?.level ?? 10;
    const last = out[out.length - 1];
    if (isHeading(p.marker) && !hasValue) {
      group = cleanDisplay(p.text.text.replace(/[:.]\s*$/u, '')).text;
      continue;
    }
    const opensList =
      last && (/:\s*$/u.test(last.text.text) || /(?<!\p{L})trong\s+đó(?!\p{L})/iu.test(last.text.text));
    if (last && opensList && level > last.level && level >= 7) {
      const sep = /[:;,]\s*$/u.test(last.text.text) ? ' ' : '; ';
      last.text = Mapped.join([last.text, p.text], sep);
      continue;
    }
    out.push({ text: p.text, group, level });
  }
  return out;
}

/** Quantified bullets outside any section about tasks, time, rewards or organisation (no indicator section). */
export function fallbackStatements(
  paras: readonly Paragraph[],
  sections: readonly Section[],
): StatementText[] {
  const excluded = sections.filter((s) =>
    s.roles.some((r) => ['tasks', 'time', 'rewards', 'organisation', 'purpose', 'requirements'].includes(r)),
  );
  return collectStatements(paras, 0, paras.length).filter((st) => {
    const at = paras.findIndex((p) => p.text.at[0] === st.text.at[0]);
    if (excluded.some((s) => at >= s.from && at < s.to)) return false;
    return scanValues(st.text.text).some((e) => !e.labelPart && e.unit !== null && e.unit.cls !== 'duration');
  });
}

/** The unit most pieces share, for pieces written without one. */
function sharedUnit(pieces: readonly Piece[]): { display: string; cls: UnitClass } | null {
  const counts = new Map<string, { n: number; cls: UnitClass }>();
  for (const p of pieces) {
    if (!p.expr.unit) continue;
    const c = counts.get(p.expr.unit.display) ?? { n: 0, cls: p.expr.unit.cls };
    c.n++;
    counts.set(p.expr.unit.display, c);
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  return best && counts.size === 1 ? { display: best[0], cls: best[1].cls } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MAX_STATEMENT = 4000;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Builds the draft indicators of the statements. */
export function readIndicators(
  src: SourceText,
  statements: readonly StatementText[],
  issues: IssueSink,
  confidenceScale = 1,
): DraftIndicator[] {
  // An indicator statement is a line or two; anything longer is prose, read only as far as a statement goes.
  const parsed = statements.map((st) => {
    const text = st.text.length > MAX_STATEMENT ? st.text.slice(0, MAX_STATEMENT) : st.text;
    return { st: { ...st, text }, parsed: parseStatement(text.text) };
  });
  const raws = parsed.flatMap(({ parsed: p }) =>
    [...p.pieces, ...p.children].flatMap((x) => [x.expr.a.raw, ...(x.expr.b ? [x.expr.b.raw] : [])]),
  );
  const style: NumberStyle = detectNumberStyle(raws);
  const out: DraftIndicator[] = [];
  let n = 0;
  for (const { st, parsed: s } of parsed) {
    if (s.pieces.length === 0) continue;
    n++;
    const whole = { start: 0, end: st.text.text.replace(/[\s;.,]+$/u, '').length };
    const base = { src, text: st.text, issues, style, group: st.group, confidenceScale };
    const siblingUnit = sharedUnit(s.pieces);
    s.pieces.forEach((piece, k) => {
      const code = s.pieces.length > 1 ? `CT${pad(n)}${LETTERS[k] ?? k}` : `CT${pad(n)}`;
      out.push(buildIndicator(piece, { ...base, code, parentCode: null, siblingUnit, sourceRange: whole }));
    });
    if (s.children.length && s.pieces.length === 1) addChildren(src, st.text, s, out, { ...base, n });
  }
  return out;
}

function addChildren(
  src: SourceText,
  text: Mapped,
  s: Statement,
  out: DraftIndicator[],
  base: { issues: IssueSink; style: NumberStyle; group: string | null; confidenceScale: number; n: number },
): void {
  const parent = out[out.length - 1] as DraftIndicator;
  const siblingUnit = sharedUnit([...s.children, ...s.pieces]);
  const children = s.children.map((piece, k) =>
    buildIndicator(piece, {
      src,
      text,
      issues: base.issues,
      style: base.style,
      group: base.group,
      confidenceScale: base.confidenceScale,
      code: `${parent.code}.${k + 1}`,
      parentCode: parent.code,
      siblingUnit,
      sourceRange: piece.source,
    }),
  );
  out.push(...children);
  // Amounts and counts: the sub-items ("trong đó") are parts of the whole. Rates of sub-groups do not add up.
  const additive = parent.kind.value === 'sum' || parent.kind.value === 'count';
  parent.childrenRule = additive
    ? field('must_not_exceed' as const, parent.name.span, 0.8, {
        flagged: false,
        note: 'Các chỉ tiêu con ("trong đó") là một phần của chỉ tiêu cha: tổng chỉ tiêu con không vượt chỉ tiêu cha.',
      })
    : field('none' as const, parent.name.span, 0.8, {
        flagged: false,
        note: 'Chỉ tiêu con là tỷ lệ của một nhóm nhỏ hơn; không cộng dồn vào chỉ tiêu cha.',
      });
  const sameUnit = additive && children.every((c) => c.unitOfMeasure.value === parent.unitOfMeasure.value);
  const problem = sameUnit
    ? childrenSumProblem(
        'must_not_exceed',
        parent.targetValue.value,
        children.map((c) => ({ code: c.code, targetValue: c.targetValue.value })),
      )
    : null;
  if (problem)
    base.issues.add('CHILDREN_EXCEED', 'warning', problem, parent.targetValue.span, {
      indicator: parent.code,
      field: 'childrenRule',
    });
  const expected = s.childIntro?.expected;
  if (s.childIntro && expected && expected !== children.length)
    base.issues.add(
      'CHILD_COUNT_MISMATCH',
      'warning',
      `Kế hoạch nêu ${expected} chỉ tiêu con nhưng đọc được ${children.length}.`,
      text.span(src, s.childIntro.range.start, s.childIntro.range.end),
      { indicator: parent.code, field: 'children' },
    );
}
