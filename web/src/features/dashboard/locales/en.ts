import type { dashboardVi } from './vi.ts';

/** English text of the campaign dashboard. */
export const dashboardEn: typeof dashboardVi = {
  dashboard: {
    title: 'Dashboard',
  },
};
