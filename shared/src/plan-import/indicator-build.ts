/**
 * Turns one piece of a statement into a draft indicator: name, unit, kind, direction and targets, each with
 * its span, confidence and — where the text allows two readings or something was inferred — a flag, the
 * alternatives and a review issue.
 */
import { directionFor, kindFor, knownIndicator, numeratorFromName } from './classify.ts';
import { cleanDisplay } from './clean.ts';
import { field } from './draft-fields.ts';
import { type BuildContext, spanOf } from './indicator-context.ts';
import { readName } from './indicator-name.ts';
import { readTargets } from './indicator-targets.ts';
import { readUnit } from './indicator-unit.ts';
import type { DraftIndicator } from './schema.ts';
import type { Piece } from './statement.ts';

export type { BuildContext } from './indicator-context.ts';

const GROWTH = /tăng trưởng|tốc độ tăng|so với|tăng thêm/iu;

/** The draft indicator for a piece. */
export function buildIndicator(piece: Piece, ctx: BuildContext): DraftIndicator {
  const { issues, text } = ctx;
  const c = ctx.confidenceScale;
  const expr = piece.expr;
  const { name, inLabel, labelSpan } = readName(piece, ctx);
  const known = knownIndicator(name.value);
  const unit = readUnit(expr, name.value, inLabel, labelSpan, known, ctx);
  const { kind, factor } =
    known && (!expr.unit || expr.unit.display === known.unit)
      ? { kind: known.kind, factor: known.factor }
      : kindFor(unit.cls, expr.shape);
  const after = text.text.slice(expr.end, piece.source.end);
  const dir = directionFor(expr, name.value, known, after);
  const at = { indicator: ctx.code, field: 'direction' };
  if (dir.issue === 'DIRECTION_AMBIGUOUS')
    issues.add('DIRECTION_AMBIGUOUS', 'warning', dir.note ?? 'Chiều đánh giá chưa rõ.', spanOf(ctx, expr), {
      ...at,
      alternatives: dir.alternatives,
    });
  if (dir.issue === 'DIRECTION_ASSUMED')
    issues.add('DIRECTION_ASSUMED', 'warning', dir.note ?? 'Chiều đánh giá do hệ thống chọn.', name.span, at);
  const growth = GROWTH.test(name.value) || GROWTH.test(after);
  const targets = readTargets(expr, unit, dir.direction, growth, ctx);

  const valueSpan = spanOf(ctx, { start: expr.a.start, end: (expr.b ?? expr.a).end });
  const numeratorName = kind === 'ratio' ? numeratorFromName(name.value) : null;
  // "38/38 trường": the counted noun names the whole.
  const denominatorName =
    expr.shape === 'fraction' && expr.unit?.cls === 'count' ? `Tổng số ${expr.unit.display}` : null;
  const maintain = dir.direction === 'maintain';
  const fields = {
    name: name,
    unitOfMeasure: field(unit.display, unit.span, unit.confidence * c, {
      note: unit.note,
      flagged: unit.flagged,
    }),
    kind: field(kind, unit.span, (known ? 0.85 : Math.min(0.95, unit.confidence + 0.05)) * c),
    direction: field(dir.direction, spanOf(ctx, expr), dir.confidence * c, {
      alternatives: dir.alternatives,
      note: dir.note,
    }),
    ...targets,
    ...(dir.direction === 'band' && targets.targetLow.value === null && known?.bandLow
      ? {
          targetLow: field<number | null>(known.bandLow.value, valueSpan, 0.4, {
            flagged: true,
            note: known.bandLow.note,
          }),
        }
      : {}),
    // A maintain target the plan gives without a margin is kept exactly (± 0), flagged for review, so the draft is
    // valid as read; the reviewer widens it if the office allows a margin.
    tolerance: field<number | null>(maintain ? 0 : null, valueSpan, maintain ? 0.3 : 1, {
      flagged: maintain,
      note: maintain ? 'Kế hoạch không nêu biên độ: tạm đặt ± 0 (giữ đúng mức). Hãy xem lại.' : undefined,
    }),
    factor: field<number | null>(factor, unit.span, unit.confidence * c, { flagged: false }),
    allowOver100: field(unit.cls === 'percent' && growth, valueSpan, 0.8, { flagged: false }),
    numeratorLabel: field<string | null>(numeratorName, name.span, numeratorName ? 0.5 : 1, {
      flagged: false,
      note: numeratorName ? 'Gợi ý từ tên chỉ tiêu.' : undefined,
    }),
    denominatorLabel: field<string | null>(denominatorName, name.span, denominatorName ? 0.6 : 1, {
      flagged: false,
    }),
    childrenRule: field<DraftIndicator['childrenRule']['value']>('none', name.span, 1, { flagged: false }),
    sourceText: field(
      cleanDisplay(text.text.slice(ctx.sourceRange.start, ctx.sourceRange.end)).text,
      spanOf(ctx, ctx.sourceRange),
      1,
      { flagged: false },
    ),
  };
  const lowest = Math.min(
    ...[
      fields.name,
      fields.unitOfMeasure,
      fields.kind,
      fields.direction,
      targets.targetValue,
      targets.targetLow,
      targets.targetHigh,
    ].map((f) => f.confidence),
  );
  return {
    code: ctx.code,
    parentCode: ctx.parentCode,
    group: ctx.group,
    ...fields,
    note: [unit.note, dir.note].filter(Boolean).join(' ') || null,
    confidence: Math.round(lowest * 100) / 100,
  };
}
