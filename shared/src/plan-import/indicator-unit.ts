/**
 * The unit of measure, in order of trust: as written after the value; stated in the name; implied by a
 * well-known indicator; shared by the siblings on the same line; "%" for a "Tỷ lệ". Anything inferred is
 * flagged with a review issue.
 */
import type { KnownIndicator, LabelUnit } from './classify.ts';
import type { UnitClass } from './glossary.ts';
import { type BuildContext, spanOf } from './indicator-context.ts';
import type { SourceSpan } from './schema.ts';
import type { ValueExpr } from './value-expr.ts';

export interface UnitReading {
  display: string;
  cls: UnitClass | null;
  span: SourceSpan;
  confidence: number;
  note?: string;
  flagged?: boolean;
}

const classOf = (unit: string): UnitClass => (unit === '%' ? 'percent' : unit === '‰' ? 'per-mille' : 'per');

export function readUnit(
  expr: ValueExpr,
  name: string,
  inLabel: LabelUnit | null,
  labelSpan: SourceSpan,
  known: KnownIndicator | null,
  ctx: BuildContext,
): UnitReading {
  const valueSpan = spanOf(ctx, { start: expr.a.start, end: (expr.b ?? expr.a).end });
  const inferred = (display: string, cls: UnitClass, why: string): UnitReading => {
    ctx.issues.add(
      'UNIT_INFERRED',
      'warning',
      `Giá trị không kèm đơn vị; ${why}, chọn "${display}".`,
      valueSpan,
      {
        indicator: ctx.code,
        field: 'unitOfMeasure',
      },
    );
    return {
      display,
      cls,
      span: valueSpan,
      confidence: 0.6,
      note: `Kế hoạch không ghi đơn vị; ${why}, đơn vị là ${display}.`,
    };
  };
  if (expr.shape === 'fraction')
    return {
      display: '%',
      cls: 'percent',
      span: valueSpan,
      confidence: 0.8,
      note: `Phân số ${expr.a.raw}/${expr.b?.raw} được tính thành tỷ lệ %.`,
      flagged: false,
    };
  if (expr.unit)
    return { display: expr.unit.display, cls: expr.unit.cls, span: spanOf(ctx, expr.unit), confidence: 0.95 };
  if (inLabel)
    return {
      display: inLabel.unit,
      cls: inLabel.cls,
      span: labelSpan,
      confidence: 0.85,
      note: 'Đơn vị lấy từ tên chỉ tiêu.',
      flagged: false,
    };
  if (known) return inferred(known.unit, classOf(known.unit), 'theo loại chỉ tiêu');
  if (ctx.siblingUnit)
    return inferred(ctx.siblingUnit.display, ctx.siblingUnit.cls, 'theo các chỉ tiêu cùng dòng');
  if (/^(Tỷ lệ|Tỉ lệ)(?!\p{L})/iu.test(name)) return inferred('%', 'percent', 'tỷ lệ được hiểu là phần trăm');
  ctx.issues.add('UNIT_MISSING', 'warning', 'Không xác định được đơn vị tính; hãy nhập đơn vị.', valueSpan, {
    indicator: ctx.code,
    field: 'unitOfMeasure',
  });
  return { display: '', cls: null, span: valueSpan, confidence: 0.2 };
}
