/** Inbox ordering; statuses, timeliness and their colours come from the reports feature. */
import type { ReportListItem, ReportListStatus } from '@thidua/shared';

export { useReportLabels } from '../../reports/lib/labels.ts';

/** Inbox order: waiting for the office first, then units that have not reported, then the rest. */
const STATUS_ORDER: Record<ReportListStatus, number> = {
  submitted: 0,
  not_started: 1,
  draft: 2,
  returned: 3,
  accepted: 4,
};

/** "Chờ duyệt" first; within a status, by unit code (the tree's order). */
export function inboxOrder(a: ReportListItem, b: ReportListItem): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    a.unitCode.localeCompare(b.unitCode, 'vi', { numeric: true })
  );
}
