import { ERRORS, type ErrorCode, type FieldIssue } from '@thidua/shared';

/** The one error type services throw. The HTTP status and user message come from `shared/src/errors.ts`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: FieldIssue[];

  constructor(code: ErrorCode, details?: FieldIssue[], message?: string) {
    super(message ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

/** True for PostgreSQL unique-violation errors (both drivers expose `code`). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; cause?: unknown } | null;
  if (err?.cause && isUniqueViolation(err.cause, constraint)) return true;
  return (
    err?.code === '23505' && (!constraint || err.constraint === constraint || `${err}`.includes(constraint))
  );
}
