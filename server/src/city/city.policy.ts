import { type Actor, hasRoleOver, inSubtree } from '../access/actor.ts';
import { CAMPAIGN_READERS, REVIEWERS } from '../reports/reports.policy.ts';

export type UpwardPolicyAction = 'view' | 'ward' | 'city';

/**
 * Two levels, two offices (ADR 0009):
 * - `view`: the ward campaign's readers, and the city campaign's readers (the city sees every ward);
 * - `ward` (submit, withdraw): the ward's own standing office — a REVIEWERS grant at the ward or inside it — or an
 *   admin over it. The city's office does not send the ward's report for it;
 * - `city` (accept, return): the office over the city campaign's issuer, or an admin. The ward's office is not
 *   over the city, so it cannot accept its own report.
 * The city dashboard uses the evaluation policy's `view` on the city campaign (its readers).
 */
export function canUpward(
  actor: Actor,
  action: UpwardPolicyAction,
  s: { wardPath: string; cityPath: string },
): boolean {
  switch (action) {
    case 'view':
      return (
        hasRoleOver(actor, CAMPAIGN_READERS, s.wardPath) || hasRoleOver(actor, CAMPAIGN_READERS, s.cityPath)
      );
    case 'ward':
      return actor.grants.some(
        (g) =>
          (g.role === 'admin' && inSubtree(g.unitPath, s.wardPath)) ||
          (REVIEWERS.includes(g.role) && g.role !== 'admin' && inSubtree(s.wardPath, g.unitPath)),
      );
    case 'city':
      return hasRoleOver(actor, REVIEWERS, s.cityPath);
  }
}
