/**
 * The city's indicators in the demo (plan 232/KH-UBND) and which Đông Hải indicator implements each. The city
 * plan's own text is not in our material, so each city indicator takes its wording, kind, direction and parts
 * from the ward indicator it aggregates; its target is the sum of the wards' targets for sums and counts (what
 * the city assigned), and a city-wide level for ratios and rates, stated in the indicator's note. The birth rate
 * is entered as a level (‰, without its parts), so like the sex-ratio index it is not added up: `none`.
 */
import type { RollupRule } from '@thidua/shared';

export interface CityIndicatorDef {
  code: string;
  /** The Đông Hải indicator it aggregates (and every generated ward's indicator of the same code). */
  ward: string;
  rule: RollupRule;
  /** The city-wide target for levels; sums and counts take Σ of the wards' targets. */
  target?: number;
  low?: number;
  high?: number;
  group: string;
  /** Published on the public portal in the demo. */
  isPublic?: boolean;
}

export const CITY_INDICATORS: CityIndicatorDef[] = [
  { code: 'TP01', ward: 'CT01', rule: 'sum', group: 'Kinh tế', isPublic: true },
  { code: 'TP02', ward: 'CT02', rule: 'ratio', target: 98, group: 'Đô thị, môi trường', isPublic: true },
  { code: 'TP03', ward: 'CT03', rule: 'ratio', target: 80, group: 'Đô thị, môi trường' },
  { code: 'TP04', ward: 'CT07', rule: 'ratio', target: 99, group: 'Đô thị, môi trường', isPublic: true },
  { code: 'TP05', ward: 'CT08', rule: 'sum', group: 'Lao động, việc làm', isPublic: true },
  { code: 'TP06', ward: 'CT15', rule: 'none', target: 12, group: 'Dân số, y tế' },
  { code: 'TP07', ward: 'CT16', rule: 'none', low: 103, high: 109.2, group: 'Dân số, y tế' },
  { code: 'TP08', ward: 'CT17A', rule: 'ratio', target: 6.5, group: 'Dân số, y tế' },
  { code: 'TP09', ward: 'CT18', rule: 'ratio', target: 95, group: 'Dân số, y tế', isPublic: true },
  { code: 'TP10', ward: 'CT19', rule: 'ratio', target: 45, group: 'Lao động, việc làm' },
  { code: 'TP11', ward: 'CT20', rule: 'sum', group: 'Văn hóa, thể thao', isPublic: true },
  { code: 'TP12', ward: 'CT21', rule: 'ratio', target: 93, group: 'Văn hóa, thể thao' },
  { code: 'TP13', ward: 'CT24', rule: 'ratio', target: 38, group: 'Văn hóa, thể thao', isPublic: true },
];

/** Đông Hải indicators published on its own public page in the demo. */
export const DONG_HAI_PUBLIC = ['CT01', 'CT02', 'CT03', 'CT07', 'CT08', 'CT18', 'CT20', 'CT21', 'CT24'];
