/**
 * Heatmap colours by score (0–10). Every fill keeps its text at a contrast of at least 4.5 : 1 (WCAG AA); the red
 * flag is a dark red with white text so it stands out even in grey print; no data is a neutral grey.
 */

export interface CellColors {
  bg: string;
  fg: string;
}

/** Steps from the top; `min` is inclusive. */
export const SCORE_STEPS: readonly {
  min: number;
  key: 'step9' | 'step7' | 'step5' | 'step0';
  bg: string;
  fg: string;
}[] = [
  { min: 9, key: 'step9', bg: '#6fbf73', fg: '#0b2e0d' },
  { min: 7, key: 'step7', bg: '#c8e6bd', fg: '#1d4a12' },
  { min: 5, key: 'step5', bg: '#fbe3a6', fg: '#4d3800' },
  { min: 0, key: 'step0', bg: '#f6c9c4', fg: '#5c0f0f' },
];

export const RED_FLAG: CellColors = { bg: '#7a1212', fg: '#ffffff' };
export const NO_DATA: CellColors = { bg: '#eceef1', fg: '#4a4f57' };

/** The fill and text colour of a cell. */
export function cellColors(score: number | null, redFlag: boolean): CellColors {
  if (redFlag) return RED_FLAG;
  if (score === null || !Number.isFinite(score)) return NO_DATA;
  const step = SCORE_STEPS.find((s) => score >= s.min) ?? SCORE_STEPS[SCORE_STEPS.length - 1];
  return step ? { bg: step.bg, fg: step.fg } : NO_DATA;
}

/** Colour of a band tag by its place (highest first): green, blue, gold, red, then grey. */
export function bandColor(index: number, count: number): string {
  if (count <= 1) return 'blue';
  if (index === count - 1) return 'red';
  return ['green', 'blue', 'gold', 'orange', 'volcano', 'magenta', 'purple'][index] ?? 'default';
}
