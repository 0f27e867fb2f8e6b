/**
 * Evidence files (minh chứng) of a report. Content is addressed by its SHA-256: on disk under
 * `<THIDUA_DATA_DIR>/evidence/ab/abcdef…` (written to a temporary file, flushed, then renamed, so a crash never
 * leaves half a file under a real name) or in the row itself. Every download re-checks the checksum.
 */
import type { EvidenceFile } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import * as repo from '../reports/reports.repo.ts';
import { assertEditableStatus, assertOpen, authorizeReport, loadReport } from '../reports/reports.service.ts';
import { toIso } from '../util/time.ts';
import { evidenceType, safeFileName } from './file-type.ts';
import { readContent, storeContent } from './storage.ts';

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

function present(e: repo.EvidenceRow): EvidenceFile {
  return {
    id: e.id,
    reportId: e.reportId,
    indicatorId: e.indicatorId,
    fileName: e.fileName,
    mimeType: e.mimeType,
    sizeBytes: Number(e.sizeBytes),
    sha256: e.sha256,
    uploadedAt: toIso(e.uploadedAt),
    uploadedBy: e.uploadedByName,
  };
}

function assertEditable(l: Awaited<ReturnType<typeof loadReport>>) {
  assertOpen(l.c);
  assertEditableStatus(l.r.status);
}

export async function uploadEvidence(
  deps: Deps,
  ctx: RequestContext,
  reportId: number,
  input: { fileName: string; content: Buffer; indicatorId: number | null },
): Promise<EvidenceFile> {
  const db = deps.database.db;
  const l = await loadReport(db, reportId);
  await authorizeReport(deps, ctx, 'edit', {
    reportId,
    unitId: l.unit.id,
    unitPath: l.unit.path,
    issuingUnitPath: l.c.issuingUnitPath,
  });
  assertEditable(l);
  if (input.indicatorId !== null) {
    const assigned = await repo.assignedIndicators(db, l.c.id, l.unit.id);
    if (!assigned.some((i) => i.id === input.indicatorId))
      throw new AppError('VALIDATION_FAILED', [
        { path: 'indicatorId', message: 'Chỉ tiêu này không thuộc báo cáo của đơn vị' },
      ]);
  }
  const name = safeFileName(input.fileName);
  const type = evidenceType(name, input.content);
  if (!type || input.content.length === 0)
    throw new AppError('EVIDENCE_TYPE', [
      { path: 'file', message: `Tệp "${name || input.fileName}" không hợp lệ` },
    ]);
  const { sha, storage, rowContent } = await storeContent(deps, input.content);
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  const id = await db.transaction(async (tx) => {
    const newId = await repo.insertEvidence(tx, {
      reportId,
      indicatorId: input.indicatorId,
      fileName: name,
      mimeType: type.mime,
      sizeBytes: input.content.length,
      sha256: sha,
      storage,
      content: rowContent,
      uploadedBy: actor.userId,
      uploadedAt: at,
    });
    await recordAudit(tx, deps, ctx, {
      entity: 'report',
      entityId: reportId,
      unitId: l.unit.id,
      action: 'report.evidence_add',
      after: {
        evidenceId: newId,
        indicatorId: input.indicatorId,
        fileName: name,
        sizeBytes: input.content.length,
        sha256: sha,
      },
    });
    return newId;
  });
  const row = await repo.getEvidence(db, id);
  if (!row) throw new AppError('INTERNAL');
  return present(row);
}

async function loadEvidence(deps: Deps, id: number) {
  const e = await repo.getEvidence(deps.database.db, id);
  if (!e) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có tệp minh chứng số ${id}` }]);
  const l = await loadReport(deps.database.db, e.reportId);
  return { e, l };
}

export async function downloadEvidence(
  deps: Deps,
  ctx: RequestContext,
  id: number,
): Promise<{ fileName: string; mimeType: string; content: Buffer }> {
  const { e, l } = await loadEvidence(deps, id);
  await authorizeReport(deps, ctx, 'read', {
    reportId: l.r.id,
    unitId: l.unit.id,
    unitPath: l.unit.path,
    issuingUnitPath: l.c.issuingUnitPath,
  });
  const content = await readContent(deps, e, () => repo.evidenceContent(deps.database.db, id));
  return { fileName: e.fileName, mimeType: e.mimeType, content };
}

/** Removes a file from a report still being edited (the row is kept, marked deleted, for the audit trail). */
export async function deleteEvidence(deps: Deps, ctx: RequestContext, id: number): Promise<void> {
  const { e, l } = await loadEvidence(deps, id);
  await authorizeReport(deps, ctx, 'edit', {
    reportId: l.r.id,
    unitId: l.unit.id,
    unitPath: l.unit.path,
    issuingUnitPath: l.c.issuingUnitPath,
  });
  assertEditable(l);
  const at = deps.clock.now().toISOString();
  await deps.database.db.transaction(async (tx) => {
    await repo.deleteEvidence(tx, id, at);
    await recordAudit(tx, deps, ctx, {
      entity: 'report',
      entityId: l.r.id,
      unitId: l.unit.id,
      action: 'report.evidence_delete',
      before: { evidenceId: id, fileName: e.fileName, sha256: e.sha256 },
    });
  });
}
