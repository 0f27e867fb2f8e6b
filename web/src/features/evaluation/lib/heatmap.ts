import type { HeatCell, Heatmap } from '@thidua/shared';

export type HeatIndicator = Heatmap['indicators'][number];
export type HeatUnit = Heatmap['units'][number];

/** Cells by "unitId:indicatorId". */
export function cellIndex(h: Heatmap): Map<string, HeatCell> {
  return new Map(h.cells.map((c) => [cellKey(c.unitId, c.indicatorId), c]));
}

export const cellKey = (unitId: number, indicatorId: number) => `${unitId}:${indicatorId}`;
