import {
  type AssignmentBulk,
  childrenSumProblem,
  type Indicator,
  type IndicatorCreate,
  type IndicatorFields,
  type IndicatorUpdate,
  linkProblem,
  targetProblems,
  wouldCycle,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { diffFields, presentIndicator } from '../campaigns/campaigns.present.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import {
  assertEditable,
  authorizeCampaign,
  loadCampaign,
  recordVersion,
} from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { refreshTotals } from '../evaluation/totals.ts';
import { AppError } from '../http/errors.ts';
import * as repo from './indicators.repo.ts';

type Fields = IndicatorFields;

async function present(db: Executor, row: repo.IndicatorRow): Promise<Indicator> {
  const a = await repo.assignmentsOf(db, [row.id]);
  return presentIndicator(row, a.get(row.id) ?? []);
}

/** Every rule an indicator definition must satisfy inside its campaign; throws the first kind of problem found. */
async function validate(
  db: Executor,
  campaign: CampaignRowWithUnit,
  f: Fields,
  selfId: number | null,
): Promise<void> {
  const target = targetProblems(f);
  if (target.length)
    throw new AppError(
      'INDICATOR_TARGET_INVALID',
      target.map((p) => ({ ...p, path: `body.${p.path}` })),
    );

  if (await repo.codeTaken(db, campaign.id, f.code, selfId ?? undefined))
    throw new AppError('INDICATOR_CODE_TAKEN', [
      { path: 'body.code', message: `Mã ${f.code} đã có trong đợt thi đua này` },
    ]);

  const unitIds = [
    ...new Set([...(f.responsibleUnitId ? [f.responsibleUnitId] : []), ...f.coordinatingUnitIds]),
  ];
  const paths = await repo.unitPaths(db, unitIds);
  for (const id of unitIds) {
    if (!paths.get(id)?.startsWith(campaign.issuingUnitPath))
      throw new AppError('INDICATOR_UNIT_OUTSIDE_SCOPE', [
        {
          path: id === f.responsibleUnitId ? 'body.responsibleUnitId' : 'body.coordinatingUnitIds',
          message: `Đơn vị số ${id} không thuộc ${campaign.issuingUnitName}`,
        },
      ]);
  }

  if (f.parentIndicatorId !== null) {
    const parent = await repo.getIndicator(db, f.parentIndicatorId);
    if (!parent || parent.campaignId !== campaign.id)
      throw new AppError('INDICATOR_PARENT_OTHER_CAMPAIGN', [
        { path: 'body.parentIndicatorId', message: 'Chỉ tiêu cha không thuộc đợt thi đua này' },
      ]);
    if (selfId !== null) {
      const all = await repo.listByCampaign(db, campaign.id);
      const parentOf = new Map(all.map((i) => [i.id, i.parentIndicatorId]));
      if (wouldCycle(selfId, f.parentIndicatorId, (id) => parentOf.get(id)))
        throw new AppError('INDICATOR_CYCLE', [
          { path: 'body.parentIndicatorId', message: 'Tạo thành vòng lặp chỉ tiêu cha – con' },
        ]);
    }
    const siblings = (await repo.childrenOf(db, parent.id)).filter((c) => c.id !== selfId);
    const problem = childrenSumProblem(parent.childrenRule as Fields['childrenRule'], parent.targetValue, [
      ...siblings,
      { code: f.code, targetValue: f.targetValue },
    ]);
    if (problem)
      throw new AppError('INDICATOR_CHILDREN_EXCEED', [{ path: 'body.targetValue', message: problem }]);
  }
  if (selfId !== null) {
    const problem = childrenSumProblem(f.childrenRule, f.targetValue, await repo.childrenOf(db, selfId));
    if (problem)
      throw new AppError('INDICATOR_CHILDREN_EXCEED', [{ path: 'body.targetValue', message: problem }]);
  }

  if (f.linkedIndicatorId !== null) {
    const linked = await repo.getIndicator(db, f.linkedIndicatorId);
    if (!linked || campaign.parentCampaignId === null || linked.campaignId !== campaign.parentCampaignId)
      throw new AppError('INDICATOR_LINK_INVALID', [
        { path: 'body.linkedIndicatorId', message: 'Chỉ tiêu liên kết phải thuộc đợt thi đua cấp trên' },
      ]);
    const problem = linkProblem(f, { kind: linked.kind as Fields['kind'] });
    if (problem)
      throw new AppError('INDICATOR_LINK_INVALID', [{ path: 'body.rollupRule', message: problem }]);
  } else if (f.rollupRule !== 'none') {
    throw new AppError('INDICATOR_LINK_INVALID', [
      { path: 'body.rollupRule', message: 'Chỉ chọn cách cộng dồn khi có liên kết tới chỉ tiêu cấp trên' },
    ]);
  }
}

async function editableCampaign(deps: Deps, ctx: RequestContext, campaignId: number) {
  const c = await loadCampaign(deps.database.db, campaignId);
  await authorizeCampaign(deps, ctx, 'edit', c);
  assertEditable(c);
  return c;
}

/** Validates and inserts one indicator (with its version and audit rows) inside the caller's transaction. */
export async function createIndicatorTx(
  tx: Executor,
  deps: Deps,
  ctx: RequestContext,
  c: CampaignRowWithUnit,
  input: IndicatorCreate,
): Promise<Indicator> {
  const at = deps.clock.now().toISOString();
  await validate(tx, c, input, null);
  const row = await repo.insertIndicator(tx, { ...input, campaignId: c.id, createdAt: at, updatedAt: at });
  const out = await present(tx, row);
  await recordVersion(
    tx,
    deps,
    ctx,
    c,
    [{ field: `indicator ${row.code}`, before: null, after: out }],
    null,
    true,
  );
  await recordAudit(tx, deps, ctx, {
    entity: 'indicator',
    entityId: row.id,
    unitId: c.issuingUnitId,
    action: 'indicator.create',
    after: out,
  });
  return out;
}

export async function createIndicator(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: IndicatorCreate,
): Promise<Indicator> {
  const c = await editableCampaign(deps, ctx, campaignId);
  return deps.database.db.transaction((tx) => createIndicatorTx(tx, deps, ctx, c, input));
}

async function loadIndicator(db: Executor, id: number): Promise<repo.IndicatorRow> {
  const row = await repo.getIndicator(db, id);
  if (!row) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có chỉ tiêu số ${id}` }]);
  return row;
}

export async function updateIndicator(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: IndicatorUpdate,
): Promise<Indicator> {
  const current = await loadIndicator(deps.database.db, id);
  const c = await editableCampaign(deps, ctx, current.campaignId);
  const { version, ...patch } = input;
  const merged = { ...presentIndicator(current, []), ...patch } as Fields;
  const at = deps.clock.now().toISOString();
  return deps.database.db.transaction(async (tx) => {
    await validate(tx, c, merged, id);
    const row = await repo.updateIndicator(tx, id, version, patch, at);
    if (!row) throw new AppError('CONFLICT_STALE');
    const changes = diffFields(
      current as unknown as Record<string, unknown>,
      patch as Record<string, unknown>,
      `indicator ${current.code}.`,
    );
    await recordVersion(tx, deps, ctx, c, changes, null, true);
    await recordAudit(tx, deps, ctx, {
      entity: 'indicator',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'indicator.update',
      before: Object.fromEntries(changes.map((x) => [x.field, x.before])),
      after: Object.fromEntries(changes.map((x) => [x.field, x.after])),
    });
    return present(tx, row);
  });
}

/** Only in a draft: once launched an indicator may carry data and stays (edit it, or weight it 0). */
export async function deleteIndicator(deps: Deps, ctx: RequestContext, id: number): Promise<void> {
  const current = await loadIndicator(deps.database.db, id);
  const c = await editableCampaign(deps, ctx, current.campaignId);
  if (c.status !== 'draft') throw new AppError('INDICATOR_DELETE_LAUNCHED');
  await deps.database.db.transaction(async (tx) => {
    const children = await repo.childrenOf(tx, id);
    if (children.length)
      throw new AppError('INDICATOR_HAS_CHILDREN', [
        { path: 'id', message: `Chỉ tiêu con: ${children.map((x) => x.code).join(', ')}` },
      ]);
    if ((await repo.countLinkedFrom(tx, id)) > 0)
      throw new AppError('INDICATOR_HAS_CHILDREN', [
        { path: 'id', message: 'Có chỉ tiêu của đợt thi đua cấp dưới liên kết tới chỉ tiêu này' },
      ]);
    const before = await present(tx, current);
    await repo.deleteIndicator(tx, id);
    await recordAudit(tx, deps, ctx, {
      entity: 'indicator',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'indicator.delete',
      before,
    });
  });
}

/** Adds or removes many indicator × unit pairs at once; every unit must lie inside the issuing unit. */
export async function bulkAssign(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: AssignmentBulk,
): Promise<{ changed: number; indicators: Indicator[] }> {
  const c = await editableCampaign(deps, ctx, campaignId);
  const db = deps.database.db;
  const inds = await repo.getIndicators(db, input.indicatorIds);
  const foreign = input.indicatorIds.filter(
    (id) => !inds.some((i) => i.id === id && i.campaignId === campaignId),
  );
  if (foreign.length)
    throw new AppError('NOT_FOUND', [
      { path: 'body.indicatorIds', message: `Chỉ tiêu không thuộc đợt thi đua: ${foreign.join(', ')}` },
    ]);
  const paths = await repo.unitPaths(db, input.unitIds);
  const outside = input.unitIds.filter((id) => !paths.get(id)?.startsWith(c.issuingUnitPath));
  if (outside.length)
    throw new AppError('INDICATOR_UNIT_OUTSIDE_SCOPE', [
      { path: 'body.unitIds', message: `Đơn vị không thuộc ${c.issuingUnitName}: ${outside.join(', ')}` },
    ]);
  return db.transaction(async (tx) => {
    const changed =
      input.mode === 'add'
        ? await repo.addAssignments(
            tx,
            input.indicatorIds.flatMap((indicatorId) =>
              input.unitIds.map((unitId) => ({ indicatorId, unitId })),
            ),
          )
        : await repo.removeAssignments(tx, input.indicatorIds, input.unitIds);
    // Who is assigned decides whose values count in the dashboards' summary.
    if (changed) await refreshTotals(tx, campaignId);
    const codes = inds.map((i) => i.code);
    await recordVersion(
      tx,
      deps,
      ctx,
      c,
      changed
        ? [
            {
              field: `assignments ${input.mode}`,
              before: null,
              after: { indicators: codes, unitIds: input.unitIds },
            },
          ]
        : [],
      null,
      true,
    );
    await recordAudit(tx, deps, ctx, {
      entity: 'campaign',
      entityId: campaignId,
      unitId: c.issuingUnitId,
      action: `indicator.assign_${input.mode}`,
      after: { indicators: codes, unitIds: input.unitIds, changed },
    });
    const assigned = await repo.assignmentsOf(tx, input.indicatorIds);
    return { changed, indicators: inds.map((i) => presentIndicator(i, assigned.get(i.id) ?? [])) };
  });
}
