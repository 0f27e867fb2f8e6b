/**
 * Small builders for draft fields and review issues, so every extractor reports them the same way.
 */
import type { DraftField, ReviewIssue, ReviewIssueCode, SourceSpan } from './schema.ts';

/** A draft field; `flagged` defaults to true when there are alternatives or confidence is below 0.75. */
export function field<T>(
  value: T,
  span: SourceSpan,
  confidence: number,
  extra: { flagged?: boolean; alternatives?: T[]; note?: string } = {},
): DraftField<T> {
  const flagged = extra.flagged ?? (Boolean(extra.alternatives?.length) || confidence < 0.75);
  const out: DraftField<T> = { value, span, confidence: round(confidence), flagged };
  if (extra.alternatives?.length) out.alternatives = extra.alternatives;
  if (extra.note) out.note = extra.note;
  return out;
}

const round = (c: number) => Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;

/** Collects review issues in document order. */
export class IssueSink {
  readonly items: ReviewIssue[] = [];

  add(
    code: ReviewIssueCode,
    severity: ReviewIssue['severity'],
    message: string,
    span: SourceSpan | null,
    at: { indicator?: string | null; field?: string | null; alternatives?: (string | number)[] } = {},
  ): void {
    const issue: ReviewIssue = {
      code,
      severity,
      message,
      span,
      indicator: at.indicator ?? null,
      field: at.field ?? null,
    };
    if (at.alternatives?.length) issue.alternatives = at.alternatives;
    this.items.push(issue);
  }

  /** Issues sorted by where they occur (campaign issues without a span last). */
  sorted(): ReviewIssue[] {
    return [...this.items].sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity));
  }
}
