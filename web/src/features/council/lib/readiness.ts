/** Which approved nominations the Chairman may put in a decision now, and why the others must wait. */
import type { Disclosure, Nomination } from '@thidua/shared';

export type Readiness =
  | { kind: 'ready' }
  /** The disclosure list could not be read: the server checks when the decision is issued. */
  | { kind: 'unknown' }
  | { kind: 'not_disclosed' }
  | { kind: 'disclosing'; endsOn: string }
  | { kind: 'under_objection'; open: number };

export interface Candidate {
  nomination: Nomination;
  readiness: Readiness;
}

/**
 * Approved nominations with their readiness: disclosed in a period that has ended and without an open objection
 * is ready. The latest disclosure that lists a nomination is the one that counts.
 */
export function decisionCandidates(nominations: Nomination[], disclosures: Disclosure[] | null): Candidate[] {
  return nominations
    .filter((n) => n.status === 'approved')
    .map((n): Candidate => {
      if (!disclosures) return { nomination: n, readiness: { kind: 'unknown' } };
      const d = disclosures
        .filter((x) => x.items.some((i) => i.nominationId === n.id))
        .sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0];
      const item = d?.items.find((i) => i.nominationId === n.id);
      if (!d || !item) return { nomination: n, readiness: { kind: 'not_disclosed' } };
      if (item.openObjections > 0)
        return { nomination: n, readiness: { kind: 'under_objection', open: item.openObjections } };
      if (!d.ended) return { nomination: n, readiness: { kind: 'disclosing', endsOn: d.endsOn } };
      return { nomination: n, readiness: { kind: 'ready' } };
    });
}

/** Ready (or not knowable here): may be ticked. */
export const selectable = (c: Candidate) => c.readiness.kind === 'ready' || c.readiness.kind === 'unknown';
