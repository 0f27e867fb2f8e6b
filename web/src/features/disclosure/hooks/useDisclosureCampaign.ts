import type { CampaignSummary, Role } from '@thidua/shared';
import { useMemo } from 'react';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useMe } from '../../auth/hooks/useMe.ts';
import { useCampaignList } from '../../campaigns/hooks/useCampaigns.ts';

/** Disclosures belong to launched campaigns (and stay readable once closed); drafts have none. */
const WITH_REWARDS: CampaignSummary['status'][] = ['launched', 'closed'];
const OFFICE_ROLES: Role[] = ['admin', 'office'];

/** The launched campaign issued closest to the user (the ward's own rather than the city's), else the first. */
function defaultCampaign(list: CampaignSummary[]): CampaignSummary | undefined {
  const depth = (c: CampaignSummary) => c.issuingUnitPath.split('/').filter(Boolean).length;
  const launched = list
    .filter((c) => c.status === 'launched')
    .sort((a, b) => depth(b) - depth(a) || b.id - a.id);
  return launched[0] ?? list[0];
}

/**
 * The campaign of the office's disclosure screen: `?campaignId=` in the address, else the default one; and whether
 * the user is the standing office over it (may publish and settle comments — the server decides for real).
 */
export function useDisclosureCampaign() {
  const [params, update] = useUrlParams();
  const query = useCampaignList({});
  const me = useMe().data;
  const campaigns = useMemo(
    () => (query.data ?? []).filter((c) => WITH_REWARDS.includes(c.status)),
    [query.data],
  );
  const wanted = Number(params.get('campaignId'));
  const campaign = useMemo(
    () => campaigns.find((c) => c.id === wanted) ?? defaultCampaign(campaigns),
    [campaigns, wanted],
  );
  const isOffice = Boolean(
    campaign &&
      me?.assignments.some(
        (a) => OFFICE_ROLES.includes(a.role) && campaign.issuingUnitPath.startsWith(a.unitPath),
      ),
  );
  return { query, campaigns, campaign, isOffice, choose: (id: number) => update({ campaignId: String(id) }) };
}
