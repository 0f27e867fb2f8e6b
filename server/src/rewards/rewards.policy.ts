import type { Role } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { type Actor, hasRoleOver } from '../access/actor.ts';
import { recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { CAMPAIGN_READERS, REVIEWERS, UNIT_REPORTERS } from '../reports/reports.policy.ts';

/** The Chairman decides; admins stand in. */
export const DECIDERS: Role[] = ['admin', 'chair'];
/** Council members are people holding the council or chair role over the campaign's issuer. */
export const COUNCIL_ROLES: Role[] = ['council', 'chair'];

export type RewardsAction = 'propose' | 'read' | 'check' | 'decide';

/**
 * - propose: the proposing unit's reporters and head (a unit proposes itself or units and people below it), or
 *   the office over the campaign's issuer;
 * - read: the proposer's people, and the campaign's readers over the issuer (office, chair, council, viewers);
 * - check: the office (dossier check, council sessions, disclosure);
 * - decide: the Chairman.
 */
export function can(
  actor: Actor,
  action: RewardsAction,
  s: { issuingUnitPath: string; proposerUnitPath?: string },
): boolean {
  const proposer = s.proposerUnitPath !== undefined && hasRoleOver(actor, UNIT_REPORTERS, s.proposerUnitPath);
  switch (action) {
    case 'propose':
      return proposer || hasRoleOver(actor, REVIEWERS, s.issuingUnitPath);
    case 'read':
      return proposer || hasRoleOver(actor, CAMPAIGN_READERS, s.issuingUnitPath);
    case 'check':
      return hasRoleOver(actor, REVIEWERS, s.issuingUnitPath);
    case 'decide':
      return hasRoleOver(actor, DECIDERS, s.issuingUnitPath);
  }
}

/** Checks `action` on the campaign's issuer (and the proposer's unit); a refusal is audited and thrown as 403. */
export async function requireRewards(
  deps: Deps,
  ctx: RequestContext,
  action: RewardsAction,
  c: { issuingUnitId: number; issuingUnitPath: string },
  audit: { entity: string; entityId: number | null; action: string; proposerUnitPath?: string },
): Promise<void> {
  if (
    can(requireActor(ctx), action, {
      issuingUnitPath: c.issuingUnitPath,
      proposerUnitPath: audit.proposerUnitPath,
    })
  )
    return;
  await recordDenied(deps, ctx, {
    entity: audit.entity,
    entityId: audit.entityId,
    unitId: c.issuingUnitId,
    action: audit.action,
  });
  throw new AppError('FORBIDDEN');
}
