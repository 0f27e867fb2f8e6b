/** Calls of the office inbox: the report list of a campaign and period, and the campaign's reporting periods. */
import { listPeriods, listReports, type ReportFilter } from '../reports/api.ts';

/** What the inbox asks the server for; `q` matches unit names without accents. */
export type InboxFilter = ReportFilter;

export const listInboxReports = (f: InboxFilter, signal?: AbortSignal) => listReports('inbox', f, signal);

export const listCampaignPeriods = listPeriods;
