import { type Actor, hasRoleOver } from '../access/actor.ts';
import { CAMPAIGN_READERS, REVIEWERS, UNIT_REPORTERS } from '../reports/reports.policy.ts';

export type EvaluationAction = 'view' | 'configure' | 'scorecard';

/**
 * Dashboards, heatmap, ranking and sources show every unit's numbers: the campaign's readers over the issuing unit
 * (office, chairman, council, viewers, admins). Scoring rules and hand scores: the office (and admins). A unit's
 * own scorecard: its reporters and head, and every campaign reader.
 */
export function can(
  actor: Actor,
  action: EvaluationAction,
  s: { issuingUnitPath: string; unitPath?: string },
): boolean {
  switch (action) {
    case 'view':
      return hasRoleOver(actor, CAMPAIGN_READERS, s.issuingUnitPath);
    case 'configure':
      return hasRoleOver(actor, REVIEWERS, s.issuingUnitPath);
    case 'scorecard':
      return (
        hasRoleOver(actor, CAMPAIGN_READERS, s.issuingUnitPath) ||
        (s.unitPath !== undefined && hasRoleOver(actor, UNIT_REPORTERS, s.unitPath))
      );
  }
}
