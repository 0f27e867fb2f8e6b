import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionCreate } from '@thidua/shared';
import { createDecision, getDecision, listDecisions, listDisclosures } from '../api.ts';
import { useRefreshRewards } from './useCouncil.ts';

export const DECISIONS_KEY = ['decisions'] as const;

/** The decisions and proposals of a campaign. */
export function useDecisions(campaignId: number | undefined) {
  return useQuery({
    queryKey: [...DECISIONS_KEY, 'list', campaignId ?? 0],
    queryFn: ({ signal }) => listDecisions(campaignId ?? 0, signal),
    enabled: typeof campaignId === 'number' && campaignId > 0,
    staleTime: 0,
  });
}

/** One decision with its list. */
export function useDecision(id: number | null) {
  return useQuery({
    queryKey: [...DECISIONS_KEY, 'detail', id ?? 0],
    queryFn: ({ signal }) => getDecision(id ?? 0, signal),
    enabled: typeof id === 'number' && id > 0,
  });
}

/** The disclosure periods of a campaign (to know whose disclosure has ended). */
export function useDisclosures(campaignId: number | undefined, enabled = true) {
  return useQuery({
    queryKey: ['disclosures', 'campaign', campaignId ?? 0],
    queryFn: ({ signal }) => listDisclosures(campaignId ?? 0, signal),
    enabled: enabled && typeof campaignId === 'number' && campaignId > 0,
    staleTime: 0,
    retry: false,
  });
}

export function useCreateDecision() {
  const qc = useQueryClient();
  const refresh = useRefreshRewards();
  return useMutation({
    mutationFn: (input: DecisionCreate) => createDecision(input),
    onSuccess: (d) => {
      qc.setQueryData([...DECISIONS_KEY, 'detail', d.id], d);
      void refresh();
    },
  });
}
