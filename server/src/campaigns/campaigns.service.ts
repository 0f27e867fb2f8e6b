import {
  CAMPAIGN_TRANSITIONS,
  type Campaign,
  type CampaignAction,
  type CampaignCreate,
  type CampaignSummary,
  type CampaignUpdate,
  wouldCycle,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { getUnit } from '../org/org.repo.ts';
import { toIso } from '../util/time.ts';
import { type CampaignPolicyAction, can, readableRoots } from './campaigns.policy.ts';
import { diffFields, presentCampaign, presentIndicator, presentSummary } from './campaigns.present.ts';
import * as repo from './campaigns.repo.ts';

type Row = repo.CampaignRowWithUnit;

export async function authorizeCampaign(
  deps: Deps,
  ctx: RequestContext,
  action: CampaignPolicyAction,
  c: { id: number | null; issuingUnitId: number; issuingUnitPath: string },
) {
  const actor = requireActor(ctx);
  if (can(actor, action, c.issuingUnitPath)) return;
  await recordDenied(deps, ctx, {
    entity: 'campaign',
    entityId: c.id,
    unitId: c.issuingUnitId,
    action: `campaign.${action}`,
  });
  throw new AppError('FORBIDDEN');
}

export async function loadCampaign(db: Executor, id: number): Promise<Row> {
  const c = await repo.getCampaign(db, id);
  if (!c) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có đợt thi đua số ${id}` }]);
  return c;
}

export function assertEditable(c: { status: string }): void {
  if (c.status === 'closed') throw new AppError('CAMPAIGN_CLOSED');
}

/**
 * Records what changed in a launched campaign (drafts are tracked by the audit trail alone). Changes made outside
 * the campaign row itself (indicators, assignments) pass `bump` so the campaign's version moves on and every history
 * entry has its own number.
 */
export async function recordVersion(
  tx: Executor,
  deps: Deps,
  ctx: RequestContext,
  c: { id: number; status: string; version: number },
  changes: { field: string; before: unknown; after: unknown }[],
  note?: string | null,
  bump = false,
): Promise<void> {
  if (c.status === 'draft' || changes.length === 0) return;
  const at = deps.clock.now().toISOString();
  const version = bump ? await repo.bumpVersion(tx, c.id, at) : c.version;
  await repo.insertVersion(tx, {
    campaignId: c.id,
    version,
    at,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor ? `${ctx.actor.fullName} (${ctx.actor.username})` : null,
    note: note ?? null,
    changes,
  });
}

function checkDates(f: { startsOn?: string | null; endsOn?: string | null; reportDeadline?: string | null }) {
  const issues = [];
  if (f.startsOn && f.endsOn && f.endsOn < f.startsOn)
    issues.push({ path: 'body.endsOn', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  if (f.reportDeadline && f.startsOn && f.reportDeadline < f.startsOn)
    issues.push({ path: 'body.reportDeadline', message: 'Hạn báo cáo phải sau ngày bắt đầu' });
  if (issues.length) throw new AppError('CAMPAIGN_DATES', issues);
}

/** A sub-campaign's parent must exist, be readable, not be itself or below itself, and sit above its issuing unit. */
async function checkParent(
  deps: Deps,
  ctx: RequestContext,
  selfId: number | null,
  parentId: number | null,
  issuingPath: string,
) {
  if (parentId === null) return;
  const db = deps.database.db;
  const parent = await repo.getCampaign(db, parentId);
  if (!parent)
    throw new AppError('NOT_FOUND', [
      { path: 'body.parentCampaignId', message: 'Không có đợt thi đua cấp trên này' },
    ]);
  await authorizeCampaign(deps, ctx, 'read', parent);
  if (selfId !== null) {
    const parents = await repo.parentMap(db);
    if (wouldCycle(selfId, parentId, (id) => parents.get(id)))
      throw new AppError('CAMPAIGN_CYCLE', [
        { path: 'body.parentCampaignId', message: 'Tạo thành vòng lặp giữa các đợt thi đua' },
      ]);
  }
  if (!issuingPath.startsWith(parent.issuingUnitPath))
    throw new AppError('CAMPAIGN_PARENT_SCOPE', [
      { path: 'body.parentCampaignId', message: `Đợt cấp trên do ${parent.issuingUnitName} ban hành` },
    ]);
}

export async function listCampaigns(
  deps: Deps,
  ctx: RequestContext,
  q: { q?: string; status?: string; issuingUnitId?: number; year?: number },
): Promise<CampaignSummary[]> {
  const actor = requireActor(ctx);
  const rows = await repo.listCampaigns(deps.database.db, { roots: readableRoots(actor), ...q });
  return rows.map(presentSummary);
}

export async function fullCampaign(db: Executor, c: Row): Promise<Campaign> {
  const inds = await indicatorRepo.listByCampaign(db, c.id);
  const assigned = await indicatorRepo.assignmentsOf(
    db,
    inds.map((i) => i.id),
  );
  const parent = c.parentCampaignId ? await repo.getCampaign(db, c.parentCampaignId) : undefined;
  const subs = await repo.subCampaigns(db, c.id);
  const unitIds = new Set<number>([c.issuingUnitId]);
  for (const i of inds) {
    if (i.responsibleUnitId) unitIds.add(i.responsibleUnitId);
    for (const u of i.coordinatingUnitIds) unitIds.add(u);
    for (const u of assigned.get(i.id) ?? []) unitIds.add(u);
  }
  const units = await indicatorRepo.unitsByIds(db, [...unitIds]);
  return presentCampaign(c, {
    indicators: inds.map((i) => presentIndicator(i, assigned.get(i.id) ?? [])),
    parentCampaignTitle: parent ? parent.title : null,
    subCampaigns: subs.map((s) => ({ ...s, status: s.status as Campaign['status'] })),
    units,
  });
}

export async function getCampaign(deps: Deps, ctx: RequestContext, id: number): Promise<Campaign> {
  const c = await loadCampaign(deps.database.db, id);
  await authorizeCampaign(deps, ctx, 'read', c);
  return fullCampaign(deps.database.db, c);
}

/** Checks done before a campaign is created: the unit exists, the caller may create there, dates, parent. */
export async function prepareCreate(deps: Deps, ctx: RequestContext, input: CampaignCreate) {
  const unit = await getUnit(deps.database.db, input.issuingUnitId);
  if (!unit)
    throw new AppError('NOT_FOUND', [{ path: 'body.issuingUnitId', message: 'Không có đơn vị này' }]);
  await authorizeCampaign(deps, ctx, 'create', {
    id: null,
    issuingUnitId: unit.id,
    issuingUnitPath: unit.path,
  });
  checkDates(input);
  await checkParent(deps, ctx, null, input.parentCampaignId, unit.path);
  return unit;
}

/** Inserts a draft campaign and its audit row inside the caller's transaction. */
export async function insertCampaignTx(
  tx: Executor,
  deps: Deps,
  ctx: RequestContext,
  input: CampaignCreate,
  unitId: number,
): Promise<Row> {
  const at = deps.clock.now().toISOString();
  const id = await repo.insertCampaign(tx, { ...input, status: 'draft', createdAt: at, updatedAt: at });
  const row = await loadCampaign(tx, id);
  const { indicators: _i, subCampaigns: _s, ...snapshot } = await fullCampaign(tx, row);
  await recordAudit(tx, deps, ctx, {
    entity: 'campaign',
    entityId: id,
    unitId,
    action: 'campaign.create',
    after: snapshot,
  });
  return row;
}

export async function createCampaign(
  deps: Deps,
  ctx: RequestContext,
  input: CampaignCreate,
): Promise<Campaign> {
  const unit = await prepareCreate(deps, ctx, input);
  return deps.database.db.transaction(async (tx) =>
    fullCampaign(tx, await insertCampaignTx(tx, deps, ctx, input, unit.id)),
  );
}

export async function updateCampaign(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: CampaignUpdate,
): Promise<Campaign> {
  const db = deps.database.db;
  const c = await loadCampaign(db, id);
  await authorizeCampaign(deps, ctx, 'edit', c);
  assertEditable(c);
  const { version, changeNote, ...set } = input;
  checkDates({
    startsOn: set.startsOn !== undefined ? set.startsOn : c.startsOn,
    endsOn: set.endsOn !== undefined ? set.endsOn : c.endsOn,
    reportDeadline: set.reportDeadline !== undefined ? set.reportDeadline : c.reportDeadline,
  });
  if (set.parentCampaignId !== undefined && set.parentCampaignId !== c.parentCampaignId)
    await checkParent(deps, ctx, id, set.parentCampaignId, c.issuingUnitPath);
  const at = deps.clock.now().toISOString();
  return db.transaction(async (tx) => {
    const changes = diffFields(c as unknown as Record<string, unknown>, set as Record<string, unknown>);
    if (!(await repo.updateCampaign(tx, id, version, set, at))) throw new AppError('CONFLICT_STALE');
    await recordVersion(tx, deps, ctx, { ...c, version: version + 1 }, changes, changeNote);
    await recordAudit(tx, deps, ctx, {
      entity: 'campaign',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'campaign.update',
      before: Object.fromEntries(changes.map((x) => [x.field, x.before])),
      after: {
        ...Object.fromEntries(changes.map((x) => [x.field, x.after])),
        changeNote: changeNote ?? null,
      },
    });
    return fullCampaign(tx, await loadCampaign(tx, id));
  });
}

/** Launch, close or reopen, by the transition table; launching needs a time frame and at least one indicator. */
export async function transition(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  action: CampaignAction,
  input: { version: number; reason?: string },
): Promise<Campaign> {
  const db = deps.database.db;
  const c = await loadCampaign(db, id);
  await authorizeCampaign(deps, ctx, 'read', c);
  const t = CAMPAIGN_TRANSITIONS.find((x) => x.action === action && x.from === c.status);
  if (!t)
    throw new AppError('CAMPAIGN_BAD_TRANSITION', [
      { path: 'status', message: `Trạng thái hiện tại: ${c.status}` },
    ]);
  await authorizeCampaign(deps, ctx, action, c);
  if (action === 'launch') {
    const missing = [];
    if (!c.startsOn) missing.push({ path: 'startsOn', message: 'Chưa có ngày bắt đầu' });
    if (!c.endsOn) missing.push({ path: 'endsOn', message: 'Chưa có ngày kết thúc' });
    if ((await repo.countIndicators(db, id)) === 0)
      missing.push({ path: 'indicators', message: 'Chưa có chỉ tiêu nào' });
    if (missing.length) throw new AppError('CAMPAIGN_NOT_READY', missing);
  }
  const at = deps.clock.now().toISOString();
  return db.transaction(async (tx) => {
    const set = {
      status: t.to,
      ...(action === 'launch' ? { launchedAt: at } : {}),
      ...(action === 'close' ? { closedAt: at } : {}),
      ...(action === 'reopen' ? { closedAt: null } : {}),
    };
    if (!(await repo.updateCampaign(tx, id, input.version, set, at))) throw new AppError('CONFLICT_STALE');
    await recordVersion(
      tx,
      deps,
      ctx,
      { id, status: t.to, version: input.version + 1 },
      [{ field: 'status', before: c.status, after: t.to }],
      input.reason,
    );
    await recordAudit(tx, deps, ctx, {
      entity: 'campaign',
      entityId: id,
      unitId: c.issuingUnitId,
      action: `campaign.${action}`,
      before: { status: c.status },
      after: { status: t.to, reason: input.reason ?? null },
    });
    return fullCampaign(tx, await loadCampaign(tx, id));
  });
}

export async function listVersions(deps: Deps, ctx: RequestContext, id: number) {
  const c = await loadCampaign(deps.database.db, id);
  await authorizeCampaign(deps, ctx, 'read', c);
  const rows = await repo.listVersions(deps.database.db, id);
  return rows.map((r) => ({
    version: r.version,
    at: toIso(r.at),
    actorName: r.actorName,
    note: r.note,
    changes: r.changes,
  }));
}
