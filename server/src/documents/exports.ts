/**
 * Document exports as jobs. Asking for an export takes the document's view-model at that moment (so the file shows
 * the data of the moment it was asked for, named by its data version) and queues it; one worker per process renders
 * the queued jobs one at a time (DOCX, XLSX, or PDF through LibreOffice), reporting progress in the row, and keeps
 * the file in the content-addressed store with its checksum. Jobs left running by a crash are taken up again at
 * start (at most three attempts). Creation, completion and failure are audited.
 */
import {
  DOCUMENT_KIND_INFO,
  type DocumentExport,
  type DocumentExportCreate,
  type DocumentKind,
  type OfficialDocOut,
} from '@thidua/shared';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { hasRoleOver, type RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { authorizeCampaign, loadCampaign } from '../campaigns/campaigns.service.ts';
import { type Executor, rowsOf } from '../db/client.ts';
import { documentExports, orgUnits, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { readContent, storeContent } from '../evidence/storage.ts';
import { AppError } from '../http/errors.ts';
import { CAMPAIGN_READERS, UNIT_REPORTERS } from '../reports/reports.policy.ts';
import { type CertificateView, renderCertificates } from '../rewards/certificate.ts';
import { prepared } from './documents.service.ts';
import { renderOfficialDocx } from './official.ts';
import { convertWithLibreOffice, renderOfficialPdf, sofficePath } from './pdf.ts';
import { renderOfficialXlsx } from './xlsx.ts';

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

type View = { type: 'official'; doc: OfficialDocOut } | { type: 'certificates'; items: CertificateView[] };
type Row = typeof documentExports.$inferSelect;
const SYSTEM: RequestContext = { actor: null, ip: null };
const MAX_ATTEMPTS = 3;

async function present(db: Executor, rows: Row[]): Promise<DocumentExport[]> {
  const ids = [...new Set(rows.map((r) => r.createdBy).filter((x): x is number => x !== null))];
  const names = new Map(
    ids.length
      ? (await db.select({ id: users.id, n: users.fullName }).from(users).where(inArray(users.id, ids))).map(
          (u) => [u.id, u.n],
        )
      : [],
  );
  const iso = (x: string | null) => (x ? new Date(x).toISOString() : null);
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaignId,
    kind: r.kind as DocumentKind,
    format: r.format as DocumentExport['format'],
    params: r.params,
    title: r.title,
    status: r.status as DocumentExport['status'],
    progress: r.progress,
    stage: r.stage,
    fileName: r.fileName,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    dataVersion: r.dataVersion,
    narrativeVersion: r.narrativeVersion,
    warnings: r.warnings,
    error: r.errorCode ? { code: r.errorCode, message: r.errorMessage ?? '' } : null,
    createdBy: r.createdBy ? (names.get(r.createdBy) ?? '') : '',
    createdAt: iso(r.createdAt) ?? '',
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
  }));
}

export async function createExport(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: DocumentExportCreate,
): Promise<DocumentExport> {
  if (!DOCUMENT_KIND_INFO[input.kind].formats.includes(input.format))
    throw new AppError('DOCUMENT_FORMAT_UNSUPPORTED', [
      {
        path: 'format',
        message: `${DOCUMENT_KIND_INFO[input.kind].vi}: chỉ xuất ${DOCUMENT_KIND_INFO[input.kind].formats.join(', ')}`,
      },
    ]);
  const p = await prepared(deps, ctx, campaignId, input.kind, input.params);
  const actor = requireActor(ctx);
  const view: View = p.doc
    ? { type: 'official', doc: p.doc }
    : { type: 'certificates', items: p.certificates ?? [] };
  const warnings = [...p.warnings];
  if (p.doc) {
    if (!p.doc.signer.name) warnings.push('Chưa có người ký: khối chữ ký để trống.');
    if (p.doc.number === null) warnings.push('Chưa có số văn bản: để trống số để văn thư điền.');
  }
  const now = deps.clock.now().toISOString();
  const row = await deps.database.db.transaction(async (tx) => {
    const [r] = await tx
      .insert(documentExports)
      .values({
        campaignId,
        kind: input.kind,
        format: input.format,
        params: p.params as Record<string, string | number>,
        title: p.title,
        unitId: p.unitId,
        view,
        dataVersion: p.dataVersion,
        narrativeVersion: p.narrativeVersion,
        warnings,
        status: 'queued',
        progress: 0,
        stage: 'Đang chờ',
        fileName: `${p.fileBase}.${input.format}`,
        mimeType: MIME[input.format],
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!r) throw new Error('insert returned nothing');
    await recordAudit(tx, deps, ctx, {
      entity: 'document_export',
      entityId: r.id,
      unitId: p.unitId ?? p.c.issuingUnitId,
      action: 'document.export.create',
      before: null,
      after: {
        kind: r.kind,
        format: r.format,
        params: r.params,
        dataVersion: r.dataVersion,
        status: 'queued',
      },
    });
    return r;
  });
  runnerOf(deps).kick();
  return (await present(deps.database.db, [row]))[0] as DocumentExport;
}

/** Exports are seen by the campaign's readers, and a unit report's exports by that unit's people too. */
async function authorizeExport(deps: Deps, ctx: RequestContext, r: Row): Promise<void> {
  const db = deps.database.db;
  const c = await loadCampaign(db, r.campaignId);
  const actor = requireActor(ctx);
  if (hasRoleOver(actor, CAMPAIGN_READERS, c.issuingUnitPath)) return;
  if (r.unitId) {
    const [u] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, r.unitId));
    if (u && hasRoleOver(actor, UNIT_REPORTERS, u.path)) return;
  }
  await recordDenied(deps, ctx, {
    entity: 'document_export',
    entityId: r.id,
    unitId: r.unitId ?? c.issuingUnitId,
    action: 'document.export.read',
  });
  throw new AppError('FORBIDDEN');
}

async function loadExport(deps: Deps, id: number): Promise<Row> {
  const [r] = await deps.database.db.select().from(documentExports).where(eq(documentExports.id, id));
  if (!r) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có lần xuất số ${id}` }]);
  return r;
}

export async function getExport(deps: Deps, ctx: RequestContext, id: number): Promise<DocumentExport> {
  const r = await loadExport(deps, id);
  await authorizeExport(deps, ctx, r);
  return (await present(deps.database.db, [r]))[0] as DocumentExport;
}

export async function exportFile(deps: Deps, ctx: RequestContext, id: number) {
  const r = await loadExport(deps, id);
  await authorizeExport(deps, ctx, r);
  if (r.status === 'failed') throw new AppError('DOCUMENT_EXPORT_FAILED');
  if (r.status !== 'done' || !r.sha256 || !r.storage) throw new AppError('DOCUMENT_NOT_READY');
  const content = await readContent(deps, { storage: r.storage, sha256: r.sha256 }, async () => {
    const [x] = await deps.database.db
      .select({ content: documentExports.content })
      .from(documentExports)
      .where(eq(documentExports.id, id));
    return x?.content ?? null;
  });
  return { content, fileName: r.fileName, mimeType: r.mimeType };
}

/** The campaign's exports the caller may see, newest first (at most 100). */
export async function listExports(deps: Deps, ctx: RequestContext, campaignId: number) {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorizeCampaign(deps, ctx, 'read', c);
  const actor = requireActor(ctx);
  const reader = hasRoleOver(actor, CAMPAIGN_READERS, c.issuingUnitPath);
  let unitFilter: number[] | null = null;
  if (!reader) {
    const units = await db
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(documentExports)
      .innerJoin(orgUnits, eq(orgUnits.id, documentExports.unitId))
      .where(eq(documentExports.campaignId, campaignId))
      .groupBy(orgUnits.id, orgUnits.path);
    unitFilter = units.filter((u) => hasRoleOver(actor, UNIT_REPORTERS, u.path)).map((u) => u.id);
    if (!unitFilter.length) return { items: [] };
  }
  const rows = await db
    .select()
    .from(documentExports)
    .where(
      and(
        eq(documentExports.campaignId, campaignId),
        unitFilter ? inArray(documentExports.unitId, unitFilter) : undefined,
      ),
    )
    .orderBy(desc(documentExports.id))
    .limit(100);
  return { items: await present(db, rows) };
}

// ---------------------------------------------------------------------------------------------------------------
// The worker

async function render(
  view: View,
  format: 'docx' | 'xlsx' | 'pdf',
  progress: (pct: number, stage: string) => Promise<void>,
): Promise<Buffer> {
  if (view.type === 'certificates') {
    await progress(40, `Đang in ${view.items.length} giấy khen`);
    return renderCertificates(view.items);
  }
  if (format === 'xlsx') {
    await progress(40, 'Đang dựng bảng tính');
    return (await renderOfficialXlsx(view.doc)).xlsx;
  }
  await progress(30, 'Đang dựng văn bản Word');
  const { docx } = await renderOfficialDocx(view.doc);
  if (format === 'docx') return docx;
  if (sofficePath()) {
    await progress(60, 'Đang chuyển sang PDF (LibreOffice)');
    return convertWithLibreOffice(docx, 'docx');
  }
  await progress(60, 'Đang dựng PDF');
  return renderOfficialPdf(view.doc);
}

class ExportRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  constructor(private deps: Deps) {}

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Waits until no job is being worked on (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async claim(): Promise<Row | undefined> {
    const db = this.deps.database.db;
    const now = this.deps.clock.now().toISOString();
    const res = await db.execute(sql`
      UPDATE document_exports SET status = 'running', progress = 5, stage = 'Đang bắt đầu',
        started_at = ${now}, attempts = attempts + 1
      WHERE id = (SELECT id FROM document_exports WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id::int AS id`);
    const id = rowsOf<{ id: number }>(res)[0]?.id;
    return id === undefined ? undefined : loadExport(this.deps, Number(id));
  }

  private async loop(): Promise<void> {
    const db = this.deps.database.db;
    for (;;) {
      if (this.stopped) return;
      const job = await this.claim();
      if (!job) return;
      const setProgress = async (progress: number, stage: string) => {
        await db.update(documentExports).set({ progress, stage }).where(eq(documentExports.id, job.id));
      };
      let outcome: { status: 'done' | 'failed'; after: Record<string, unknown> };
      try {
        const content = await render(job.view as View, job.format as 'docx' | 'xlsx' | 'pdf', setProgress);
        await setProgress(90, 'Đang lưu tệp');
        const stored = await storeContent(this.deps, content);
        await db
          .update(documentExports)
          .set({
            status: 'done',
            progress: 100,
            stage: 'Đã xong',
            sizeBytes: content.length,
            sha256: stored.sha,
            storage: stored.storage,
            content: stored.rowContent,
            finishedAt: this.deps.clock.now().toISOString(),
          })
          .where(eq(documentExports.id, job.id));
        outcome = {
          status: 'done',
          after: { status: 'done', sha256: stored.sha, sizeBytes: content.length },
        };
      } catch (e) {
        if (this.stopped) return; // shutting down: the job is taken up again at the next start
        const message = `Không tạo được tệp: ${e instanceof Error ? e.message.slice(0, 300) : String(e)}`;
        await db
          .update(documentExports)
          .set({
            status: 'failed',
            stage: 'Lỗi',
            errorCode: 'DOCUMENT_EXPORT_FAILED',
            errorMessage: message,
            finishedAt: this.deps.clock.now().toISOString(),
          })
          .where(eq(documentExports.id, job.id));
        outcome = { status: 'failed', after: { status: 'failed', error: message } };
      }
      await db.transaction((tx) =>
        recordAudit(tx, this.deps, SYSTEM, {
          entity: 'document_export',
          entityId: job.id,
          unitId: job.unitId,
          action: `document.export.${outcome.status}`,
          before: { status: 'running' },
          after: outcome.after,
        }),
      );
    }
  }

  /** At start: jobs a crash left running are queued again (or failed after three attempts). */
  async resume(): Promise<void> {
    const db = this.deps.database.db;
    await db
      .update(documentExports)
      .set({
        status: 'failed',
        stage: 'Lỗi',
        errorCode: 'DOCUMENT_EXPORT_FAILED',
        errorMessage: 'Không tạo được tệp sau nhiều lần thử (máy chủ dừng giữa chừng).',
      })
      .where(and(eq(documentExports.status, 'running'), sql`${documentExports.attempts} >= ${MAX_ATTEMPTS}`));
    await db
      .update(documentExports)
      .set({ status: 'queued', progress: 0, stage: 'Đang chờ (tiếp tục sau khi khởi động lại)' })
      .where(eq(documentExports.status, 'running'));
    const [pending] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(documentExports)
      .where(or(eq(documentExports.status, 'queued')));
    if (Number(pending?.n ?? 0) > 0) this.kick();
  }
}

const runners = new WeakMap<Deps, ExportRunner>();
export function runnerOf(deps: Deps): ExportRunner {
  let r = runners.get(deps);
  if (!r) {
    r = new ExportRunner(deps);
    runners.set(deps, r);
  }
  return r;
}
