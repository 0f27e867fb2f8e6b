/** What building one draft indicator needs to know, shared by its name, unit and target readers. */
import type { IssueSink } from './draft-fields.ts';
import type { UnitClass } from './glossary.ts';
import type { Mapped } from './mapped.ts';
import type { NumberStyle } from './numbers.ts';
import type { SourceSpan } from './schema.ts';
import type { SourceText } from './source.ts';
import type { Range } from './statement.ts';

export interface BuildContext {
  src: SourceText;
  /** The statement text the piece's offsets refer to. */
  text: Mapped;
  issues: IssueSink;
  style: NumberStyle;
  code: string;
  parentCode: string | null;
  group: string | null;
  /** The unit the piece's siblings share, for a value written without one. */
  siblingUnit: { display: string; cls: UnitClass } | null;
  /** What the draft quotes as the plan's wording (the whole statement for parents and siblings). */
  sourceRange: Range;
  /** Lowers every confidence (indicators found outside an indicator section). */
  confidenceScale: number;
}

/** The original-text span of a range of the statement. */
export function spanOf(ctx: BuildContext, r: Range): SourceSpan {
  return ctx.text.span(ctx.src, r.start, r.end);
}
