import type { disclosureVi } from './vi.ts';

/** English text of the disclosure screens. */
export const disclosureEn: typeof disclosureVi = {
  disclosure: {
    title: 'Rewards',
  },
};
