/**
 * The registry of advanced examples (điển hình tiên tiến, mô hình mới, cách làm hay): discovered, nurtured and
 * replicated, with the units that replicated them; a nomination can cite one.
 */
import type { AdvancedExample, ExampleCreate, ExampleUpdate } from '@thidua/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import { advancedExamples, nominations, orgUnits } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { getUnit } from '../org/org.repo.ts';
import * as repo from './nominations.repo.ts';
import { can } from './rewards.policy.ts';

type Row = typeof advancedExamples.$inferSelect;

async function present(db: Executor, rows: Row[]): Promise<AdvancedExample[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.unitId, ...r.replicatedUnitIds]))];
  const names = await repo.unitNames(db, ids);
  const cited = rows.length
    ? await db
        .select({ id: nominations.exampleId, n: sql<number>`count(*)::int` })
        .from(nominations)
        .where(sql`${nominations.exampleId} IS NOT NULL`)
        .groupBy(nominations.exampleId)
    : [];
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: names.get(r.unitId)?.name ?? '',
    campaignId: r.campaignId,
    title: r.title,
    field: r.field,
    description: r.description,
    stage: r.stage as AdvancedExample['stage'],
    replicatedUnits: r.replicatedUnitIds.map((id) => ({ id, name: names.get(id)?.name ?? '' })),
    nominations: Number(cited.find((c) => c.id === r.id)?.n ?? 0),
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

/** Examples of the units the actor can see (every unit under one of their roles), or of one unit's subtree. */
export async function listExamples(
  deps: Deps,
  ctx: RequestContext,
  q: { unitId?: number; campaignId?: number },
) {
  const db = deps.database.db;
  const actor = requireActor(ctx);
  let roots = actor.grants.map((g) => g.unitPath);
  if (q.unitId !== undefined) {
    const u = await getUnit(db, q.unitId);
    if (!u) throw new AppError('NOT_FOUND', [{ path: 'querystring.unitId', message: 'Không có đơn vị này' }]);
    roots = roots.some((r) => u.path.startsWith(r)) ? [u.path] : [];
  }
  if (!roots.length) return { items: [] };
  const rows = await db
    .select({ e: advancedExamples })
    .from(advancedExamples)
    .innerJoin(orgUnits, eq(orgUnits.id, advancedExamples.unitId))
    .where(
      and(
        sql`(${sql.join(
          roots.map((r) => sql`${orgUnits.path} LIKE ${`${r}%`}`),
          sql` OR `,
        )})`,
        q.campaignId !== undefined ? eq(advancedExamples.campaignId, q.campaignId) : undefined,
      ),
    )
    .orderBy(desc(advancedExamples.updatedAt));
  return {
    items: await present(
      db,
      rows.map((r) => r.e),
    ),
  };
}

async function checkUnits(db: Executor, ids: number[], under: string) {
  const names = await repo.unitNames(db, ids);
  const bad = ids.filter((id) => !names.get(id)?.path.startsWith(under));
  if (bad.length)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.replicatedUnitIds', message: `Đơn vị không thuộc phạm vi: ${bad.join(', ')}` },
    ]);
}

/** An example belongs to a campaign of its own ward (or above): not to another ward's campaign. */
async function checkCampaign(db: Executor, campaignId: number | null, u: { path: string }) {
  if (campaignId === null) return;
  const c = await loadCampaign(db, campaignId).catch(() => null);
  if (!c || !u.path.startsWith(c.issuingUnitPath))
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.campaignId', message: 'Đơn vị không thuộc phạm vi của đợt thi đua này' },
    ]);
}

/** Wards register examples of their units; a unit registers its own. */
async function authorize(
  deps: Deps,
  ctx: RequestContext,
  unit: { id: number; path: string },
  action: string,
) {
  if (can(requireActor(ctx), 'propose', { issuingUnitPath: unit.path, proposerUnitPath: unit.path })) return;
  await recordDenied(deps, ctx, { entity: 'advanced_example', entityId: null, unitId: unit.id, action });
  throw new AppError('FORBIDDEN');
}

export async function createExample(deps: Deps, ctx: RequestContext, input: ExampleCreate) {
  const db = deps.database.db;
  const u = await getUnit(db, input.unitId);
  if (!u) throw new AppError('VALIDATION_FAILED', [{ path: 'body.unitId', message: 'Không có đơn vị này' }]);
  await authorize(deps, ctx, u, 'example.create');
  await checkCampaign(db, input.campaignId ?? null, u);
  const ward = u.path.split('/').filter(Boolean).slice(0, 2);
  await checkUnits(db, input.replicatedUnitIds, `/${ward.join('/')}/`);
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  const id = await db.transaction(async (tx) => {
    const r = await tx
      .insert(advancedExamples)
      .values({ ...input, createdBy: actor.userId, createdAt: at, updatedAt: at })
      .returning({ id: advancedExamples.id });
    const eid = Number(r[0]?.id);
    await recordAudit(tx, deps, ctx, {
      entity: 'advanced_example',
      entityId: eid,
      unitId: u.id,
      action: 'example.create',
      after: input,
    });
    return eid;
  });
  const row = (await db.select().from(advancedExamples).where(eq(advancedExamples.id, id)))[0] as Row;
  return (await present(db, [row]))[0] as AdvancedExample;
}

export async function updateExample(deps: Deps, ctx: RequestContext, id: number, input: ExampleUpdate) {
  const db = deps.database.db;
  const e = (await db.select().from(advancedExamples).where(eq(advancedExamples.id, id)))[0];
  if (!e) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có điển hình số ${id}` }]);
  const u = await getUnit(db, e.unitId);
  if (!u) throw new AppError('NOT_FOUND');
  await authorize(deps, ctx, u, 'example.update');
  if (e.version !== input.version) throw new AppError('CONFLICT_STALE');
  const { version, ...fields } = input;
  if ('campaignId' in fields) await checkCampaign(db, fields.campaignId ?? null, u);
  if (fields.replicatedUnitIds) {
    const ward = u.path.split('/').filter(Boolean).slice(0, 2);
    await checkUnits(db, fields.replicatedUnitIds, `/${ward.join('/')}/`);
  }
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const r = await tx
      .update(advancedExamples)
      .set({ ...fields, version: version + 1, updatedAt: at })
      .where(and(eq(advancedExamples.id, id), eq(advancedExamples.version, version)))
      .returning({ id: advancedExamples.id });
    if (!r.length) throw new AppError('CONFLICT_STALE');
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(fields)) before[k] = (e as Record<string, unknown>)[k];
    await recordAudit(tx, deps, ctx, {
      entity: 'advanced_example',
      entityId: id,
      unitId: u.id,
      action: 'example.update',
      before,
      after: fields,
    });
  });
  const row = (await db.select().from(advancedExamples).where(eq(advancedExamples.id, id)))[0] as Row;
  return (await present(db, [row]))[0] as AdvancedExample;
}
