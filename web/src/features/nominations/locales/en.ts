import type { nominationsVi } from './vi.ts';

/** English text of the nominations screens. */
export const nominationsEn: typeof nominationsVi = {
  nominations: {
    title: 'Rewards',
  },
};
