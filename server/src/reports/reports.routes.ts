import multipart from '@fastify/multipart';
import {
  EvidenceFile,
  ExcelImportQuery,
  ExcelImportResult,
  REPORT_ACTIONS,
  Report,
  ReportList,
  ReportListQuery,
  ReportOpen,
  ReportPeriodList,
  ReportSave,
  ReportTransitionBody,
} from '@thidua/shared';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import {
  deleteEvidence,
  downloadEvidence,
  EVIDENCE_MAX_BYTES,
  uploadEvidence,
} from '../evidence/evidence.service.ts';
import { contentDisposition } from '../evidence/file-type.ts';
import { AppError } from '../http/errors.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { readUpload } from '../http/upload.ts';
import { EXCEL_MAX_BYTES, importExcel, reportTemplate } from './excel-import.ts';
import * as reports from './reports.service.ts';

const Params = z.object({ id: z.coerce.number().int().positive() });
const tags = ['reports'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reportRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };

  app.get(
    '/api/campaigns/:id/periods',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Reporting periods of a campaign with their deadlines',
        params: Params,
        response: { 200: ReportPeriodList },
      },
    },
    (req) => reports.listPeriods(deps, req.ctx, req.params.id),
  );
  app.get(
    '/api/reports/mine',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Reports the caller fills in: every unit and started period, with or without a report yet',
        querystring: ReportListQuery,
        response: { 200: ReportList },
      },
    },
    (req) => reports.listReports(deps, req.ctx, req.query, 'mine'),
  );
  app.get(
    '/api/reports',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Office inbox: every reporting unit and period of the campaigns the caller oversees',
        querystring: ReportListQuery,
        response: { 200: ReportList },
      },
    },
    (req) => reports.listReports(deps, req.ctx, req.query, 'inbox'),
  );
  app.post(
    '/api/reports',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Open the report of a unit for a period (creates the draft once; idempotent)',
        body: ReportOpen,
        response: { 200: Report, 201: Report },
      },
    },
    async (req, reply) => {
      const { report, created } = await reports.openReport(deps, req.ctx, req.body);
      return reply.status(created ? 201 : 200).send(report);
    },
  );
  app.get(
    '/api/reports/:id',
    {
      ...opts,
      schema: {
        tags,
        summary: 'A report with its rows, plan, evidence and blockers',
        params: Params,
        response: { 200: Report },
      },
    },
    (req) => reports.getReport(deps, req.ctx, req.params.id),
  );
  app.put(
    '/api/reports/:id/values',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Save values into a draft or returned report (only the rows sent change)',
        description:
          'Errors: REPORT_VALUE_INVALID (400, details[].path = values.<i>.<field>), CONFLICT_STALE (409), REPORT_LOCKED (409).',
        params: Params,
        body: ReportSave,
        response: { 200: Report },
      },
    },
    (req) => reports.saveValues(deps, req.ctx, req.params.id, req.body),
  );
  for (const action of REPORT_ACTIONS)
    app.post(
      `/api/reports/:id/${action}`,
      {
        ...opts,
        schema: {
          tags,
          summary: `Report workflow: ${action}`,
          description:
            'submit (unit): draft|returned → submitted, 422 REPORT_INCOMPLETE lists what is missing; return (office, comment required): submitted → returned; accept (office): submitted → accepted (locked); reopen (office, reason required): accepted → returned.',
          params: Params,
          body: ReportTransitionBody,
          response: { 200: Report },
        },
      },
      (req) => reports.transitionReport(deps, req.ctx, req.params.id, action, req.body),
    );

  app.get(
    '/api/evidence/:id',
    { ...opts, schema: { tags, summary: 'Download an evidence file (checksum verified)', params: Params } },
    async (req, reply) => {
      const f = await downloadEvidence(deps, req.ctx, req.params.id);
      return reply
        .header('content-type', f.mimeType)
        .header('content-disposition', contentDisposition(f.fileName))
        .send(f.content);
    },
  );
  app.delete(
    '/api/evidence/:id',
    {
      ...opts,
      schema: { tags, summary: 'Remove an evidence file from a report being edited', params: Params },
    },
    async (req, reply) => {
      await deleteEvidence(deps, req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/reports/:id/template.xlsx',
    {
      ...opts,
      schema: { tags, summary: "The unit's Excel template for this report, prefilled", params: Params },
    },
    async (req, reply) => {
      const t = await reportTemplate(deps, req.ctx, req.params.id);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(t.fileName))
        .send(t.content);
    },
  );

  // Uploads, in their own scope with multipart limits.
  app.register(async (scope: App) => {
    await scope.register(multipart, {
      limits: { fileSize: Math.max(EVIDENCE_MAX_BYTES, EXCEL_MAX_BYTES), files: 1, fields: 5, parts: 10 },
    });
    scope.post(
      '/api/reports/:id/evidence',
      {
        ...opts,
        bodyLimit: EVIDENCE_MAX_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary: 'Attach an evidence file (PDF, JPG/PNG/WebP, Word/Excel/PowerPoint, ODF; at most 20 MB)',
          description:
            'multipart/form-data: optional field `indicatorId` first, then `file`. The content must match the extension. Errors: EVIDENCE_TYPE (415), EVIDENCE_TOO_LARGE (413), EVIDENCE_NO_FILE, REPORT_LOCKED.',
          consumes: ['multipart/form-data'],
          params: Params,
          response: { 201: EvidenceFile },
        },
      },
      async (req, reply) => {
        const up = await readUpload(req, 'EVIDENCE_NO_FILE', 'EVIDENCE_TOO_LARGE');
        if (up.content.length > EVIDENCE_MAX_BYTES) throw new AppError('EVIDENCE_TOO_LARGE');
        const raw = up.fields.indicatorId;
        const indicatorId = raw ? Number(raw) : null;
        if (indicatorId !== null && !(Number.isInteger(indicatorId) && indicatorId > 0))
          throw new AppError('VALIDATION_FAILED', [
            { path: 'indicatorId', message: 'Mã chỉ tiêu không hợp lệ' },
          ]);
        const f = await uploadEvidence(deps, req.ctx, req.params.id, {
          fileName: up.fileName,
          content: up.content,
          indicatorId,
        });
        return reply.status(201).send(f);
      },
    );
    scope.post(
      '/api/reports/:id/import',
      {
        ...opts,
        bodyLimit: EXCEL_MAX_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary:
            'Upload the filled Excel template: preview, import all (only if every row is valid), or only valid rows',
          description:
            'multipart/form-data with one .xlsx file. Errors: EXCEL_NOT_XLSX (415), EXCEL_WRONG_TEMPLATE / EXCEL_WRONG_REPORT (422), EXCEL_TOO_LARGE (413), REPORT_LOCKED.',
          consumes: ['multipart/form-data'],
          params: Params,
          querystring: ExcelImportQuery,
          response: { 200: ExcelImportResult },
        },
      },
      async (req) => {
        const up = await readUpload(req, 'EXCEL_NO_FILE', 'EXCEL_TOO_LARGE');
        if (up.content.length > EXCEL_MAX_BYTES) throw new AppError('EXCEL_TOO_LARGE');
        return importExcel(deps, req.ctx, req.params.id, up.content, req.query.mode);
      },
    );
  });
}
