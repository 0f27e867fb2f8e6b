/** Campaign and indicator calls (/api/campaigns…, /api/indicators/…). */
import type {
  AssignmentBulk,
  Campaign,
  CampaignAction,
  CampaignCreate,
  CampaignStatus,
  CampaignSummary,
  CampaignUpdate,
  Indicator,
  IndicatorCreate,
  IndicatorUpdate,
} from '@thidua/shared';
import { api } from '../../lib/api.ts';

export interface CampaignFilter {
  q?: string;
  status?: CampaignStatus;
  year?: number;
  issuingUnitId?: number;
}

/** What the web sends to create a campaign: the required fields, the rest take the server's defaults. */
export type CampaignCreateInput = Pick<CampaignCreate, 'issuingUnitId' | 'title'> & Partial<CampaignCreate>;

/** What the web sends to create an indicator: the required fields, the rest take the server's defaults. */
export type IndicatorCreateInput = Pick<
  IndicatorCreate,
  'code' | 'name' | 'unitOfMeasure' | 'kind' | 'direction'
> &
  Partial<IndicatorCreate>;

/** One entry of a launched campaign's history. */
export interface CampaignVersion {
  version: number;
  at: string;
  actorName: string | null;
  note: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

export const listCampaigns = (f: CampaignFilter, signal?: AbortSignal) =>
  api
    .get<{ items: CampaignSummary[] }>(
      '/campaigns',
      { q: f.q?.trim() || undefined, status: f.status, year: f.year, issuingUnitId: f.issuingUnitId },
      signal,
    )
    .then((r) => r.items);

export const getCampaign = (id: number, signal?: AbortSignal) =>
  api.get<Campaign>(`/campaigns/${id}`, undefined, signal);
export const createCampaign = (input: CampaignCreateInput) => api.post<Campaign>('/campaigns', input);
export const updateCampaign = (id: number, input: CampaignUpdate) =>
  api.patch<Campaign>(`/campaigns/${id}`, input);
export const transitionCampaign = (id: number, action: CampaignAction, version: number, reason?: string) =>
  api.post<Campaign>(`/campaigns/${id}/${action}`, { version, reason: reason?.trim() || undefined });
export const listVersions = (id: number, signal?: AbortSignal) =>
  api.get<{ items: CampaignVersion[] }>(`/campaigns/${id}/versions`, undefined, signal).then((r) => r.items);

export const createIndicator = (campaignId: number, input: IndicatorCreateInput) =>
  api.post<Indicator>(`/campaigns/${campaignId}/indicators`, input);
export const updateIndicator = (id: number, input: IndicatorUpdate) =>
  api.patch<Indicator>(`/indicators/${id}`, input);
export const deleteIndicator = (id: number) => api.delete<void>(`/indicators/${id}`);
export const assignIndicators = (campaignId: number, input: AssignmentBulk) =>
  api.post<{ changed: number; indicators: Indicator[] }>(`/campaigns/${campaignId}/assignments`, input);
