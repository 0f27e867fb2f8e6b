import type { evaluationVi } from './vi.ts';

/** English text of evaluation, ranking and the unit scorecard. */
export const evaluationEn: typeof evaluationVi = {
  evaluation: {
    heatmap: 'Heatmap',
    ranking: 'Ranking',
    settings: 'Scoring rules',
    scorecard: 'Unit results',
  },
};
