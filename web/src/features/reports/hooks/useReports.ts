import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Report, ReportAction, ReportValueInput } from '@thidua/shared';
import { isApiError } from '../../../lib/api.ts';
import {
  deleteEvidence,
  getReport,
  listMyReports,
  listPeriods,
  openReport,
  type ReportFilter,
  saveReportValues,
  transitionReport,
} from '../api.ts';

export const REPORTS_KEY = ['reports'] as const;
export const reportKey = (id: number) => [...REPORTS_KEY, 'detail', id] as const;

/** Every (unit, period) the user reports for, with or without a report yet; filtered by the server. */
export function useMyReports(filter: ReportFilter, enabled = true) {
  return useQuery({
    queryKey: [...REPORTS_KEY, 'mine', filter],
    queryFn: ({ signal }) => listMyReports(filter, signal),
    placeholderData: keepPreviousData,
    // The office may have returned or accepted a report since: always ask again when the screen opens.
    staleTime: 0,
    enabled,
  });
}

/** The reporting periods of a campaign (with their deadlines). */
export function usePeriods(campaignId: number | undefined) {
  return useQuery({
    queryKey: ['campaigns', 'periods', campaignId ?? 0],
    queryFn: ({ signal }) => listPeriods(campaignId ?? 0, signal),
    enabled: typeof campaignId === 'number' && campaignId > 0,
    staleTime: 5 * 60_000,
  });
}

/** One report with its rows, what the user may do and what blocks submission. */
export function useReport(id: number | null) {
  return useQuery({
    queryKey: reportKey(id ?? 0),
    queryFn: ({ signal }) => getReport(id ?? 0, signal),
    enabled: typeof id === 'number' && id > 0,
    // Someone else (the office, a colleague) may have changed it: fresh each time the screen opens. Not on window
    // focus: a silent refresh would carry the typing onto a newer version without the "saved first" warning.
    staleTime: 0,
  });
}

/** Lists (mine, the office inbox, dashboards) go stale whenever a report changes. */
function useRefreshLists() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) =>
        (q.queryKey[0] === REPORTS_KEY[0] && q.queryKey[1] !== 'detail') ||
        q.queryKey[0] === 'review' ||
        q.queryKey[0] === 'progress',
    });
}

/** Keeps a report answered by the server as the current one and refreshes the lists. */
export function usePutReport() {
  const qc = useQueryClient();
  const refreshLists = useRefreshLists();
  return (r: Report) => {
    qc.setQueryData(reportKey(r.id), r);
    void refreshLists();
  };
}

/** Opens (creates if needed) the draft for a unit and period. */
export function useOpenReport() {
  const put = usePutReport();
  return useMutation({
    mutationFn: openReport,
    onSuccess: put,
  });
}

/**
 * Everything that changes one report. A locked or stale answer reloads the report so the screen shows what is
 * true now; the caller keeps whatever the user typed.
 */
export function useReportMutations(reportId: number) {
  const qc = useQueryClient();
  const put = usePutReport();
  const reload = () => qc.invalidateQueries({ queryKey: reportKey(reportId) });
  const onError = (e: unknown) => {
    if (isApiError(e, 'REPORT_LOCKED') || isApiError(e, 'REPORT_INCOMPLETE')) void reload();
  };
  return {
    reload,
    save: useMutation({
      mutationFn: (v: { version: number; values: ReportValueInput[] }) =>
        saveReportValues(reportId, v.version, v.values),
      onSuccess: put,
      onError,
    }),
    transition: useMutation({
      mutationFn: (v: { action: ReportAction; version: number; comment?: string }) =>
        transitionReport(reportId, v.action, v.version, v.comment),
      onSuccess: put,
      onError: (e) => {
        onError(e);
        if (isApiError(e, 'CONFLICT_STALE')) void reload();
      },
    }),
    deleteEvidence: useMutation({
      mutationFn: (id: number) => deleteEvidence(id),
      onSuccess: reload,
      onError,
    }),
  };
}
