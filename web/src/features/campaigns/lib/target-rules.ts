/**
 * Live checks of an indicator's target in the browser, by the same `targetProblems` the server runs, so "120 %"
 * is refused while typing and never sent.
 */
import { type IndicatorKind, type TargetShape, targetProblems } from '@thidua/shared';
import type { FormItemProps, FormRule } from 'antd';

export type TargetField = 'targetValue' | 'targetLow' | 'targetHigh' | 'tolerance' | 'factor';

/** The fields whose change may change the verdict on a target field. */
export const TARGET_DEPENDENCIES = [
  'kind',
  'direction',
  'unitOfMeasure',
  'factor',
  'allowOver100',
  'targetValue',
  'targetLow',
  'targetHigh',
  'tolerance',
];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The factor the server will store: ratios keep theirs; per-mille rates are ×1000; other kinds have none. */
export function effectiveFactor(kind: IndicatorKind, factor: unknown): number | null {
  if (kind === 'ratio') return num(factor);
  if (kind === 'rate_per_mille') return 1000;
  return null;
}

/** Reads the target's shape from a form (fields not on the form come from its initial values). */
export function shapeOf(get: (name: string) => unknown): TargetShape {
  const kind = (get('kind') as IndicatorKind | undefined) ?? 'sum';
  return {
    kind,
    direction: (get('direction') as TargetShape['direction'] | undefined) ?? 'at_least',
    unitOfMeasure: String(get('unitOfMeasure') ?? ''),
    targetValue: num(get('targetValue')),
    targetLow: num(get('targetLow')),
    targetHigh: num(get('targetHigh')),
    tolerance: num(get('tolerance')),
    factor: effectiveFactor(kind, get('factor')),
    allowOver100: Boolean(get('allowOver100')),
  };
}

/**
 * Form.Item props that show the target problems belonging to one field, re-checked as related fields change.
 * An empty field nobody has touched yet is only reported once `strict()` says the form is being saved, so
 * choosing a kind does not shout "Nhập giá trị chỉ tiêu" at a field the user has not reached.
 */
export function targetItem(
  field: TargetField,
  strict: () => boolean = () => true,
): Pick<FormItemProps, 'dependencies' | 'rules'> {
  const rule: FormRule = ({ getFieldValue, isFieldTouched }) => ({
    validator: async () => {
      const empty = num(getFieldValue(field)) === null;
      if (empty && !isFieldTouched(field) && !strict()) return;
      const problems = targetProblems(shapeOf(getFieldValue)).filter((p) => p.path === field);
      if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
    },
  });
  return { dependencies: TARGET_DEPENDENCIES.filter((d) => d !== field), rules: [rule] };
}
