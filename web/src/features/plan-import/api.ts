/** Plan import calls: read a plan (file or pasted text) into a draft, then create the campaign from it. */
import type { Campaign, CampaignCreate, IndicatorValues, PlanImportResult } from '@thidua/shared';
import { api, type UploadProgress, uploadFile } from '../../lib/api.ts';

export const readPlanFile = (file: File, onProgress?: UploadProgress, signal?: AbortSignal) =>
  uploadFile<PlanImportResult>('/plan-imports', file, { field: 'file', onProgress, signal });

export const readPlanText = (text: string, fileName?: string) =>
  api.post<PlanImportResult>('/plan-imports', { text, fileName });

/** What the review sends: the campaign's required fields (the rest take defaults) and the indicators. */
export interface CampaignImportInput {
  campaign: Pick<CampaignCreate, 'issuingUnitId' | 'title'> & Partial<CampaignCreate>;
  indicators: IndicatorValues[];
}

/** All-or-nothing: the campaign (a draft) with every indicator, or a 4xx naming the field. */
export const importCampaign = (body: CampaignImportInput) => api.post<Campaign>('/campaigns/import', body);
