/** Council shares (quorum, threshold, yes votes) between the API's fractions and the percentages people type. */
import { formatPercent } from '@thidua/shared';

/**
 * A percentage typed by the office → the share the API stores. A value within 0,005 points of a simple fraction
 * (denominator up to 12) is taken as that fraction: "66,67 %" means ⅔, not 0,6667 — otherwise two of three
 * members (0,6666…) would fall short of a quorum the office meant to be ⅔.
 */
export function shareFromPercent(percent: number): number {
  for (let d = 2; d <= 12; d++) {
    const n = Math.round((percent / 100) * d);
    if (n > 0 && Math.abs((n / d) * 100 - percent) < 0.005) return n / d;
  }
  return percent / 100;
}

/** A share for rules: 2/3 → "66,67 %", 0,7 → "70 %". */
export const rulePercent = (share: number) => formatPercent(share * 100, 2);

/** A share of votes as the minutes write it (one decimal): 1/3 → "33,3 %". */
export const votePercent = (share: number | null) => (share === null ? '—' : formatPercent(share * 100, 1));

/** How many of `members` must take part for a quorum of `quorum`. */
export const quorumCount = (quorum: number, members: number) =>
  Math.max(1, Math.ceil(quorum * members - 1e-9));

/** Whether `participants` of `members` reach the quorum (the server's comparison). */
export const quorumReached = (quorum: number, participants: number, members: number) =>
  members > 0 && participants / members + 1e-9 >= quorum;
