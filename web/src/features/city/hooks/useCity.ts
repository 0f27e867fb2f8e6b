import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpwardDecide, UpwardSubmit } from '@thidua/shared';
import { decideUpward, getCityDashboard, getUpward, submitUpward, type UpwardDecision } from '../api.ts';

/**
 * Under ['reports'] so that whatever changes a report (submit, accept, return) also refreshes the city screens;
 * an upward decision refreshes every report screen in turn, since it locks or unlocks the period's unit reports.
 */
const CITY_KEY = ['reports', 'city'] as const;

/** The wards' roll-up of a city campaign for a period; the previous answer stays while another period loads. */
export function useCityDashboard(campaignId: number | null, periodId: string | undefined) {
  return useQuery({
    queryKey: [...CITY_KEY, 'dashboard', campaignId ?? 0, periodId ?? ''],
    queryFn: ({ signal }) => getCityDashboard(campaignId ?? 0, periodId, signal),
    enabled: campaignId !== null && campaignId > 0,
    placeholderData: keepPreviousData,
  });
}

/** A ward campaign's aggregated report for a period. */
export function useUpward(campaignId: number | null, periodId: string | undefined) {
  return useQuery({
    queryKey: [...CITY_KEY, 'upward', campaignId ?? 0, periodId ?? ''],
    queryFn: ({ signal }) => getUpward(campaignId ?? 0, periodId, signal),
    enabled: campaignId !== null && campaignId > 0,
    placeholderData: keepPreviousData,
  });
}

/** Sends the aggregated report; every report screen is refreshed (the period's unit reports are now locked). */
export function useSubmitUpward(campaignId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpwardSubmit) => submitUpward(campaignId, body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['reports'] }),
  });
}

/** Withdraws, accepts or returns a submission. */
export function useDecideUpward() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { submissionId: number; action: UpwardDecision; body: UpwardDecide }) =>
      decideUpward(v.submissionId, v.action, v.body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['reports'] }),
  });
}
