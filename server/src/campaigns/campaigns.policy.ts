import { CAMPAIGN_TRANSITIONS, type CampaignAction, type CampaignStatus, type Role } from '@thidua/shared';
import { type Actor, hasRoleOver, scopeRoots } from '../access/actor.ts';

export type CampaignPolicyAction = 'read' | 'create' | 'edit' | CampaignAction;

const ALL: Role[] = ['admin', 'office', 'chair', 'council', 'unit_head', 'reporter', 'viewer'];
/** Who writes a campaign issued by a unit: admins and the standing office of the subtree, and the unit's head. */
const EDITORS: Role[] = ['admin', 'office', 'unit_head'];

/**
 * Campaign permissions, by the issuing unit's place in the tree. Anyone whose roles cover the issuing unit, or
 * who works in a unit under it (a tổ dân phố under the ward that launched the campaign), reads it.
 */
export function can(actor: Actor, action: CampaignPolicyAction, issuingUnitPath: string): boolean {
  if (action === 'read')
    return (
      hasRoleOver(actor, ALL, issuingUnitPath) ||
      actor.grants.some((g) => g.unitPath.startsWith(issuingUnitPath))
    );
  if (action === 'create' || action === 'edit') return hasRoleOver(actor, EDITORS, issuingUnitPath);
  const t = CAMPAIGN_TRANSITIONS.find((x) => x.action === action);
  return !!t && hasRoleOver(actor, t.roles as Role[], issuingUnitPath);
}

export function readableRoots(actor: Actor): string[] {
  return scopeRoots(actor, ALL);
}

/** What may change in each status: drafts freely; launched with history; closed not at all. */
export function editableIn(status: CampaignStatus): boolean {
  return status !== 'closed';
}
