import type { Role } from '@thidua/shared';
import { type Actor, hasRoleOver, scopeRoots } from '../access/actor.ts';

/** Who fills in and submits a unit's report: its reporters and its head (or those of a unit above it). */
export const UNIT_REPORTERS: Role[] = ['reporter', 'unit_head'];
/** Who accepts, returns and reopens reports: the office (and admins) over the campaign's issuing unit. */
export const REVIEWERS: Role[] = ['admin', 'office'];
/** Who reads every report of a campaign: the reviewers, the chairman, the council and viewers over the issuer. */
export const CAMPAIGN_READERS: Role[] = ['admin', 'office', 'chair', 'council', 'viewer'];

export interface ReportScope {
  unitPath: string;
  issuingUnitPath: string;
}

export type ReportPolicyAction = 'read' | 'edit' | 'review';

export function can(actor: Actor, action: ReportPolicyAction, s: ReportScope): boolean {
  switch (action) {
    case 'read':
      return (
        hasRoleOver(actor, UNIT_REPORTERS, s.unitPath) ||
        hasRoleOver(actor, CAMPAIGN_READERS, s.issuingUnitPath)
      );
    case 'edit':
      return hasRoleOver(actor, UNIT_REPORTERS, s.unitPath);
    case 'review':
      return hasRoleOver(actor, REVIEWERS, s.issuingUnitPath);
  }
}

/** Subtree roots where the actor reports. */
export const reporterRoots = (actor: Actor) => scopeRoots(actor, UNIT_REPORTERS);
/** Subtree roots where the actor reads whole campaigns. */
export const readerRoots = (actor: Actor) => scopeRoots(actor, CAMPAIGN_READERS);
