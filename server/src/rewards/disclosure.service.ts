/**
 * Public disclosure (công khai): the office publishes the nominees the council approved for a period; anyone,
 * without signing in, reads them and may send an objection (no captcha, limited per address, contact optional);
 * the office resolves each objection with a reason — an upheld one refuses the nomination.
 */
import { createHash } from 'node:crypto';
import {
  type Disclosure,
  type DisclosureCreate,
  type Objection,
  type ObjectionCreate,
  type PublicDisclosure,
  vnDate,
} from '@thidua/shared';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import { disclosureItems, disclosures, objections, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { RateWindow } from '../util/rate-window.ts';
import * as repo from './nominations.repo.ts';
import { requireRewards } from './rewards.policy.ts';

/** Objections per client address: 5 within 10 minutes. */
const limiters = new WeakMap<Deps, RateWindow>();
const limiterOf = (deps: Deps) => {
  let l = limiters.get(deps);
  if (!l) {
    l = new RateWindow(deps.clock, 5, 10 * 60_000);
    limiters.set(deps, l);
  }
  return l;
};

type DisclosureRow = typeof disclosures.$inferSelect;

const authorizeOffice = (deps: Deps, ctx: RequestContext, c: CampaignRowWithUnit, id: number | null) =>
  requireRewards(deps, ctx, 'check', c, { entity: 'disclosure', entityId: id, action: 'disclosure.manage' });

/** Name, unit and award of nominations, for the public list and the office. */
export async function nomineesOf(db: Executor, noms: repo.NominationRow[]) {
  const people = await repo.personNames(
    db,
    noms.flatMap((n) => (n.personId ? [n.personId] : [])),
  );
  const units = await repo.unitNames(
    db,
    noms.flatMap((n) => (n.nomineeUnitId ? [n.nomineeUnitId] : [])),
  );
  const awards = new Map((await repo.listAwardTypes(db)).map((a) => [a.id, a]));
  return noms.map((n) => {
    const p = n.personId ? people.get(n.personId) : undefined;
    const u = n.nomineeUnitId ? units.get(n.nomineeUnitId) : undefined;
    const a = awards.get(n.awardTypeId);
    return {
      n,
      nominationId: n.id,
      subject: n.subject as 'collective' | 'individual',
      name: p?.fullName ?? u?.name ?? '',
      unitName: p?.unitName ?? u?.name ?? '',
      awardName: a?.name ?? '',
      award: a,
      achievement: n.achievement,
    };
  });
}

const isOpen = (d: DisclosureRow, today: string) => d.startsOn <= today && today <= d.endsOn;

async function itemsOf(db: Executor, d: DisclosureRow) {
  const ids = (await db.select().from(disclosureItems).where(eq(disclosureItems.disclosureId, d.id))).map(
    (r) => r.nominationId,
  );
  return nomineesOf(db, await repo.nominationsOf(db, d.campaignId, ids));
}

export async function createDisclosure(
  deps: Deps,
  ctx: RequestContext,
  input: DisclosureCreate,
): Promise<Disclosure> {
  const db = deps.database.db;
  const c = await loadCampaign(db, input.campaignId);
  await authorizeOffice(deps, ctx, c, null);
  if (input.endsOn < input.startsOn)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.endsOn', message: 'Ngày kết thúc trước ngày bắt đầu' },
    ]);
  const ids = [...new Set(input.nominationIds)];
  const noms = await repo.nominationsOf(db, c.id, ids);
  const bad = ids.filter((id) => noms.find((n) => n.id === id)?.status !== 'approved');
  if (bad.length)
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'body.nominationIds',
        message: `Chỉ công khai hồ sơ Hội đồng đã thống nhất đề nghị; không hợp lệ: ${bad.join(', ')}`,
      },
    ]);
  const actor = requireActor(ctx);
  const id = await db.transaction(async (tx) => {
    const r = await tx
      .insert(disclosures)
      .values({
        campaignId: c.id,
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: actor.userId,
        createdAt: deps.clock.now().toISOString(),
      })
      .returning({ id: disclosures.id });
    const did = Number(r[0]?.id);
    await tx.insert(disclosureItems).values(ids.map((nominationId) => ({ disclosureId: did, nominationId })));
    await recordAudit(tx, deps, ctx, {
      entity: 'disclosure',
      entityId: did,
      unitId: c.issuingUnitId,
      action: 'disclosure.create',
      after: input,
    });
    return did;
  });
  return getDisclosure(deps, ctx, id);
}

async function objectionsOf(db: Executor, where: ReturnType<typeof eq>) {
  const rows = await db
    .select({ o: objections, resolvedBy: users.fullName })
    .from(objections)
    .leftJoin(users, eq(users.id, objections.resolvedBy))
    .where(where)
    .orderBy(desc(objections.id));
  return rows;
}

function presentObjection(
  r: { o: typeof objections.$inferSelect; resolvedBy: string | null },
  names: Map<number, string>,
): Objection {
  return {
    id: r.o.id,
    disclosureId: r.o.disclosureId,
    nominationId: r.o.nominationId,
    nomineeName: names.get(r.o.nominationId) ?? '',
    content: r.o.content,
    contact: r.o.contact,
    status: r.o.status as Objection['status'],
    resolution: r.o.resolution,
    resolvedBy: r.resolvedBy,
    resolvedAt: r.o.resolvedAt ? new Date(r.o.resolvedAt).toISOString() : null,
    createdAt: new Date(r.o.createdAt).toISOString(),
  };
}

async function presentDisclosure(deps: Deps, d: DisclosureRow): Promise<Disclosure> {
  const db = deps.database.db;
  const today = vnDate(deps.clock.now());
  const items = await itemsOf(db, d);
  const objs = await objectionsOf(db, eq(objections.disclosureId, d.id));
  const names = new Map(items.map((i) => [i.nominationId, i.name]));
  return {
    id: d.id,
    campaignId: d.campaignId,
    title: d.title,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    open: isOpen(d, today),
    ended: today > d.endsOn,
    publicUrl: `/cong-khai/${d.id}`,
    items: items.map((i) => ({
      nominationId: i.nominationId,
      subject: i.subject,
      name: i.name,
      unitName: i.unitName,
      awardName: i.awardName,
      achievement: i.achievement,
      status: i.n.status as Disclosure['items'][number]['status'],
      openObjections: objs.filter((o) => o.o.nominationId === i.nominationId && o.o.status === 'open').length,
    })),
    objections: objs.map((o) => presentObjection(o, names)),
  };
}

async function loadDisclosure(db: Executor, id: number) {
  const d = (await db.select().from(disclosures).where(eq(disclosures.id, id)))[0];
  if (!d) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có đợt công khai số ${id}` }]);
  return d;
}

export async function getDisclosure(deps: Deps, ctx: RequestContext, id: number): Promise<Disclosure> {
  const db = deps.database.db;
  const d = await loadDisclosure(db, id);
  const c = await loadCampaign(db, d.campaignId);
  await requireRewards(deps, ctx, 'read', c, {
    entity: 'disclosure',
    entityId: id,
    action: 'disclosure.read',
  });
  return presentDisclosure(deps, d);
}

export async function listDisclosures(deps: Deps, ctx: RequestContext, campaignId: number) {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await requireRewards(deps, ctx, 'read', c, {
    entity: 'campaign',
    entityId: c.id,
    action: 'disclosure.read',
  });
  const rows = await db
    .select()
    .from(disclosures)
    .where(eq(disclosures.campaignId, c.id))
    .orderBy(desc(disclosures.id));
  const items = [];
  for (const d of rows) items.push(await presentDisclosure(deps, d));
  return { items };
}

async function publicView(deps: Deps, d: DisclosureRow): Promise<PublicDisclosure> {
  const db = deps.database.db;
  const c = await loadCampaign(db, d.campaignId);
  const items = await itemsOf(db, d);
  return {
    id: d.id,
    title: d.title,
    issuer: c.issuingUnitName,
    campaignTitle: c.title,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    open: isOpen(d, vnDate(deps.clock.now())),
    items: items.map((i) => ({
      nominationId: i.nominationId,
      subject: i.subject,
      name: i.name,
      unitName: i.unitName,
      awardName: i.awardName,
      achievement: i.achievement,
    })),
  };
}

/** Public: a disclosure that has started (a future one is not public yet: 404, like an unknown one). */
export async function publicDisclosure(deps: Deps, id: number): Promise<PublicDisclosure> {
  const db = deps.database.db;
  const d = (await db.select().from(disclosures).where(eq(disclosures.id, id)))[0];
  if (!d || d.startsOn > vnDate(deps.clock.now())) throw new AppError('NOT_FOUND');
  return publicView(deps, d);
}

/** Public: disclosures open now or ended within the last 90 days. */
export async function publicDisclosures(deps: Deps) {
  const db = deps.database.db;
  const today = vnDate(deps.clock.now());
  const rows = await db
    .select({
      d: disclosures,
      n: sql<number>`(SELECT count(*)::int FROM disclosure_items i WHERE i.disclosure_id = ${disclosures.id})`,
    })
    .from(disclosures)
    .where(and(sql`${disclosures.startsOn} <= ${today}`, sql`${disclosures.endsOn} >= (${today}::date - 90)`))
    .orderBy(desc(disclosures.startsOn));
  const items = [];
  for (const r of rows) {
    const { items: _i, ...v } = await publicView(deps, r.d);
    items.push({ ...v, nominees: Number(r.n) });
  }
  return { items };
}

export async function createObjection(deps: Deps, ctx: RequestContext, id: number, input: ObjectionCreate) {
  const db = deps.database.db;
  const d = (await db.select().from(disclosures).where(eq(disclosures.id, id)))[0];
  const today = vnDate(deps.clock.now());
  if (!d || d.startsOn > today) throw new AppError('NOT_FOUND');
  if (!isOpen(d, today)) throw new AppError('DISCLOSURE_CLOSED');
  const listed = (
    await db
      .select()
      .from(disclosureItems)
      .where(and(eq(disclosureItems.disclosureId, id), eq(disclosureItems.nominationId, input.nominationId)))
  )[0];
  if (!listed)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.nominationId', message: 'Không có người (tập thể) này trong danh sách công khai' },
    ]);
  const ip = ctx.ip ?? 'unknown';
  const wait = limiterOf(deps).hit(`objection:${ip}`);
  if (wait > 0)
    throw new AppError('RATE_LIMITED', [{ path: 'retryAfter', message: `Thử lại sau ${wait} giây` }]);
  // The address is kept only as a salted hash (to spot floods), never in clear.
  const sourceHash = createHash('sha256').update(`thidua-objection:${ip}`).digest('hex');
  const c = await loadCampaign(db, d.campaignId);
  const oid = await db.transaction(async (tx) => {
    const r = await tx
      .insert(objections)
      .values({
        disclosureId: id,
        nominationId: input.nominationId,
        content: input.content,
        contact: input.contact ?? null,
        sourceHash,
        createdAt: deps.clock.now().toISOString(),
      })
      .returning({ id: objections.id });
    const newId = Number(r[0]?.id);
    await recordAudit(tx, deps, ctx, {
      entity: 'objection',
      entityId: newId,
      unitId: c.issuingUnitId,
      action: 'objection.create',
      after: { disclosureId: id, nominationId: input.nominationId, contactGiven: !!input.contact },
    });
    return newId;
  });
  return {
    id: oid,
    message:
      'Đã tiếp nhận ý kiến của bạn. Văn phòng Hội đồng Thi đua – Khen thưởng sẽ xem xét và giải quyết trước khi ra quyết định.',
  };
}

export async function resolveObjection(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: { status: 'upheld' | 'dismissed'; resolution: string },
): Promise<Objection> {
  const db = deps.database.db;
  const o = (await db.select().from(objections).where(eq(objections.id, id)))[0];
  if (!o) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có ý kiến số ${id}` }]);
  const d = await loadDisclosure(db, o.disclosureId);
  const c = await loadCampaign(db, d.campaignId);
  await authorizeOffice(deps, ctx, c, d.id);
  if (o.status !== 'open') throw new AppError('OBJECTION_RESOLVED');
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    await tx
      .update(objections)
      .set({ status: input.status, resolution: input.resolution, resolvedBy: actor.userId, resolvedAt: at })
      .where(and(eq(objections.id, id), eq(objections.status, 'open')));
    await recordAudit(tx, deps, ctx, {
      entity: 'objection',
      entityId: id,
      unitId: c.issuingUnitId,
      action: `objection.${input.status}`,
      before: { status: 'open' },
      after: input,
    });
    if (input.status === 'upheld') {
      const n = await repo.getNomination(tx, o.nominationId);
      if (n && n.status === 'approved') {
        const reason = `Ý kiến phản ánh được xác minh đúng: ${input.resolution}`;
        if (
          !(await repo.updateNomination(tx, n.id, n.version, {
            status: 'not_approved',
            statusReason: reason,
            updatedAt: at,
          }))
        )
          throw new AppError('CONFLICT_STALE');
        await recordAudit(tx, deps, ctx, {
          entity: 'nomination',
          entityId: n.id,
          unitId: n.proposerUnitId,
          action: 'nomination.reject',
          before: { status: n.status },
          after: { status: 'not_approved', reason },
        });
      }
    }
  });
  const rows = await objectionsOf(db, eq(objections.id, id));
  const names = new Map(
    (await nomineesOf(db, await repo.nominationsOf(db, c.id, [o.nominationId]))).map((x) => [
      x.nominationId,
      x.name,
    ]),
  );
  return presentObjection(rows[0] as (typeof rows)[number], names);
}

/** For the decision: open objections and the disclosure state of some nominations. */
export async function disclosureStateOf(db: Executor, nominationIds: number[]) {
  if (!nominationIds.length) return new Map<number, { ended: string | null; open: number }>();
  const items = await db
    .select({ nominationId: disclosureItems.nominationId, endsOn: disclosures.endsOn })
    .from(disclosureItems)
    .innerJoin(disclosures, eq(disclosures.id, disclosureItems.disclosureId))
    .where(inArray(disclosureItems.nominationId, nominationIds));
  const open = await db
    .select({ nominationId: objections.nominationId, n: sql<number>`count(*)::int` })
    .from(objections)
    .where(and(inArray(objections.nominationId, nominationIds), eq(objections.status, 'open')))
    .groupBy(objections.nominationId);
  const out = new Map<number, { ended: string | null; open: number }>();
  for (const id of nominationIds) {
    const ends = items.filter((i) => i.nominationId === id).map((i) => i.endsOn);
    out.set(id, {
      ended: ends.length ? (ends.sort().at(-1) ?? null) : null,
      open: Number(open.find((o) => o.nominationId === id)?.n ?? 0),
    });
  }
  return out;
}
