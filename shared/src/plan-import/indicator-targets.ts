/**
 * Target numbers of an indicator, parsed once the unit says what they can be (a percentage is at most 100,
 * a count is whole). Ambiguous readings are flagged with both values; fractions become a percentage with
 * their numerator and denominator kept.
 */
import type { Direction } from '../indicators/schema.ts';
import { field } from './draft-fields.ts';
import { type BuildContext, spanOf } from './indicator-context.ts';
import type { UnitReading } from './indicator-unit.ts';
import { type NumberExpectation, parseVnNumber } from './numbers.ts';
import type { DraftField } from './schema.ts';
import type { NumTok, ValueExpr } from './value-expr.ts';

type NumField = DraftField<number | null>;

export interface Targets {
  targetValue: NumField;
  targetLow: NumField;
  targetHigh: NumField;
  baselineValue: NumField;
  numeratorTarget: NumField;
  denominatorTarget: NumField;
}

function expectationOf(expr: ValueExpr, unit: UnitReading): NumberExpectation {
  if (expr.shape === 'fraction' || unit.cls === 'count') return 'integer';
  if (unit.cls === 'percent') return 'percent';
  if (unit.cls === 'per-mille') return 'per-mille';
  return 'any';
}

export function readTargets(
  expr: ValueExpr,
  unit: UnitReading,
  direction: Direction,
  growth: boolean,
  ctx: BuildContext,
): Targets {
  const { issues } = ctx;
  const c = ctx.confidenceScale;
  const valueSpan = spanOf(ctx, { start: expr.a.start, end: (expr.b ?? expr.a).end });
  const at = (f: string) => ({ indicator: ctx.code, field: f });
  const expect = expectationOf(expr, unit);
  const num = (tok: NumTok | undefined, name: string, exp: NumberExpectation = expect): NumField => {
    if (!tok) return field<number | null>(null, valueSpan, 1, { flagged: false });
    const s = spanOf(ctx, tok);
    const n = parseVnNumber(tok.raw, { style: ctx.style, expect: exp, allowOver100: growth });
    if (!n) {
      issues.add('NUMBER_AMBIGUOUS', 'error', `Không đọc được số "${tok.raw}".`, s, at(name));
      return field<number | null>(null, s, 0.1 * c);
    }
    if (n.ambiguous) {
      // In a document that writes decimals with a comma, a dot before three digits is almost surely thousands.
      const sev = ctx.style === 'comma-decimal' && tok.raw.includes('.') ? 'info' : 'warning';
      issues.add('NUMBER_AMBIGUOUS', sev, n.note ?? `"${tok.raw}" đọc được hai cách.`, s, {
        ...at(name),
        alternatives: [n.value, ...n.alternatives],
      });
      return field<number | null>(n.value, s, (sev === 'info' ? 0.8 : 0.65) * c, {
        alternatives: n.alternatives,
        note: n.note,
      });
    }
    if (n.decidedBy === 'context')
      issues.add('NUMBER_BY_CONTEXT', 'info', n.note ?? `"${tok.raw}" đọc theo đơn vị.`, s, at(name));
    return field<number | null>(n.value, s, (n.decidedBy === 'context' ? 0.85 : 0.95) * c, {
      flagged: false,
      note: n.note,
    });
  };
  const t: Targets = {
    targetValue: num(undefined, 'targetValue'),
    targetLow: num(undefined, 'targetLow'),
    targetHigh: num(undefined, 'targetHigh'),
    baselineValue: num(undefined, 'baselineValue'),
    numeratorTarget: num(undefined, 'numeratorTarget'),
    denominatorTarget: num(undefined, 'denominatorTarget'),
  };
  if (expr.shape === 'range') {
    t.targetLow = num(expr.a, 'targetLow');
    t.targetHigh = num(expr.b, 'targetHigh');
  } else if (expr.shape === 'change') {
    t.baselineValue = num(expr.a, 'baselineValue');
    t.targetValue = num(expr.b, 'targetValue');
  } else if (expr.shape === 'fraction') {
    t.numeratorTarget = num(expr.a, 'numeratorTarget', 'integer');
    t.denominatorTarget = num(expr.b, 'denominatorTarget', 'integer');
    const a = t.numeratorTarget.value;
    const b = t.denominatorTarget.value;
    const v = a !== null && b ? Math.round((a / b) * 1e6) / 1e4 : null;
    t.targetValue = field<number | null>(
      v,
      valueSpan,
      Math.min(t.numeratorTarget.confidence, t.denominatorTarget.confidence),
      {
        flagged: v === null,
        note: `${expr.a.raw}/${expr.b?.raw} = ${v ?? '?'} %`,
      },
    );
  } else t.targetValue = num(expr.a, 'targetValue');
  // "ước đạt": a value estimated before the period ends (reports); say so beside the value.
  if (/(?<!\p{L})ước(?!\p{L})/iu.test(expr.qualifier))
    t.targetValue = {
      ...t.targetValue,
      note: [t.targetValue.note, 'Giá trị ước tính ("ước đạt").'].filter(Boolean).join(' '),
    };
  if (direction === 'band' && expr.shape !== 'range') {
    t.targetHigh = t.targetValue;
    issues.add(
      'BAND_BOUND_MISSING',
      'warning',
      'Chỉ tiêu dạng khoảng chỉ có một giá trị; hãy nhập cận dưới.',
      valueSpan,
      at('targetLow'),
    );
  }
  if (direction === 'maintain')
    issues.add(
      'TOLERANCE_NEEDED',
      'info',
      'Kế hoạch không nêu biên độ cho chỉ tiêu duy trì: tạm đặt ± 0 (giữ đúng mức); hãy xem lại.',
      valueSpan,
      at('tolerance'),
    );
  if (expr.footnote)
    issues.add(
      'FOOTNOTE_REMOVED',
      'info',
      `Bỏ số chú thích "${expr.footnote.text}" dính sau giá trị.`,
      spanOf(ctx, expr.footnote),
      at('targetValue'),
    );
  const isPct = unit.cls === 'percent';
  for (const v of [t.targetValue, t.targetHigh])
    if (isPct && !growth && v.value !== null && v.value > 100)
      issues.add('VALUE_OUT_OF_RANGE', 'warning', 'Tỷ lệ phần trăm vượt 100 %.', v.span, at('targetValue'));
  return t;
}
