import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type InboxFilter, listCampaignPeriods, listInboxReports } from '../api.ts';

/** Under ['reports'] so that whatever changes a report (accept, return, submit) also refreshes the inbox. */
const INBOX_KEY = ['reports', 'inbox'] as const;

/** The rows of the inbox for a campaign and period (filters applied by the server). */
export function useInboxReports(filter: InboxFilter) {
  return useQuery({
    queryKey: [...INBOX_KEY, filter],
    queryFn: ({ signal }) => listInboxReports(filter, signal),
    enabled: Boolean(filter.campaignId && filter.periodId),
    placeholderData: keepPreviousData,
  });
}

/** The reporting periods of a campaign (month or quarter), oldest first. */
export function useCampaignPeriods(campaignId: number | undefined) {
  return useQuery({
    queryKey: ['review', 'periods', campaignId ?? 0],
    queryFn: ({ signal }) => listCampaignPeriods(campaignId ?? 0, signal),
    enabled: Boolean(campaignId),
    staleTime: 5 * 60_000,
  });
}
