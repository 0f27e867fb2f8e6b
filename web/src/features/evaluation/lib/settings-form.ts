/**
 * The scoring-rules form: the saved settings as the form holds them (the red flag in percent) and back, and the
 * server's field errors (`body.settings.bands.1.code`) placed onto the fields; what has no field goes to a banner.
 */
import type { EvaluationSettings, EvaluationSettingsSave, EvaluationSettingsView } from '@thidua/shared';
import type { FormInstance } from 'antd';
import { ApiError } from '../../../lib/api.ts';
import { errorMessage, fieldPath } from '../../../lib/form-errors.ts';

export interface SettingsValues {
  settings: Omit<EvaluationSettings, 'redFlag'> & { redFlag: number };
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

export function toValues(v: EvaluationSettingsView): SettingsValues {
  return { settings: { ...v.settings, redFlag: round(v.settings.redFlag * 100, 2) } };
}

export function toSave(v: SettingsValues, version: number): EvaluationSettingsSave {
  const s = v.settings;
  return {
    version,
    settings: {
      bands: s.bands.map((b) => ({ code: b.code?.trim() ?? '', label: b.label ?? '', min: b.min ?? 0 })),
      redFlag: round((s.redFlag ?? 0) / 100),
      weights: s.weights,
      criteria: (s.criteria ?? []).map((c) => ({
        code: c.code?.trim() ?? '',
        label: c.label ?? '',
        weight: c.weight ?? 0,
      })),
      keyIndicators: s.keyIndicators ?? [],
    },
  };
}

/** Field names the form has, so an error can be placed: settings.bands.N.code, settings.weights.manual, … */
const FIELD =
  /^settings\.(bands|criteria)(\.\d+(\.(code|label|min|weight))?)?$|^settings\.(redFlag|keyIndicators)$|^settings\.weights\.(indicators|timeliness|completeness|manual)$/;

/**
 * Puts each server error on its field (a list-level one on the list) and returns the rest as one sentence for a
 * banner (null when all found a field).
 */
export function placeServerErrors(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.details.length === 0) return errorMessage(error);
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const rest: string[] = [];
  for (const d of error.details) {
    const path = d.path.replace(/^body\.?/, '');
    if (!FIELD.test(path)) {
      rest.push(d.message);
      continue;
    }
    const entry = byField.get(path) ?? { name: fieldPath(path), errors: [] };
    entry.errors.push(d.message);
    byField.set(path, entry);
  }
  form.setFields([...byField.values()]);
  return rest.length ? `${error.message} (${rest.join('; ')})` : null;
}
