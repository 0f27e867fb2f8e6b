import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DocumentExport,
  DocumentExportCreate,
  DocumentKind,
  DocumentParams,
  DocumentPreview,
  NarrativeSave,
} from '@thidua/shared';
import { createExport, getCatalogue, getExport, getPreview, listExports, saveNarrative } from '../api.ts';
import { paramsKey } from '../lib/params.ts';

/** Under ['reports'] so that whatever changes a report also refreshes the documents built from it. */
const DOCS_KEY = ['reports', 'documents'] as const;
const catalogueKey = (campaignId: number) => [...DOCS_KEY, campaignId, 'catalogue'] as const;
const previewKey = (campaignId: number, kind: DocumentKind | '', params: DocumentParams) =>
  [...DOCS_KEY, campaignId, 'preview', kind, paramsKey(params)] as const;
const exportsKey = (campaignId: number) => [...DOCS_KEY, campaignId, 'exports'] as const;
const jobKey = (id: number) => ['document-export', id] as const;

/** How often a queued or running export is asked about. */
export const EXPORT_POLL_MS = 700;

const busy = (e: DocumentExport) => e.status === 'queued' || e.status === 'running';

/** The documents of a campaign the caller may read, with the options of every parameter. */
export function useDocumentCatalogue(campaignId: number | null) {
  return useQuery({
    queryKey: catalogueKey(campaignId ?? 0),
    queryFn: ({ signal }) => getCatalogue(campaignId ?? 0, signal),
    enabled: campaignId !== null && campaignId > 0,
  });
}

/**
 * A document's preview; while other parameters of the same kind load, the previous sheet stays (dimmed) on
 * screen, but never another kind's.
 */
export function useDocumentPreview(
  campaignId: number,
  kind: DocumentKind | undefined,
  params: DocumentParams,
  enabled: boolean,
) {
  return useQuery({
    queryKey: previewKey(campaignId, kind ?? '', params),
    queryFn: ({ signal }) => getPreview(campaignId, kind as DocumentKind, params, signal),
    enabled: enabled && kind !== undefined && campaignId > 0,
    placeholderData: (prev) => (prev && prev.kind === kind ? prev : undefined),
  });
}

/** Saves narrative parts; the answer (the new preview) replaces the cached one of the same parameters. */
export function useSaveNarrative(campaignId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: DocumentKind; body: NarrativeSave }) =>
      saveNarrative(campaignId, kind, body),
    onSuccess: (p: DocumentPreview, { kind, body }) => {
      qc.setQueryData(previewKey(campaignId, kind, body.params), p);
    },
  });
}

/** The campaign's exports, newest first; asked again every 0.7 s while one of them is still being made. */
export function useDocumentExports(campaignId: number) {
  return useQuery({
    queryKey: exportsKey(campaignId),
    queryFn: ({ signal }) => listExports(campaignId, signal),
    enabled: campaignId > 0,
    refetchInterval: (q) => (q.state.data?.items.some(busy) ? EXPORT_POLL_MS : false),
  });
}

/** Queues an export; the new job shows at once in the history. */
export function useCreateExport(campaignId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentExportCreate) => createExport(campaignId, body),
    onSuccess: (job) => {
      qc.setQueryData(jobKey(job.id), job);
      qc.setQueryData<{ items: DocumentExport[] }>(exportsKey(campaignId), (old) =>
        old ? { items: [job, ...old.items.filter((e) => e.id !== job.id)] } : old,
      );
      void qc.invalidateQueries({ queryKey: exportsKey(campaignId) });
    },
  });
}

/** One job, polled until it is done or failed; the history is refreshed when it ends. */
export function useExportJob(campaignId: number, id: number) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: jobKey(id),
    queryFn: async ({ signal }) => {
      const job = await getExport(id, signal);
      if (!busy(job)) void qc.invalidateQueries({ queryKey: exportsKey(campaignId) });
      return job;
    },
    refetchInterval: (q) => (!q.state.data || busy(q.state.data) ? EXPORT_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
}
