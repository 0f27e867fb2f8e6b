/** City level: the wards' roll-up for a city campaign, and a ward's aggregated report upward with its workflow. */
import type { CityDashboard, UpwardDecide, UpwardState, UpwardSubmit } from '@thidua/shared';
import { api } from '../../lib/api.ts';

/** The city dashboard; without `periodId` the server picks the period to look at. */
export const getCityDashboard = (campaignId: number, periodId: string | undefined, signal?: AbortSignal) =>
  api.get<CityDashboard>(`/campaigns/${campaignId}/city-dashboard`, { periodId }, signal);

/** A ward campaign's aggregated report for a period: readiness, the values to send, the submission, what may be done. */
export const getUpward = (campaignId: number, periodId: string | undefined, signal?: AbortSignal) =>
  api.get<UpwardState>(`/campaigns/${campaignId}/upward`, { periodId }, signal);

/** The ward office sends (or sends again) the aggregated report. */
export const submitUpward = (campaignId: number, body: UpwardSubmit) =>
  api.post<UpwardState>(`/campaigns/${campaignId}/upward`, body);

export type UpwardDecision = 'withdraw' | 'accept' | 'return';

/** Withdraw (the ward), accept or return (the city) one submission. */
export const decideUpward = (submissionId: number, action: UpwardDecision, body: UpwardDecide) =>
  api.post<UpwardState>(`/upward-submissions/${submissionId}/${action}`, body);

/** Drill-down addresses of a ward campaign for a period. */
export const wardDashboardPath = (campaignId: number, periodId: string) =>
  `/dot-thi-dua/${campaignId}/bang-dieu-khien?periodId=${encodeURIComponent(periodId)}`;
export const upwardPath = (campaignId: number, periodId?: string) =>
  `/dot-thi-dua/${campaignId}/bao-cao-cap-tren${periodId ? `?periodId=${encodeURIComponent(periodId)}` : ''}`;
export const cityPath = (campaignId: number, periodId?: string) =>
  `/dot-thi-dua/${campaignId}/thanh-pho${periodId ? `?periodId=${encodeURIComponent(periodId)}` : ''}`;
export const reportPath = (reportId: number) => `/bao-cao/${reportId}`;
