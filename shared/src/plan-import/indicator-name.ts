/**
 * The indicator's name: its label (and, for several indicators on one line, the shared prefix), with glued
 * footnote digits and a unit in brackets taken out and misspellings repaired — each change reported.
 */
import { composeName, type LabelUnit, unitInLabel } from './classify.ts';
import { cleanDisplay, type TypoFix } from './clean.ts';
import { field } from './draft-fields.ts';
import { capitalise } from './fold.ts';
import { type BuildContext, spanOf } from './indicator-context.ts';
import type { DraftField, SourceSpan } from './schema.ts';
import type { Piece, Range } from './statement.ts';

const FOOTNOTE_AT_END = /(\p{Ll})(\d{1,2})$/u;

export interface NameReading {
  name: DraftField<string>;
  /** A unit the label states ("(%)", "Số buổi …"). */
  inLabel: LabelUnit | null;
  labelSpan: SourceSpan;
}

export function readName(piece: Piece, ctx: BuildContext): NameReading {
  const { text, issues } = ctx;
  const at = { indicator: ctx.code, field: 'name' };
  const first = piece.label[0];
  const last = piece.label[piece.label.length - 1];
  const labelSpan =
    first && last ? spanOf(ctx, { start: first.start, end: last.end }) : spanOf(ctx, piece.source);
  let label = piece.label.map((r) => text.text.slice(r.start, r.end)).join(' ');
  const footnote = FOOTNOTE_AT_END.exec(label);
  if (footnote) {
    label = label.slice(0, -(footnote[2] as string).length);
    issues.add(
      'FOOTNOTE_REMOVED',
      'info',
      `Bỏ số chú thích "${footnote[2]}" dính cuối tên chỉ tiêu.`,
      labelSpan,
      at,
    );
  }
  const inLabel = unitInLabel(label);
  if (inLabel?.how === 'bracket') label = label.slice(0, inLabel.start) + label.slice(inLabel.end);
  const fixes: TypoFix[] = [];
  const own = cleanDisplay(label);
  fixes.push(...own.fixes);
  let name = capitalise(own.text);
  let nameSpan = labelSpan;
  if (piece.prefix) {
    const prefix = cleanDisplay(text.text.slice(piece.prefix.start, piece.prefix.end));
    fixes.push(...prefix.fixes);
    name = composeName(capitalise(prefix.text), own.text);
    const end = Math.max(piece.prefix.end, (first as Range | undefined)?.end ?? piece.prefix.end);
    nameSpan = spanOf(ctx, { start: piece.prefix.start, end });
  }
  for (const f of fixes)
    issues.add('TYPO_FIXED', 'info', `Sửa "${f.from}" thành "${f.to}" trong tên chỉ tiêu.`, labelSpan, {
      ...at,
      alternatives: [f.from, f.to],
    });
  const note = fixes.length
    ? `Đã sửa chính tả: ${fixes.map((f) => `"${f.from}" → "${f.to}"`).join(', ')}.`
    : '';
  const c = ctx.confidenceScale;
  return {
    name: field(name, nameSpan, (name ? 0.9 : 0.3) * c, note ? { flagged: true, note } : {}),
    inLabel,
    labelSpan,
  };
}
