/** Dashboard calls: the overview of a campaign for a period, where one indicator's number came from, exports. */
import type { Dashboard, IndicatorSources } from '@thidua/shared';
import { api } from '../../lib/api.ts';
import { type DashboardFilters, filterQuery } from './lib/filters.ts';

/** The overview; without `periodId` the server picks the period to look at (the latest one due). */
export const getDashboard = (campaignId: number, f: DashboardFilters, signal?: AbortSignal) =>
  api.get<Dashboard>(
    `/campaigns/${campaignId}/dashboard`,
    { periodId: f.periodId, unitId: f.unitId, group: f.group },
    signal,
  );

/** Who reported what for one indicator and period, with report ids and evidence files. */
export const getIndicatorSources = (
  indicatorId: number,
  periodId: string,
  unitId: number | undefined,
  signal?: AbortSignal,
) => api.get<IndicatorSources>(`/indicators/${indicatorId}/sources`, { periodId, unitId }, signal);

export type DashboardExportView = 'indicators' | 'not_reported';

/** A link the browser follows itself (the download keeps the session cookie). */
export const dashboardExportUrl = (
  campaignId: number,
  view: DashboardExportView,
  format: 'csv' | 'xlsx',
  f: DashboardFilters,
) => `/api/campaigns/${campaignId}/dashboard/export${filterQuery(f, { view, format })}`;

/** Links to a report and to an evidence file (a download). */
export const reportPath = (reportId: number) => `/bao-cao/${reportId}`;
export const evidenceUrl = (id: number) => `/api/evidence/${id}`;
