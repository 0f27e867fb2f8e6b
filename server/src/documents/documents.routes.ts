import {
  DocumentCatalogue,
  DocumentExport,
  DocumentExportCreate,
  DocumentExportList,
  DocumentKind,
  DocumentParams,
  DocumentPreview,
  NarrativeSave,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { contentDisposition } from '../evidence/file-type.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import * as documents from './documents.service.ts';
import { createExport, exportFile, getExport, listExports, MIME, runnerOf } from './exports.ts';
import { renderOfficialDocx } from './official.ts';

const tags = ['documents'];
const Id = z.object({ id: z.coerce.number().int().positive() });
const KindParams = z.object({ id: z.coerce.number().int().positive(), kind: DocumentKind });

export function documentRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };
  // Jobs a crash left behind are taken up at start; the worker stops with the server.
  app.addHook('onReady', async () => runnerOf(deps).resume());
  app.addHook('onClose', async () => runnerOf(deps).stop());

  app.get(
    '/api/campaigns/:id/documents',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'Official documents the caller may make for a campaign, with the choices for their parameters',
        params: Id,
        response: { 200: DocumentCatalogue },
      },
    },
    (req) => documents.catalogue(deps, req.ctx, req.params.id),
  );

  app.get(
    '/api/campaigns/:id/documents/:kind/preview',
    {
      ...opts,
      schema: {
        tags,
        summary:
          'A document as its view-model, with the narrative edits applied, warnings and the data version',
        description:
          'Parameters by kind: unit_report needs unitId and periodId; ward_report periodId; minutes sessionId; decision, proposal and certificates decisionId. Missing ones: 400 DOCUMENT_PARAM_REQUIRED.',
        params: KindParams,
        querystring: DocumentParams,
        response: { 200: DocumentPreview },
      },
    },
    (req) => documents.preview(deps, req.ctx, req.params.id, req.params.kind, req.query),
  );

  app.put(
    '/api/campaigns/:id/documents/:kind/narrative',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Saves the edited narrative parts of a document (numbers are never editable)',
        description:
          '`version` is the narrativeVersion read with the preview (409 CONFLICT_STALE when someone saved since). A null text restores the generated one. Unknown keys: 400 DOCUMENT_UNKNOWN_SECTION.',
        params: KindParams,
        body: NarrativeSave,
        response: { 200: DocumentPreview },
      },
    },
    (req) => documents.saveNarrative(deps, req.ctx, req.params.id, req.params.kind, req.body),
  );

  app.post(
    '/api/campaigns/:id/document-exports',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Asks for a document as DOCX, XLSX or PDF; the file is made by a background job',
        description:
          'Answers 202 with the job (status queued). Poll GET /api/document-exports/:id for progress; download from …/file when done. The job renders the data as it was when asked for (dataVersion).',
        params: Id,
        body: DocumentExportCreate,
        response: { 202: DocumentExport },
      },
    },
    async (req, reply) => reply.code(202).send(await createExport(deps, req.ctx, req.params.id, req.body)),
  );

  app.get(
    '/api/campaigns/:id/document-exports',
    {
      ...opts,
      schema: {
        tags,
        summary: "The campaign's document exports the caller may see, newest first",
        params: Id,
        response: { 200: DocumentExportList },
      },
    },
    (req) => listExports(deps, req.ctx, req.params.id),
  );

  app.get(
    '/api/document-exports/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'One export job: status, progress, file facts',
        params: Id,
        response: { 200: DocumentExport },
      },
    },
    (req) => getExport(deps, req.ctx, req.params.id),
  );

  app.get(
    '/api/document-exports/:id/file',
    {
      ...opts,
      schema: {
        tags,
        summary: 'The exported file (409 DOCUMENT_NOT_READY before the job is done)',
        params: Id,
      },
    },
    async (req, reply) => {
      const f = await exportFile(deps, req.ctx, req.params.id);
      return reply
        .type(f.mimeType)
        .header('content-disposition', contentDisposition(f.fileName))
        .header('cache-control', 'private, no-store')
        .send(f.content);
    },
  );

  // The ward report straight as DOCX (kept for links and scripts; the jobs above are what the UI uses).
  app.get(
    '/api/campaigns/:id/reports/ward.docx',
    {
      ...opts,
      schema: {
        tags,
        summary: "The ward's report on the campaign (Báo cáo kết quả), DOCX in the Nghị định 30 layout",
        description:
          'Warnings about missing parts (number, signer) come back in the `x-thidua-warnings` header. Narrative edits saved for the period apply.',
        params: Id,
        querystring: z.object({ periodId: z.string().max(40).optional() }),
      },
    },
    async (req, reply) => {
      const periodId =
        req.query.periodId ?? (await documents.catalogue(deps, req.ctx, req.params.id)).defaults.periodId;
      const p = await documents.prepared(deps, req.ctx, req.params.id, 'ward_report', {
        periodId: periodId ?? undefined,
      });
      if (!p.doc) throw new Error('ward report without a document');
      const { docx, warnings } = await renderOfficialDocx(p.doc);
      return reply
        .type(MIME.docx)
        .header('content-disposition', contentDisposition(`${p.fileBase}.docx`))
        .header('x-thidua-warnings', encodeURIComponent([...p.warnings, ...warnings].join(' | ')))
        .send(docx);
    },
  );
}
