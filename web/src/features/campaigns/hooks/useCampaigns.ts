import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignmentBulk,
  Campaign,
  CampaignAction,
  CampaignUpdate,
  IndicatorUpdate,
} from '@thidua/shared';
import { isApiError } from '../../../lib/api.ts';
import {
  assignIndicators,
  type CampaignCreateInput,
  type CampaignFilter,
  createCampaign,
  createIndicator,
  deleteIndicator,
  getCampaign,
  type IndicatorCreateInput,
  listCampaigns,
  listVersions,
  transitionCampaign,
  updateCampaign,
  updateIndicator,
} from '../api.ts';

export const CAMPAIGNS_KEY = ['campaigns'] as const;
const detailKey = (id: number) => [...CAMPAIGNS_KEY, 'detail', id] as const;
const versionsKey = (id: number) => [...CAMPAIGNS_KEY, 'versions', id] as const;

/** Campaigns the user can read, filtered by the server (the search ignores accents). */
export function useCampaignList(filter: CampaignFilter = {}, enabled = true) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, 'list', filter],
    queryFn: ({ signal }) => listCampaigns(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One campaign with its indicators, assignments and sub-campaigns. */
export function useCampaign(id: number | null | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? 0),
    queryFn: ({ signal }) => getCampaign(id ?? 0, signal),
    enabled: typeof id === 'number' && id > 0,
  });
}

/** The version history of a launched campaign. */
export function useCampaignVersions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: versionsKey(id),
    queryFn: ({ signal }) => listVersions(id, signal),
    enabled,
  });
}

/** Creating a campaign; the list refreshes on success. */
export function useCreateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignCreateInput) => createCampaign(input),
    onSuccess: (c) => {
      qc.setQueryData(detailKey(c.id), c);
      void qc.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, 'list'] });
    },
  });
}

/**
 * Everything that changes one campaign. Each success refreshes the campaign, its history and the lists;
 * "changed by someone else" reloads the campaign so a retry carries the new version.
 */
export function useCampaignMutations(campaignId: number) {
  const qc = useQueryClient();
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: detailKey(campaignId) }),
      qc.invalidateQueries({ queryKey: versionsKey(campaignId) }),
      qc.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, 'list'] }),
    ]);
  const put = (c: Campaign) => {
    qc.setQueryData(detailKey(campaignId), c);
    void qc.invalidateQueries({ queryKey: versionsKey(campaignId) });
    void qc.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, 'list'] });
  };
  const onError = (e: unknown) => {
    if (isApiError(e, 'CONFLICT_STALE') || isApiError(e, 'CAMPAIGN_CLOSED')) void refresh();
  };
  return {
    update: useMutation({
      mutationFn: (input: CampaignUpdate) => updateCampaign(campaignId, input),
      onSuccess: put,
      onError,
    }),
    transition: useMutation({
      mutationFn: (v: { action: CampaignAction; version: number; reason?: string }) =>
        transitionCampaign(campaignId, v.action, v.version, v.reason),
      onSuccess: put,
      onError,
    }),
    createIndicator: useMutation({
      mutationFn: (input: IndicatorCreateInput) => createIndicator(campaignId, input),
      onSuccess: refresh,
      onError,
    }),
    updateIndicator: useMutation({
      mutationFn: ({ id, input }: { id: number; input: IndicatorUpdate }) => updateIndicator(id, input),
      onSuccess: refresh,
      onError,
    }),
    deleteIndicator: useMutation({
      mutationFn: (id: number) => deleteIndicator(id),
      onSuccess: refresh,
      onError,
    }),
    assign: useMutation({
      mutationFn: (input: AssignmentBulk) => assignIndicators(campaignId, input),
      onSuccess: refresh,
      onError,
    }),
  };
}
