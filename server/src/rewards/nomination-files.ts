/**
 * The files of a nomination's dossier (achievement report, minutes, photos): same content checks and storage as
 * report evidence; added and removed only while the nomination can still be edited; audited.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { Executor } from '../db/client.ts';
import { nominationFiles } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { evidenceType, safeFileName } from '../evidence/file-type.ts';
import { readContent, storeContent } from '../evidence/storage.ts';
import { AppError } from '../http/errors.ts';
import { type NominationAccess, nominationAccess } from './nominations.service.ts';

export async function filesOf(db: Executor, nominationId: number) {
  const rows = await db
    .select({
      id: nominationFiles.id,
      fileName: nominationFiles.fileName,
      mimeType: nominationFiles.mimeType,
      sizeBytes: nominationFiles.sizeBytes,
      uploadedAt: nominationFiles.uploadedAt,
    })
    .from(nominationFiles)
    .where(and(eq(nominationFiles.nominationId, nominationId), isNull(nominationFiles.deletedAt)))
    .orderBy(nominationFiles.id);
  return rows.map((r) => ({
    ...r,
    sizeBytes: Number(r.sizeBytes),
    uploadedAt: new Date(r.uploadedAt).toISOString(),
  }));
}

export async function addFile(
  deps: Deps,
  ctx: RequestContext,
  nominationId: number,
  input: { fileName: string; content: Buffer },
) {
  const db = deps.database.db;
  const a: NominationAccess = await nominationAccess(deps, ctx, nominationId, 'edit');
  const name = safeFileName(input.fileName);
  const type = evidenceType(name, input.content);
  if (!type || input.content.length === 0)
    throw new AppError('EVIDENCE_TYPE', [
      { path: 'file', message: `Tệp "${name || input.fileName}" không hợp lệ` },
    ]);
  const { sha, storage, rowContent } = await storeContent(deps, input.content);
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    const r = await tx
      .insert(nominationFiles)
      .values({
        nominationId,
        fileName: name,
        mimeType: type.mime,
        sizeBytes: input.content.length,
        sha256: sha,
        storage,
        content: rowContent,
        uploadedBy: actor.userId,
        uploadedAt: deps.clock.now().toISOString(),
      })
      .returning({ id: nominationFiles.id });
    await recordAudit(tx, deps, ctx, {
      entity: 'nomination',
      entityId: nominationId,
      unitId: a.proposerUnitId,
      action: 'nomination.file_add',
      after: { fileId: Number(r[0]?.id), fileName: name, sizeBytes: input.content.length, sha256: sha },
    });
  });
}

async function loadFile(db: Executor, id: number) {
  const f = (await db.select().from(nominationFiles).where(eq(nominationFiles.id, id)))[0];
  if (!f || f.deletedAt) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có tệp số ${id}` }]);
  return f;
}

export async function downloadFile(deps: Deps, ctx: RequestContext, id: number) {
  const db = deps.database.db;
  const f = await loadFile(db, id);
  await nominationAccess(deps, ctx, f.nominationId, 'read');
  const content = await readContent(deps, f, async () => f.content ?? null);
  return { fileName: f.fileName, mimeType: f.mimeType, content };
}

export async function removeFile(deps: Deps, ctx: RequestContext, id: number) {
  const db = deps.database.db;
  const f = await loadFile(db, id);
  const a = await nominationAccess(deps, ctx, f.nominationId, 'edit');
  await db.transaction(async (tx) => {
    await tx
      .update(nominationFiles)
      .set({ deletedAt: deps.clock.now().toISOString() })
      .where(eq(nominationFiles.id, id));
    await recordAudit(tx, deps, ctx, {
      entity: 'nomination',
      entityId: f.nominationId,
      unitId: a.proposerUnitId,
      action: 'nomination.file_delete',
      before: { fileId: id, fileName: f.fileName, sha256: f.sha256 },
    });
  });
}
