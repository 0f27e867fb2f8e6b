/** Order of "my reports": what needs doing (returned, in progress, not started) by deadline, then what was sent. */
import type { ReportListItem, ReportListStatus } from '@thidua/shared';

const TODO = new Set<ReportListStatus>(['returned', 'draft', 'not_started']);
const RANK: Record<ReportListStatus, number> = {
  returned: 0,
  draft: 1,
  not_started: 2,
  submitted: 3,
  accepted: 4,
};

/** True for rows the unit still has to act on. */
export const isTodo = (r: ReportListItem) => TODO.has(r.status);

/** To do: earliest deadline first (a returned report before a new one on the same day). */
export function sortTodo(items: ReportListItem[]): ReportListItem[] {
  return [...items].sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      RANK[a.status] - RANK[b.status] ||
      a.campaignTitle.localeCompare(b.campaignTitle, 'vi') ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
}

/** Sent: newest period first. */
export function sortDone(items: ReportListItem[]): ReportListItem[] {
  return [...items].sort(
    (a, b) =>
      b.dueOn.localeCompare(a.dueOn) ||
      RANK[a.status] - RANK[b.status] ||
      a.unitName.localeCompare(b.unitName, 'vi'),
  );
}

/** Stable row key: a report may not exist yet. */
export const itemKey = (r: ReportListItem) => `${r.campaignId}:${r.unitId}:${r.periodId}`;
