import { CAMPAIGN_TRANSITIONS, type CampaignAction, type OrgUnit, type Role } from '@thidua/shared';
import { useMemo } from 'react';
import { useMe } from './useMe.ts';

const ORG_EDITORS: Role[] = ['admin', 'office'];
/** Who writes a campaign: admins and the standing office over the issuing unit's subtree, and its head. */
const CAMPAIGN_EDITORS: Role[] = ['admin', 'office', 'unit_head'];

type UnitRef = Pick<OrgUnit, 'id' | 'path'>;

/**
 * What the signed-in user may do, derived from their role assignments. The server decides for real;
 * this only hides or disables actions that would be refused.
 */
export function usePermissions() {
  const { data: me } = useMe();
  return useMemo(() => {
    const assignments = me?.assignments ?? [];
    const roles = new Set<Role>(assignments.map((a) => a.role));
    const has = (...rs: Role[]) => rs.some((r) => roles.has(r));
    /** True when one of `rs` is assigned at this unit or one of its ancestors. */
    const hasAt = (unit: UnitRef, rs: readonly string[]) =>
      assignments.some(
        (a) =>
          rs.includes(a.role) && (a.unitId === unit.id || unit.path.split('/').includes(String(a.unitId))),
      );
    return {
      roles,
      isAdmin: has('admin'),
      canEditOrg: has(...ORG_EDITORS),
      canEditUnit: (unit: UnitRef) => hasAt(unit, ORG_EDITORS),
      canReadUsers: has('admin', 'office'),
      canManageUsers: has('admin'),
      canReadAudit: has('admin', 'office'),
      /** Enters periodic reports for a unit (reporter or head of a unit). */
      canReport: has('reporter', 'unit_head'),
      /** Reviews submitted reports (office and admin); chair and viewers read the same inbox. */
      canReviewReports: has('admin', 'office', 'chair', 'viewer'),
      /** May create campaigns somewhere (the issuing-unit picker then limits where). */
      canCreateCampaign: has(...CAMPAIGN_EDITORS),
      /** May create or edit a campaign issued by this unit. */
      canEditCampaignAt: (unit: UnitRef) => hasAt(unit, CAMPAIGN_EDITORS),
      /** May take a workflow step (launch, close, reopen) on a campaign issued by this unit. */
      canTransitionAt: (action: CampaignAction, unit: UnitRef) =>
        hasAt(unit, CAMPAIGN_TRANSITIONS.find((t) => t.action === action)?.roles ?? []),
    };
  }, [me]);
}
