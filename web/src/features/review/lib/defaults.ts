/** How the inbox picks its campaign and period when the address does not say. */
import type { CampaignSummary, ReportPeriod, Role } from '@thidua/shared';

/** Today as "YYYY-MM-DD" in Vietnam. */
export function todayVn(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}

const OVERSEERS: Role[] = ['admin', 'office', 'chair', 'viewer'];

/**
 * The first launched campaign issued inside the user's own reach (the one they oversee), else the first launched
 * one, else the first at all.
 */
export function defaultCampaign(
  campaigns: CampaignSummary[],
  assignments: { role: Role; unitId: number }[],
): CampaignSummary | undefined {
  const oversees = (c: CampaignSummary) =>
    assignments.some(
      (a) =>
        OVERSEERS.includes(a.role) &&
        (a.unitId === c.issuingUnitId || c.issuingUnitPath.split('/').includes(String(a.unitId))),
    );
  const launched = campaigns.filter((c) => c.status === 'launched');
  return launched.find(oversees) ?? launched[0] ?? campaigns[0];
}

/** The latest period whose deadline has passed (the one to chase now), else the first one. */
export function defaultPeriod(periods: ReportPeriod[], today = todayVn()): ReportPeriod | undefined {
  const due = periods.filter((p) => p.dueOn < today);
  return due.at(-1) ?? periods[0];
}
