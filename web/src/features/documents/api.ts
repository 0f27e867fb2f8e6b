/** Official documents: the catalogue, a document's preview, the office's narrative edits and export jobs. */
import type {
  DocumentCatalogue,
  DocumentExport,
  DocumentExportCreate,
  DocumentKind,
  DocumentParams,
  DocumentPreview,
  NarrativeSave,
} from '@thidua/shared';
import { api } from '../../lib/api.ts';

/** The documents the caller may read in a campaign, with the options of every parameter and the defaults. */
export const getCatalogue = (campaignId: number, signal?: AbortSignal) =>
  api.get<DocumentCatalogue>(`/campaigns/${campaignId}/documents`, undefined, signal);

/** One document as the renderers would write it (the same view-model), built from the data now. */
export const getPreview = (
  campaignId: number,
  kind: DocumentKind,
  params: DocumentParams,
  signal?: AbortSignal,
) =>
  api.get<DocumentPreview>(
    `/campaigns/${campaignId}/documents/${kind}/preview`,
    {
      periodId: params.periodId,
      unitId: params.unitId,
      sessionId: params.sessionId,
      decisionId: params.decisionId,
    },
    signal,
  );

/** Saves the office's text of some narrative parts (null restores the generated text); answers the new preview. */
export const saveNarrative = (campaignId: number, kind: DocumentKind, body: NarrativeSave) =>
  api.put<DocumentPreview>(`/campaigns/${campaignId}/documents/${kind}/narrative`, body);

/** Queues an export job (answered 202 with the job, status queued). */
export const createExport = (campaignId: number, body: DocumentExportCreate) =>
  api.post<DocumentExport>(`/campaigns/${campaignId}/document-exports`, body);

/** The campaign's exports, newest first. */
export const listExports = (campaignId: number, signal?: AbortSignal) =>
  api.get<{ items: DocumentExport[] }>(`/campaigns/${campaignId}/document-exports`, undefined, signal);

/** One export job (polled while it is queued or running). */
export const getExport = (id: number, signal?: AbortSignal) =>
  api.get<DocumentExport>(`/document-exports/${id}`, undefined, signal);

/** The finished file (an attachment the browser downloads with the session cookie). */
export const exportFileUrl = (id: number) => `/api/document-exports/${id}/file`;
