import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DisclosureCreate } from '@thidua/shared';
import {
  createDisclosure,
  listCampaignDisclosures,
  listCampaignNominations,
  type ObjectionResolveInput,
  resolveObjection,
} from '../api.ts';

export const DISCLOSURES_KEY = ['disclosures'] as const;

/** The campaign's disclosures with their nominees and objections (the office's view). */
export function useCampaignDisclosures(campaignId: number | undefined) {
  return useQuery({
    queryKey: [...DISCLOSURES_KEY, 'campaign', campaignId ?? 0],
    queryFn: ({ signal }) => listCampaignDisclosures(campaignId ?? 0, signal),
    enabled: Boolean(campaignId),
    // Objections arrive from the public at any time: ask again whenever the screen opens.
    staleTime: 0,
  });
}

/** The campaign's nominations (the office sees all; the create dialog keeps the approved ones). */
export function useCampaignNominations(campaignId: number | undefined, enabled = true) {
  return useQuery({
    queryKey: ['nominations', 'campaign', campaignId ?? 0],
    queryFn: ({ signal }) => listCampaignNominations(campaignId ?? 0, signal),
    enabled: enabled && Boolean(campaignId),
    staleTime: 0,
  });
}

/** A disclosure or an objection changes nominations too (an upheld objection: not rewarded). */
function useRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) =>
        ['disclosures', 'nominations', 'rewards', 'decisions'].includes(String(q.queryKey[0])),
    });
}

export function useCreateDisclosure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DisclosureCreate) => createDisclosure(body),
    onSuccess: () => refresh(),
  });
}

export function useResolveObjection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: ObjectionResolveInput & { id: number }) => resolveObjection(id, body),
    onSuccess: () => refresh(),
  });
}
