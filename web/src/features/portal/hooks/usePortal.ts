import { useQuery } from '@tanstack/react-query';
import { getPublicCampaign, listPublicCampaigns } from '../api.ts';

/** The public pages' queries (no sign-in); the office's settings live in usePublicSettings.ts. */
export const PUBLIC_KEY = ['public-campaigns'] as const;

/** The campaigns on the portal (no sign-in). */
export function usePublicCampaignList() {
  return useQuery({
    queryKey: [...PUBLIC_KEY, 'list'],
    queryFn: ({ signal }) => listPublicCampaigns(signal),
  });
}

/**
 * One public campaign at a period (the server's current one without `periodId`); a 404 is an answer, not a
 * failure to retry. `refreshMs` makes it refetch by itself (the office screen), in the background too.
 */
export function usePublicCampaign(id: number, periodId?: string, refreshMs?: number) {
  return useQuery({
    queryKey: [...PUBLIC_KEY, id, periodId ?? null],
    queryFn: ({ signal }) => getPublicCampaign(id, periodId, signal, refreshMs !== undefined),
    enabled: Number.isInteger(id) && id > 0,
    // While another period loads, the figures on screen stay (same campaign only).
    placeholderData: (previous) => (previous?.campaign.id === id ? previous : undefined),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: refreshMs !== undefined,
  });
}
