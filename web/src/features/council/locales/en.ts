import type { councilVi } from './vi.ts';

/** English text of the council screens. */
export const councilEn: typeof councilVi = {
  council: {
    title: 'Rewards',
  },
};
