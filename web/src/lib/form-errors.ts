/**
 * Puts server errors where people look: `details[].path` (minus the leading `body.`) of a 400 VALIDATION_FAILED
 * or of a rule error onto the matching form fields, and selected error codes onto the field they are about.
 */
import type { FormInstance } from 'antd';
import { ApiError } from './api.ts';

type NamePath = (string | number)[];

/** "body.roles.0.unitId" → ['roles', 0, 'unitId']. */
export function fieldPath(path: string): NamePath {
  return path
    .replace(/^body\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Marks the form fields named by the error. Returns true when at least one field got a message, so the caller
 * may skip a duplicate banner. `codeFields` maps an error code to the field it concerns (e.g. a taken code).
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  codeFields: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  // Registered fields (even when still empty) and stored values (e.g. Form.List rows).
  const known = new Set([
    ...Object.keys(form.getFieldsValue() ?? {}),
    ...Object.keys(form.getFieldsValue(true) ?? {}),
  ]);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const add = (name: NamePath, message: string) => {
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  };
  const target = codeFields[error.code];
  if (target) {
    if (error.details.length > 0) for (const d of error.details) add([target], d.message);
    else add([target], error.message);
  } else {
    // 400 VALIDATION_FAILED and rule errors alike (INDICATOR_TARGET_INVALID, CAMPAIGN_DATES…): details that name
    // a request-body field go onto that field when the form has it.
    for (const d of error.details) {
      if (error.code !== 'VALIDATION_FAILED' && !d.path.startsWith('body.')) continue;
      const name = fieldPath(d.path);
      if (name.length > 0 && known.has(String(name[0]))) add(name, d.message);
    }
  }
  if (byField.size === 0) return false;
  form.setFields([...byField.values()]);
  return true;
}

/** The user-facing text of any error; with `details`, the server's explanations are appended. */
export function errorMessage(error: unknown, opts: { details?: boolean } = {}): string {
  if (error instanceof ApiError) {
    if (!opts.details || error.details.length === 0) return error.message;
    return `${error.message} (${error.details.map((d) => d.message).join('; ')})`;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Đã có lỗi xảy ra. Vui lòng thử lại.';
}
