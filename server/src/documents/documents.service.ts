/**
 * Official documents of a campaign: which ones the caller may make (catalogue), the view-model of one document with
 * the office's narrative edits applied (preview), and saving those edits. Permissions are the ones of the records
 * a document is made from: the campaign (plan), the unit's report, the dashboards (ward report), the council
 * session (minutes), the decision (decision, proposal, certificates).
 */
import { createHash } from 'node:crypto';
import {
  DOCUMENT_KIND_INFO,
  DOCUMENT_KINDS,
  type DocBlock,
  type DocumentCatalogue,
  type DocumentKind,
  type DocumentParams,
  type DocumentPreview,
  type NarrativeSave,
  type OfficialDocOut,
  vnDate,
} from '@thidua/shared';
import { and, eq, sql } from 'drizzle-orm';
import { hasRoleOver, type RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { can as canCampaign } from '../campaigns/campaigns.policy.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import {
  authorizeCampaign,
  fullCampaign,
  getCampaign,
  loadCampaign,
} from '../campaigns/campaigns.service.ts';
import { rowsOf } from '../db/client.ts';
import { documentDrafts } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { getUnit } from '../org/org.repo.ts';
import { CAMPAIGN_READERS, can as canReport, REVIEWERS, UNIT_REPORTERS } from '../reports/reports.policy.ts';
import * as reportsRepo from '../reports/reports.repo.ts';
import { authorizeReport, campaignPeriods, getReport } from '../reports/reports.service.ts';
import type { CertificateView } from '../rewards/certificate.ts';
import { getSession, listSessions } from '../rewards/council.service.ts';
import { decisionCertificateViews, getDecision, listDecisions } from '../rewards/decisions.service.ts';
import { decisionView, proposalView } from './decision.ts';
import { minutesView } from './minutes.ts';
import { planView } from './plan.ts';
import { unitReportView } from './unit-report.ts';
import { wardReportView } from './ward-report.ts';

/** A document ready to render: its view-model (or certificates), who may edit its narrative, where it belongs. */
export interface BuiltDocument {
  c: CampaignRowWithUnit;
  kind: DocumentKind;
  params: DocumentParams;
  title: string;
  fileBase: string;
  doc: OfficialDocOut | null;
  certificates: CertificateView[] | null;
  warnings: string[];
  /** The unit whose people may also see exports of this document (unit reports). */
  unitId: number | null;
  canEditNarrative: boolean;
}

/** The document's parameters in a canonical form, the key of its narrative edits. */
export function scopeOf(kind: DocumentKind, p: DocumentParams): string {
  return DOCUMENT_KIND_INFO[kind].params.map((k) => `${k}=${p[k] ?? ''}`).join(';');
}

/** Only the parameters the document uses, each present. */
export function paramsFor(kind: DocumentKind, p: DocumentParams): DocumentParams {
  const out: Record<string, string | number> = {};
  for (const k of DOCUMENT_KIND_INFO[kind].params) {
    const v = p[k];
    if (v === undefined || v === '')
      throw new AppError('DOCUMENT_PARAM_REQUIRED', [{ path: k, message: 'Chưa chọn' }]);
    out[k] = v;
  }
  return out as DocumentParams;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

async function build(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  kind: DocumentKind,
  raw: DocumentParams,
): Promise<BuiltDocument> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  const params = paramsFor(kind, raw);
  const actor = requireActor(ctx);
  const office = hasRoleOver(actor, REVIEWERS, c.issuingUnitPath);
  const base = { c, kind, params, certificates: null, unitId: null, canEditNarrative: office };
  switch (kind) {
    case 'plan': {
      await authorizeCampaign(deps, ctx, 'read', c);
      const { doc, warnings } = planView(await fullCampaign(db, c));
      return {
        ...base,
        title: 'Kế hoạch thi đua',
        fileBase: 'ke-hoach',
        doc,
        warnings,
        canEditNarrative: false,
      };
    }
    case 'ward_report': {
      const periodId = String(params.periodId);
      const { doc, warnings, periodLabel } = await wardReportView(deps, ctx, c.id, periodId);
      return {
        ...base,
        title: `Báo cáo kết quả gửi thành phố – ${periodLabel}`,
        fileBase: `bao-cao-ket-qua-${slug(periodLabel)}`,
        doc,
        warnings,
      };
    }
    case 'unit_report': {
      const unit = await getUnit(db, Number(params.unitId));
      if (!unit)
        throw new AppError('NOT_FOUND', [{ path: 'unitId', message: `Không có đơn vị số ${params.unitId}` }]);
      await authorizeReport(deps, ctx, 'read', {
        reportId: null,
        unitId: unit.id,
        unitPath: unit.path,
        issuingUnitPath: c.issuingUnitPath,
      });
      const period = campaignPeriods(c).find((p) => p.id === params.periodId);
      if (!period)
        throw new AppError('VALIDATION_FAILED', [
          { path: 'periodId', message: 'Kỳ báo cáo không thuộc đợt thi đua' },
        ]);
      const row = await reportsRepo.findReport(db, c.id, unit.id, period.id);
      const report = row ? await getReport(deps, ctx, row.id) : null;
      const { doc, warnings } = unitReportView(deps, ctx, {
        campaign: c,
        unit: { name: unit.name, code: unit.code },
        period: { id: period.id, label: period.label, dueOn: period.dueOn },
        report,
      });
      return {
        ...base,
        title: `Báo cáo của ${unit.name} – ${period.label}`,
        fileBase: `bao-cao-${slug(unit.name)}-${slug(period.label)}`,
        doc,
        warnings,
        unitId: unit.id,
        canEditNarrative: office || hasRoleOver(actor, UNIT_REPORTERS, unit.path),
      };
    }
    case 'minutes': {
      const s = await getSession(deps, ctx, Number(params.sessionId));
      if (s.campaignId !== c.id)
        throw new AppError('NOT_FOUND', [
          { path: 'sessionId', message: 'Phiên họp không thuộc đợt thi đua' },
        ]);
      const doc = minutesView(s, c);
      return {
        ...base,
        title: `Biên bản họp Hội đồng – ${s.title}`,
        fileBase: `bien-ban-hoi-dong-${s.id}`,
        doc,
        warnings: s.status === 'closed' ? [] : ['Phiên họp chưa kết thúc: kết quả biểu quyết chưa đầy đủ.'],
      };
    }
    case 'decision':
    case 'proposal': {
      const d = await getDecision(deps, ctx, Number(params.decisionId));
      if (d.campaignId !== c.id)
        throw new AppError('NOT_FOUND', [{ path: 'decisionId', message: 'Văn bản không thuộc đợt thi đua' }]);
      if (d.kind !== kind) throw new AppError('DOCUMENT_KIND_MISMATCH');
      const city = c.parentCampaignId ? await cityName(deps, ctx, c.parentCampaignId) : null;
      const { doc, warnings } =
        kind === 'decision' ? decisionView(d, c) : proposalView(d, c, city ?? 'Ủy ban nhân dân thành phố');
      return {
        ...base,
        title: `${kind === 'decision' ? 'Quyết định' : 'Tờ trình'} số ${d.reference}`,
        fileBase: `${kind === 'decision' ? 'quyet-dinh' : 'to-trinh'}-${slug(d.reference)}`,
        doc,
        warnings,
      };
    }
    case 'certificates': {
      const { decision, views } = await decisionCertificateViews(deps, ctx, Number(params.decisionId));
      if (decision.campaignId !== c.id)
        throw new AppError('NOT_FOUND', [{ path: 'decisionId', message: 'Văn bản không thuộc đợt thi đua' }]);
      return {
        ...base,
        title: `Giấy khen theo Quyết định số ${decision.reference}`,
        fileBase: `giay-khen-${slug(decision.reference)}`,
        doc: null,
        certificates: views,
        warnings: views.length ? [] : ['Quyết định chưa có ai trong danh sách.'],
        canEditNarrative: false,
      };
    }
  }
}

async function cityName(deps: Deps, ctx: RequestContext, parentCampaignId: number): Promise<string | null> {
  try {
    const p = await getCampaign(deps, ctx, parentCampaignId);
    return `Ủy ban nhân dân ${p.issuingUnitName}`;
  } catch {
    return null; // the city's campaign is outside the caller's view: the generic addressee is used
  }
}

const narrativeBlocks = (doc: OfficialDocOut | null) =>
  doc
    ? [...doc.blocks, ...(doc.annex?.blocks ?? [])].filter(
        (b): b is Extract<DocBlock, { kind: 'narrative' }> => b.kind === 'narrative',
      )
    : [];

async function draftOf(deps: Deps, campaignId: number, kind: DocumentKind, scope: string) {
  return (
    await deps.database.db
      .select()
      .from(documentDrafts)
      .where(
        and(
          eq(documentDrafts.campaignId, campaignId),
          eq(documentDrafts.kind, kind),
          eq(documentDrafts.scope, scope),
        ),
      )
  )[0];
}

/** Short hash of what the document says apart from its narrative and its date: the data version. */
export function dataVersionOf(b: Pick<BuiltDocument, 'doc' | 'certificates'>): string {
  const doc = b.doc
    ? {
        ...b.doc,
        date: null,
        blocks: b.doc.blocks.map((x) => (x.kind === 'narrative' ? { ...x, text: '' } : x)),
      }
    : null;
  return createHash('sha256')
    .update(JSON.stringify({ doc, certificates: b.certificates }))
    .digest('hex')
    .slice(0, 12);
}

/** The document with the saved narrative edits applied. */
export async function prepared(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  kind: DocumentKind,
  raw: DocumentParams,
) {
  const b = await build(deps, ctx, campaignId, kind, raw);
  const dataVersion = dataVersionOf(b);
  const draft = await draftOf(deps, campaignId, kind, scopeOf(kind, b.params));
  const generated = new Map(narrativeBlocks(b.doc).map((n) => [n.key, n.text]));
  const edits = draft?.sections ?? {};
  const apply = (blocks: DocBlock[]) =>
    blocks.map((x) =>
      x.kind === 'narrative' && edits[x.key] !== undefined ? { ...x, text: edits[x.key] as string } : x,
    );
  const doc = b.doc
    ? {
        ...b.doc,
        blocks: apply(b.doc.blocks),
        annex: b.doc.annex ? { ...b.doc.annex, blocks: apply(b.doc.annex.blocks) } : b.doc.annex,
      }
    : null;
  return { ...b, doc, dataVersion, narrativeVersion: draft?.version ?? 0, generated, edits };
}

export async function preview(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  kind: DocumentKind,
  raw: DocumentParams,
): Promise<DocumentPreview> {
  const p = await prepared(deps, ctx, campaignId, kind, raw);
  return {
    campaignId,
    kind,
    params: p.params,
    title: p.title,
    doc: p.doc,
    ...(p.certificates
      ? {
          certificates: p.certificates.map((v) => ({
            recipient: v.recipient,
            title: v.registry.replace(/^Hình thức:\s*/, ''),
            achievement: v.achievement,
          })),
        }
      : {}),
    narrative: narrativeBlocks(p.doc).map((n) => ({
      key: n.key,
      label: n.label,
      text: n.text,
      generated: p.generated.get(n.key) ?? '',
      edited: p.edits[n.key] !== undefined,
    })),
    narrativeVersion: p.narrativeVersion,
    warnings: [...p.warnings, ...(p.doc ? missingForSigning(p.doc) : [])],
    dataVersion: p.dataVersion,
    formats: [...DOCUMENT_KIND_INFO[kind].formats],
    can: { editNarrative: p.canEditNarrative && narrativeBlocks(p.doc).length > 0, export: true },
  };
}

function missingForSigning(doc: OfficialDocOut): string[] {
  const w: string[] = [];
  if (!doc.signer.name) w.push('Chưa có người ký: khối chữ ký để trống.');
  if (doc.number === null) w.push('Chưa có số văn bản: để trống số để văn thư điền.');
  if (!doc.date) w.push('Chưa có ngày ban hành: để trống ngày.');
  return w;
}

/** Saves the narrative edits (optimistic concurrency on the draft's version); audited with before and after. */
export async function saveNarrative(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  kind: DocumentKind,
  input: NarrativeSave,
): Promise<DocumentPreview> {
  const b = await build(deps, ctx, campaignId, kind, input.params);
  if (!b.canEditNarrative) {
    await recordDenied(deps, ctx, {
      entity: 'document',
      entityId: null,
      unitId: b.unitId ?? b.c.issuingUnitId,
      action: 'document.narrative.save',
    });
    throw new AppError('FORBIDDEN');
  }
  const keys = new Set(narrativeBlocks(b.doc).map((n) => n.key));
  for (const k of Object.keys(input.sections))
    if (!keys.has(k))
      throw new AppError('DOCUMENT_UNKNOWN_SECTION', [
        { path: `sections.${k}`, message: `Không có phần "${k}"` },
      ]);
  const scope = scopeOf(kind, b.params);
  const actor = requireActor(ctx);
  await deps.database.db.transaction(async (tx) => {
    const cur = (
      await tx
        .select()
        .from(documentDrafts)
        .where(
          and(
            eq(documentDrafts.campaignId, campaignId),
            eq(documentDrafts.kind, kind),
            eq(documentDrafts.scope, scope),
          ),
        )
        .for('update')
    )[0];
    if ((cur?.version ?? 0) !== input.version) throw new AppError('CONFLICT_STALE');
    const before = cur?.sections ?? {};
    const after: Record<string, string> = { ...before };
    for (const [k, v] of Object.entries(input.sections)) {
      if (v === null) delete after[k];
      else after[k] = v;
    }
    const now = deps.clock.now().toISOString();
    let id: number;
    if (cur) {
      await tx
        .update(documentDrafts)
        .set({ sections: after, version: cur.version + 1, updatedBy: actor.userId, updatedAt: now })
        .where(eq(documentDrafts.id, cur.id));
      id = cur.id;
    } else {
      const [row] = await tx
        .insert(documentDrafts)
        .values({
          campaignId,
          kind,
          scope,
          sections: after,
          version: 1,
          updatedBy: actor.userId,
          updatedAt: now,
        })
        .returning({ id: documentDrafts.id });
      id = row?.id ?? 0;
    }
    await recordAudit(tx, deps, ctx, {
      entity: 'document_draft',
      entityId: id,
      unitId: b.unitId ?? b.c.issuingUnitId,
      action: 'document.narrative.save',
      before: { kind, scope, sections: before },
      after: { kind, scope, sections: after },
    });
  });
  return preview(deps, ctx, campaignId, kind, input.params);
}

/** Which documents the caller may make for the campaign, with the choices for each parameter. */
export async function catalogue(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
): Promise<DocumentCatalogue> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorizeCampaign(deps, ctx, 'read', c);
  const actor = requireActor(ctx);
  const reader = hasRoleOver(actor, CAMPAIGN_READERS, c.issuingUnitPath);
  const units = (await reportsRepo.reportingUnits(db, [c.id])).filter((u) =>
    canReport(actor, 'read', { unitPath: u.path, issuingUnitPath: c.issuingUnitPath }),
  );
  const periods = campaignPeriods(c);
  const sessions = reader ? (await listSessions(deps, ctx, c.id)).items : [];
  const decisions = reader ? (await listDecisions(deps, ctx, c.id)).items : [];
  // The latest period with a submitted or accepted report, else the latest begun, else the first.
  const withReports = rowsOf<{ period_id: string }>(
    await db.execute(sql`SELECT DISTINCT period_id FROM reports
      WHERE campaign_id = ${c.id} AND status IN ('submitted', 'accepted')`),
  ).map((r) => r.period_id);
  const today = vnDate(deps.clock.now());
  const current =
    [...periods].reverse().find((p) => withReports.includes(p.id)) ??
    [...periods].reverse().find((p) => p.start <= today) ??
    periods[0];
  const own = units.find((u) => hasRoleOver(actor, UNIT_REPORTERS, u.path));
  const unavailable: Partial<Record<DocumentKind, string | null>> = {
    unit_report: units.length ? null : 'Chưa giao chỉ tiêu cho đơn vị nào.',
    ward_report: periods.length ? null : 'Đợt thi đua chưa có kỳ báo cáo.',
    minutes: sessions.length ? null : 'Chưa có phiên họp Hội đồng.',
    decision: decisions.some((d) => d.kind === 'decision') ? null : 'Chưa có quyết định khen thưởng.',
    proposal: decisions.some((d) => d.kind === 'proposal') ? null : 'Chưa có tờ trình đề nghị thành phố.',
    certificates: decisions.some((d) => d.kind === 'decision' && d.items.length)
      ? null
      : 'Chưa có quyết định khen thưởng.',
  };
  const readable = (k: DocumentKind) =>
    k === 'plan'
      ? canCampaign(actor, 'read', c.issuingUnitPath)
      : k === 'unit_report'
        ? units.length > 0
        : reader;
  return {
    campaignId: c.id,
    campaignTitle: c.title,
    kinds: DOCUMENT_KINDS.filter(readable).map((k) => ({
      kind: k,
      label: DOCUMENT_KIND_INFO[k].vi,
      hint: DOCUMENT_KIND_INFO[k].hint,
      params: [...DOCUMENT_KIND_INFO[k].params],
      formats: [...DOCUMENT_KIND_INFO[k].formats],
      available: !unavailable[k],
      unavailableReason: unavailable[k] ?? null,
    })),
    options: {
      periodId: periods.map((p) => ({ value: p.id, label: p.label })),
      unitId: units.map((u) => ({ value: u.unitId, label: u.name })),
      sessionId: sessions.map((s) => ({
        value: s.id,
        label: `${s.title} (${s.meetsOn.split('-').reverse().join('/')})`,
      })),
      decisionId: decisions.map((d) => ({
        value: d.id,
        kind: d.kind,
        label: `${d.kind === 'decision' ? 'Quyết định' : 'Tờ trình'} số ${d.reference} ngày ${d.signedOn.split('-').reverse().join('/')}`,
      })),
    },
    defaults: { periodId: current?.id ?? null, unitId: own?.unitId ?? units[0]?.unitId ?? null },
  };
}
