import type { CampaignSummary, Role } from '@thidua/shared';
import { useMemo } from 'react';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useMe } from '../../auth/hooks/useMe.ts';
import { useCampaignList } from '../../campaigns/hooks/useCampaigns.ts';
import { defaultCampaign } from '../../review/lib/defaults.ts';

type Issuer = Pick<CampaignSummary, 'issuingUnitId' | 'issuingUnitPath'>;

/** What the signed-in user does in the rewards procedure of a campaign (the server decides for real). */
export function useRewardsRoles() {
  const me = useMe().data;
  return useMemo(() => {
    const assignments = me?.assignments ?? [];
    /** One of `roles` on the campaign's issuing unit or a unit above it. */
    const over = (c: Issuer | undefined, roles: Role[]) =>
      !!c &&
      assignments.some(
        (a) =>
          roles.includes(a.role) &&
          (a.unitId === c.issuingUnitId || c.issuingUnitPath.split('/').includes(String(a.unitId))),
      );
    return {
      userId: me?.user.id ?? 0,
      fullName: me?.user.fullName ?? '',
      /** The standing office: prepares and runs council sessions. */
      isOffice: (c: Issuer | undefined) => over(c, ['admin', 'office']),
      /** The Chairman: signs decisions and proposals. */
      isChair: (c: Issuer | undefined) => over(c, ['admin', 'chair']),
    };
  }, [me]);
}

/**
 * The campaign the rewards screens work on: `?campaignId=` in the address, else the launched campaign the user
 * oversees. `pick` changes it (the address keeps it so the rewards tabs share it).
 */
export function useRewardsCampaign() {
  const me = useMe().data;
  const [params, update] = useUrlParams();
  const campaigns = useCampaignList({});
  const wanted = Number(params.get('campaignId'));
  const campaign = useMemo(() => {
    const list = campaigns.data ?? [];
    return list.find((c) => c.id === wanted) ?? defaultCampaign(list, me?.assignments ?? []);
  }, [campaigns.data, wanted, me]);
  return {
    campaigns,
    campaign,
    pick: (id: number) => update({ campaignId: String(id) }),
  };
}
