/** Bilingual labels for campaign and indicator codes (they live in shared), picked by the UI language. */
import {
  CAMPAIGN_STATUS_LABELS,
  type CampaignStatus,
  CHILDREN_RULE_LABELS,
  type ChildrenRule,
  type Citation,
  DIRECTION_LABELS,
  type Direction,
  FREQUENCY_LABELS,
  type Frequency,
  INDICATOR_KIND_LABELS,
  type IndicatorKind,
  ROLLUP_RULE_LABELS,
  type RollupRule,
} from '@thidua/shared';
import { useMemo } from 'react';
import { useLang } from '../../../app/i18n.ts';

export const STATUS_COLORS: Record<CampaignStatus, string> = {
  draft: 'default',
  launched: 'processing',
  closed: 'success',
};

export const KIND_COLORS: Record<IndicatorKind, string> = {
  sum: 'gold',
  ratio: 'blue',
  count: 'green',
  rate_per_mille: 'purple',
  index: 'cyan',
};

export type CitationKind = Citation['kind'];
export const CITATION_KINDS: CitationKind[] = ['resolution', 'directive', 'movement', 'plan', 'other'];
const CITATION_KIND_LABELS: Record<CitationKind, { vi: string; en: string }> = {
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  movement: { vi: 'Phong trào', en: 'Movement' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  other: { vi: 'Văn bản khác', en: 'Other' },
};
export const CITATION_COLORS: Record<CitationKind, string> = {
  resolution: 'volcano',
  directive: 'magenta',
  movement: 'green',
  plan: 'blue',
  other: 'default',
};

/** Label functions for the current language. */
export function useCampaignLabels() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      status: (s: CampaignStatus) => CAMPAIGN_STATUS_LABELS[s]?.[lang] ?? s,
      kind: (k: IndicatorKind) => INDICATOR_KIND_LABELS[k]?.[lang] ?? k,
      direction: (d: Direction) => DIRECTION_LABELS[d]?.[lang] ?? d,
      frequency: (f: Frequency) => FREQUENCY_LABELS[f]?.[lang] ?? f,
      childrenRule: (r: ChildrenRule) => CHILDREN_RULE_LABELS[r]?.[lang] ?? r,
      rollup: (r: RollupRule) => ROLLUP_RULE_LABELS[r]?.[lang] ?? r,
      citation: (k: CitationKind) => CITATION_KIND_LABELS[k]?.[lang] ?? k,
    }),
    [lang],
  );
}
