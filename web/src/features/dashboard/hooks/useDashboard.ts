import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getDashboard, getIndicatorSources } from '../api.ts';
import type { DashboardFilters } from '../lib/filters.ts';

/** Under ['reports'] so that whatever changes a report (submit, accept, return) also refreshes the dashboard. */
const DASHBOARD_KEY = ['reports', 'dashboard'] as const;

/** The campaign's overview for the filters; the previous answer stays on screen while a new filter loads. */
export function useDashboard(campaignId: number | null, f: DashboardFilters) {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, campaignId ?? 0, f.periodId ?? '', f.unitId ?? 0, f.group ?? ''],
    queryFn: ({ signal }) => getDashboard(campaignId ?? 0, f, signal),
    enabled: campaignId !== null && campaignId > 0,
    placeholderData: keepPreviousData,
  });
}

/** The units' values behind one indicator's number for a period (only while the drawer is open). */
export function useIndicatorSources(
  indicatorId: number | null,
  periodId: string,
  unitId: number | undefined,
) {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'sources', indicatorId ?? 0, periodId, unitId ?? 0],
    queryFn: ({ signal }) => getIndicatorSources(indicatorId ?? 0, periodId, unitId, signal),
    enabled: indicatorId !== null,
  });
}
