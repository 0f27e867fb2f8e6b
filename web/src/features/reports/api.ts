/** Periodic report calls: my list, periods, open/read/save a report, workflow steps, evidence and Excel. */
import type {
  EvidenceFile,
  ExcelImportResult,
  Report,
  ReportAction,
  ReportList,
  ReportListStatus,
  ReportPeriod,
  ReportValueInput,
  Timeliness,
} from '@thidua/shared';
import { api, type UploadProgress, uploadFile } from '../../lib/api.ts';

/** Filters of "my reports" as the screen holds them. */
export interface ReportFilter {
  campaignId?: number;
  periodId?: string;
  status?: ReportListStatus;
  timeliness?: Timeliness;
  q?: string;
}

/** The unit's own reports (`mine`) or the office inbox (`inbox`), with the same filters. */
export const listReports = (scope: 'mine' | 'inbox', f: ReportFilter, signal?: AbortSignal) =>
  api.get<ReportList>(
    scope === 'mine' ? '/reports/mine' : '/reports',
    {
      campaignId: f.campaignId,
      periodId: f.periodId,
      status: f.status,
      timeliness: f.timeliness,
      q: f.q?.trim() || undefined,
    },
    signal,
  );

export const listMyReports = (f: ReportFilter, signal?: AbortSignal) => listReports('mine', f, signal);

export const listPeriods = (campaignId: number, signal?: AbortSignal) =>
  api
    .get<{ items: ReportPeriod[] }>(`/campaigns/${campaignId}/periods`, undefined, signal)
    .then((r) => r.items);

/** Creates the draft of a unit for a period if there is none yet (idempotent) and returns it. */
export const openReport = (input: { campaignId: number; unitId: number; periodId: string }) =>
  api.post<Report>('/reports', input);

export const getReport = (id: number, signal?: AbortSignal) =>
  api.get<Report>(`/reports/${id}`, undefined, signal);

/** Saves only the rows (and fields) sent; answers the report with its new version. */
export const saveReportValues = (id: number, version: number, values: ReportValueInput[]) =>
  api.put<Report>(`/reports/${id}/values`, { version, values });

export const transitionReport = (id: number, action: ReportAction, version: number, comment?: string) =>
  api.post<Report>(`/reports/${id}/${action}`, { version, comment: comment?.trim() || undefined });

/** Attaches one evidence file, to an indicator's row when `indicatorId` is given. */
export const uploadEvidence = (
  reportId: number,
  file: File,
  indicatorId: number | null,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
) =>
  uploadFile<EvidenceFile>(`/reports/${reportId}/evidence`, file, {
    fields: indicatorId === null ? {} : { indicatorId: String(indicatorId) },
    onProgress,
    signal,
  });

export const deleteEvidence = (id: number) => api.delete<void>(`/evidence/${id}`);

/** Links the browser follows itself (downloads keep the session cookie). */
export const evidenceUrl = (id: number) => `/api/evidence/${id}`;
export const templateUrl = (reportId: number) => `/api/reports/${reportId}/template.xlsx`;

export type ExcelImportMode = ExcelImportResult['mode'];

/** Reads a filled Excel template: `preview` saves nothing; `all` saves only when every row is valid. */
export const importExcel = (
  reportId: number,
  file: File,
  mode: ExcelImportMode,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
) =>
  uploadFile<ExcelImportResult>(`/reports/${reportId}/import?mode=${mode}`, file, {
    field: 'file',
    onProgress,
    signal,
  });
