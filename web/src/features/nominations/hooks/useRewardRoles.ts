import type { CampaignSummary, Role } from '@thidua/shared';
import { useMemo } from 'react';
import { useMe } from '../../auth/hooks/useMe.ts';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';

const UNIT_ROLES: Role[] = ['reporter', 'unit_head'];
const OFFICE_ROLES: Role[] = ['admin', 'office'];

export interface ProposerUnit {
  id: number;
  name: string;
  path: string;
}

/**
 * Who the signed-in user is in the rewards procedure: the units they propose for (reporters and heads), and
 * whether they are the standing office over a campaign. The server decides for real; this only shows the
 * actions that would be accepted.
 */
export function useRewardRoles() {
  const me = useMe().data;
  const units = useOrgUnits().data;
  return useMemo(() => {
    const assignments = me?.assignments ?? [];
    const covers = (roles: Role[], path: string) =>
      assignments.some((a) => roles.includes(a.role) && path.startsWith(a.unitPath));
    const proposerUnits: ProposerUnit[] = [];
    for (const a of assignments)
      if (UNIT_ROLES.includes(a.role) && !proposerUnits.some((u) => u.id === a.unitId))
        proposerUnits.push({ id: a.unitId, name: a.unitName, path: a.unitPath });
    const pathOf = (unitId: number) =>
      units?.find((u) => u.id === unitId)?.path ?? assignments.find((a) => a.unitId === unitId)?.unitPath;
    return {
      proposerUnits,
      /** Reporter or head of this proposing unit (or of a unit above it). */
      isProposer: (proposerUnitId: number) => {
        const path = pathOf(proposerUnitId);
        return path ? covers(UNIT_ROLES, path) : false;
      },
      /** The standing office (or an admin) over the campaign's issuing unit. */
      isOffice: (c: Pick<CampaignSummary, 'issuingUnitPath'> | undefined) =>
        c ? covers(OFFICE_ROLES, c.issuingUnitPath) : false,
      /** The units that may propose in this campaign (those inside its issuing unit). */
      proposersIn: (c: Pick<CampaignSummary, 'issuingUnitPath'> | undefined) =>
        c ? proposerUnits.filter((u) => u.path.startsWith(c.issuingUnitPath)) : [],
    };
  }, [me, units]);
}
