/** Plan import: plain text of a plan (Kế hoạch) or report → a reviewable draft. Pure functions, no I/O. */
export {
  detectNumberStyle,
  type NumberContext,
  type NumberStyle,
  parseVnNumber,
  type VnNumber,
} from './numbers.ts';
export { looksLikePlan, type ParseOptions, parsePlan } from './parse-plan.ts';
export * from './schema.ts';
export { campaignValues, type IndicatorValues, indicatorValues } from './to-values.ts';
