import type { DashboardFilters } from '../../dashboard/lib/filters.ts';

/** Placeholder until the evaluation screens land. */
export function RankingTab(_props: { campaignId: number; filters: DashboardFilters }) {
  return null;
}
