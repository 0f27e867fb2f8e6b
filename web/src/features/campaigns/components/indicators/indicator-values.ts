/** The indicator form's values and their conversion to what the API takes. */
import type {
  ChildrenRule,
  Direction,
  Frequency,
  Indicator,
  IndicatorKind,
  IndicatorUpdate,
  RollupRule,
} from '@thidua/shared';
import { isPercent } from '@thidua/shared';
import type { IndicatorCreateInput } from '../../api.ts';
import { effectiveFactor } from '../../lib/target-rules.ts';

export interface IndicatorValues {
  code: string;
  name: string;
  unitOfMeasure: string;
  kind: IndicatorKind;
  direction: Direction;
  targetValue: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  tolerance: number | null;
  baselineValue: number | null;
  factor: number | null;
  numeratorLabel?: string | null;
  denominatorLabel?: string | null;
  allowOver100: boolean;
  minValue: number | null;
  maxValue: number | null;
  groupName?: string | null;
  /** Scoring thresholds in the form as percentages (90 = 90 %); the API takes shares (0,9). */
  scoreFull: number | null;
  scoreRedFlag: number | null;
  parentIndicatorId: number | null;
  childrenRule: ChildrenRule;
  linkedIndicatorId: number | null;
  rollupRule: RollupRule;
  frequency: Frequency;
  evidenceRequired: boolean;
  responsibleUnitId: number | null;
  coordinatingUnitIds: number[];
  weight: number;
  sortOrder: number;
  sourceText?: string | null;
  note?: string | null;
}

const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const toPct = (share: number | null) => (share === null ? null : Math.round(share * 10000) / 100);
const toShare = (pct: number | null | undefined) => {
  const v = n(pct);
  return v === null ? null : Math.round(v * 100) / 10000;
};

/** The form's starting values for an existing indicator. */
export function valuesOf(i: Indicator): IndicatorValues {
  const { id: _id, campaignId: _c, assignedUnitIds: _a, version: _v, ...rest } = i;
  return { ...rest, scoreFull: toPct(i.scoreFull), scoreRedFlag: toPct(i.scoreRedFlag) };
}

/**
 * What to send: fields that do not apply to the chosen kind and direction are cleared (a band has no tolerance,
 * a count no factor), so a kind change never leaves stale numbers behind.
 */
export function toInput(v: IndicatorValues): IndicatorCreateInput {
  const ratioLike = v.kind === 'ratio' || v.kind === 'rate_per_mille';
  const factor = effectiveFactor(v.kind, v.factor);
  const unitOfMeasure = v.unitOfMeasure.trim();
  return {
    code: v.code.trim().toUpperCase(),
    name: v.name.trim(),
    unitOfMeasure,
    kind: v.kind,
    direction: v.direction,
    targetValue: n(v.targetValue),
    targetLow: v.direction === 'band' ? n(v.targetLow) : null,
    targetHigh: v.direction === 'band' ? n(v.targetHigh) : null,
    tolerance: v.direction === 'maintain' ? n(v.tolerance) : null,
    baselineValue: n(v.baselineValue),
    factor,
    numeratorLabel: ratioLike ? text(v.numeratorLabel) : null,
    denominatorLabel: ratioLike ? text(v.denominatorLabel) : null,
    allowOver100: isPercent({ kind: v.kind, factor, unitOfMeasure }) ? Boolean(v.allowOver100) : false,
    minValue: n(v.minValue),
    maxValue: n(v.maxValue),
    groupName: text(v.groupName),
    scoreFull: toShare(v.scoreFull),
    scoreRedFlag: toShare(v.scoreRedFlag),
    parentIndicatorId: v.parentIndicatorId ?? null,
    childrenRule: v.childrenRule,
    linkedIndicatorId: v.linkedIndicatorId ?? null,
    rollupRule: v.linkedIndicatorId ? v.rollupRule : 'none',
    frequency: v.frequency,
    evidenceRequired: Boolean(v.evidenceRequired),
    responsibleUnitId: v.responsibleUnitId ?? null,
    coordinatingUnitIds: v.coordinatingUnitIds ?? [],
    weight: n(v.weight) ?? 1,
    sortOrder: n(v.sortOrder) ?? 0,
    sourceText: text(v.sourceText),
    note: text(v.note),
  };
}

/** Only the fields that differ from the stored indicator, with its version. */
export function toUpdate(i: Indicator, input: IndicatorCreateInput): IndicatorUpdate | null {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    const before = (i as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(before ?? null) !== JSON.stringify(v ?? null)) out[k] = v;
  }
  return Object.keys(out).length ? ({ ...out, version: i.version } as IndicatorUpdate) : null;
}
