import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CAMPAIGNS_KEY } from '../../campaigns/hooks/useCampaigns.ts';
import { type CampaignImportInput, importCampaign } from '../api.ts';

/** Creating the campaign from the reviewed draft; the campaign lists refresh on success. */
export function useImportCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignImportInput) => importCampaign(body),
    onSuccess: (c) => {
      qc.setQueryData([...CAMPAIGNS_KEY, 'detail', c.id], c);
      void qc.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, 'list'] });
    },
  });
}
