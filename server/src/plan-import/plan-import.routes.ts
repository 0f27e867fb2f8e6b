/**
 * POST /api/plan-imports: a plan file (multipart, one file) or pasted text (JSON `{ text }`) → the parsed
 * draft. Nothing is saved; the office reviews the draft and creates the campaign from it in a second step.
 */
import multipart from '@fastify/multipart';
import { PlanImportResult, PlanImportTextBody } from '@thidua/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { PLAN_IMPORT_MAX_BYTES, PlanImportError } from './errors.ts';
import { importPlanFile, importPlanText } from './import-plan.ts';

const tags = ['plan-imports'];

export interface PlanImportRouteOptions {
  /** Upload limit in bytes (default 20 MB). */
  maxBytes?: number;
}

async function fromUpload(req: FastifyRequest, maxBytes: number): Promise<PlanImportResult> {
  const file = await req.file();
  if (!file) throw new PlanImportError('PLAN_IMPORT_NO_FILE');
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new PlanImportError('PLAN_IMPORT_TOO_LARGE');
    throw e;
  }
  return importPlanFile(bytes, file.filename || null, maxBytes);
}

function fromJson(body: unknown): PlanImportResult {
  const parsed = PlanImportTextBody.safeParse(body);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
    );
  return importPlanText(parsed.data.text, parsed.data.fileName ?? null);
}

function sendError(reply: FastifyReply, e: PlanImportError) {
  return reply.status(e.status).send({ error: { code: e.code, message: e.message } });
}

/** Registers the route in its own scope, with @fastify/multipart and its file-size limit. */
export function planImportRoutes(app: App, _deps: Deps, opts: PlanImportRouteOptions = {}): void {
  const maxBytes = opts.maxBytes ?? PLAN_IMPORT_MAX_BYTES;
  app.register(async (scope: App) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 20 } });
    scope.post(
      '/api/plan-imports',
      {
        preHandler: requireSession,
        // Pasted text arrives as JSON; a long plan is a few hundred kB, 2 million characters at most.
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Read a plan (Kế hoạch) and return a draft campaign with indicators for review',
          description:
            'Send `multipart/form-data` with one file (.docx, .pdf with a text layer, .txt in UTF-8 or Windows-1258; at most 20 MB), or JSON `{ text, fileName? }`. Nothing is saved. Errors: PLAN_IMPORT_EMPTY, PLAN_IMPORT_NOT_A_PLAN, PLAN_IMPORT_TOO_LARGE (413), PLAN_IMPORT_CORRUPT, PLAN_IMPORT_ENCRYPTED, PLAN_IMPORT_NO_TEXT_LAYER, PLAN_IMPORT_UNSUPPORTED_TYPE (415), PLAN_IMPORT_NO_FILE.',
          consumes: ['multipart/form-data', 'application/json'],
          response: { 200: PlanImportResult },
        },
      },
      async (req, reply) => {
        try {
          return req.isMultipart() ? await fromUpload(req, maxBytes) : fromJson(req.body);
        } catch (e) {
          if (e instanceof PlanImportError) return sendError(reply, e);
          throw e;
        }
      },
    );
  });
}
