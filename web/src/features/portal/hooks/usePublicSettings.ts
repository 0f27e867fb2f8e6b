import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicSettingsSave } from '@thidua/shared';
import { isApiError } from '../../../lib/api.ts';
import { getPublicSettings, savePublicSettings } from '../api.ts';
import { PUBLIC_KEY } from './usePortal.ts';

const settingsKey = (campaignId: number) => ['campaigns', campaignId, 'public-settings'] as const;

/**
 * The office's publishing settings of a campaign; a 403 means "not yours to see" and is not retried. `enabled`
 * false skips the call for someone who surely may not read them (each refusal is an audit row on the server).
 */
export function usePublicSettings(campaignId: number, enabled = true) {
  return useQuery({
    queryKey: settingsKey(campaignId),
    queryFn: ({ signal }) => getPublicSettings(campaignId, signal),
    retry: (n, e) => !isApiError(e) && n < 2,
    enabled,
  });
}

/** Saves the settings; on 409 CONFLICT_STALE the newer version is reloaded for the user to check. */
export function useSavePublicSettings(campaignId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicSettingsSave) => savePublicSettings(campaignId, body),
    onSuccess: (saved) => {
      qc.setQueryData(settingsKey(campaignId), saved);
      void qc.invalidateQueries({ queryKey: PUBLIC_KEY });
    },
    onError: (e) => {
      if (isApiError(e, 'CONFLICT_STALE')) void qc.invalidateQueries({ queryKey: settingsKey(campaignId) });
    },
  });
}
