/**
 * Stable error codes of plan import; their HTTP status and Vietnamese message live in shared/src/errors.ts.
 */
import { ERRORS } from '@thidua/shared';

const CODES = [
  'PLAN_IMPORT_EMPTY',
  'PLAN_IMPORT_NOT_A_PLAN',
  'PLAN_IMPORT_TOO_LARGE',
  'PLAN_IMPORT_CORRUPT',
  'PLAN_IMPORT_ENCRYPTED',
  'PLAN_IMPORT_NO_TEXT_LAYER',
  'PLAN_IMPORT_UNSUPPORTED_TYPE',
  'PLAN_IMPORT_NO_FILE',
] as const;

/** The plan-import subset of the shared error table. */
export const PLAN_IMPORT_ERRORS = Object.fromEntries(CODES.map((c) => [c, ERRORS[c]])) as Pick<
  typeof ERRORS,
  (typeof CODES)[number]
>;

export type PlanImportErrorCode = keyof typeof PLAN_IMPORT_ERRORS;

/** A plan-import failure: `code` for programs, `message` (Vietnamese) for people, `status` for HTTP. */
export class PlanImportError extends Error {
  readonly code: PlanImportErrorCode;
  readonly status: number;

  constructor(code: PlanImportErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? PLAN_IMPORT_ERRORS[code].message, options);
    this.name = 'PlanImportError';
    this.code = code;
    this.status = PLAN_IMPORT_ERRORS[code].status;
  }
}

/** The largest file accepted, in bytes (20 MB: a long plan with images is a few MB). */
export const PLAN_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
