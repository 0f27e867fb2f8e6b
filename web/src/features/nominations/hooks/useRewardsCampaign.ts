import type { CampaignSummary } from '@thidua/shared';
import { useMemo } from 'react';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useCampaignList } from '../../campaigns/hooks/useCampaigns.ts';

/** Rewards are proposed in launched campaigns and finished in closed ones; drafts have none. */
const REWARD_STATUSES: CampaignSummary['status'][] = ['launched', 'closed'];

/**
 * The launched campaign issued closest to the user (the deepest issuing unit: the ward's own campaign rather
 * than the city's), else any launched one, else the first.
 */
export function defaultRewardsCampaign(list: CampaignSummary[]): CampaignSummary | undefined {
  const depth = (c: CampaignSummary) => c.issuingUnitPath.split('/').filter(Boolean).length;
  const launched = list
    .filter((c) => c.status === 'launched')
    .sort((a, b) => depth(b) - depth(a) || b.id - a.id);
  return launched[0] ?? list[0];
}

/**
 * The campaign every rewards screen works in: `?campaignId=` in the address, else the default one. `choose`
 * changes it in the address (other filters of the screen are kept).
 */
export function useRewardsCampaign() {
  const [params, update] = useUrlParams();
  const query = useCampaignList({});
  const campaigns = useMemo(
    () => (query.data ?? []).filter((c) => REWARD_STATUSES.includes(c.status)),
    [query.data],
  );
  const wanted = Number(params.get('campaignId'));
  const campaign = useMemo(
    () => campaigns.find((c) => c.id === wanted) ?? defaultRewardsCampaign(campaigns),
    [campaigns, wanted],
  );
  return {
    query,
    campaigns,
    campaign,
    choose: (id: number) => update({ campaignId: String(id) }),
  };
}
