/**
 * The Chairman's decision (Quyết định) on ward awards, and the proposal (Tờ trình) to the city for awards above
 * the ward's authority. Only nominations the council approved, publicly disclosed, whose disclosure has ended and
 * which have no open objection; each item is audited; Giấy khen certificates print for decided nominations.
 */
import { type Decision, type DecisionCreate, placeDate, vnDate } from '@thidua/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import { decisions, nominations } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { type CertificateView, renderCertificate } from './certificate.ts';
import { disclosureStateOf, nomineesOf } from './disclosure.service.ts';
import * as repo from './nominations.repo.ts';
import { requireRewards } from './rewards.policy.ts';

type DecisionRow = typeof decisions.$inferSelect;
const SYMBOL = { decision: 'QĐ-UBND', proposal: 'TTr-UBND' } as const;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

async function present(db: Executor, d: DecisionRow): Promise<Decision> {
  const noms = await db
    .select()
    .from(nominations)
    .where(eq(nominations.decisionId, d.id))
    .orderBy(nominations.id);
  const items = await nomineesOf(db, noms);
  return {
    id: d.id,
    campaignId: d.campaignId,
    kind: d.kind as Decision['kind'],
    number: d.number,
    symbol: d.symbol,
    reference: `${pad(d.number)}/${d.symbol}`,
    signedOn: d.signedOn,
    signerName: d.signerName,
    items: items.map((i) => ({
      nominationId: i.nominationId,
      subject: i.subject,
      name: i.name,
      unitName: i.unitName,
      awardName: i.awardName,
      cashMultiplier: i.award?.cashMultiplier ?? null,
    })),
  };
}

/** A decision as the API shows it (also used by the public portal for issued decisions). */
export const presentDecision = present;

const authorizeRead = (deps: Deps, ctx: RequestContext, c: CampaignRowWithUnit, id: number | null) =>
  requireRewards(deps, ctx, 'read', c, { entity: 'decision', entityId: id, action: 'decision.read' });

export async function createDecision(
  deps: Deps,
  ctx: RequestContext,
  input: DecisionCreate,
): Promise<Decision> {
  const db = deps.database.db;
  const c = await loadCampaign(db, input.campaignId);
  await requireRewards(deps, ctx, 'decide', c, {
    entity: 'campaign',
    entityId: c.id,
    action: 'decision.create',
  });
  const ids = [...new Set(input.nominationIds)];
  const noms = await repo.nominationsOf(db, c.id, ids);
  const awards = new Map((await repo.listAwardTypes(db)).map((a) => [a.id, a]));
  const today = vnDate(deps.clock.now());
  const state = await disclosureStateOf(db, ids);
  const named = new Map((await nomineesOf(db, noms)).map((x) => [x.nominationId, x.name]));
  const who = (id: number) => `${named.get(id) ?? id}`;
  for (const id of ids) {
    const n = noms.find((x) => x.id === id);
    if (n?.status !== 'approved')
      throw new AppError('NOMINATION_BAD_TRANSITION', [
        { path: 'body.nominationIds', message: `${who(id)}: chưa được Hội đồng thống nhất đề nghị` },
      ]);
    const authority = awards.get(n.awardTypeId)?.authority;
    if ((authority === 'city') !== (input.kind === 'proposal'))
      throw new AppError('VALIDATION_FAILED', [
        {
          path: 'body.kind',
          message:
            authority === 'city'
              ? `${who(id)}: hình thức thuộc thẩm quyền cấp thành phố — lập tờ trình`
              : `${who(id)}: hình thức thuộc thẩm quyền của Chủ tịch UBND phường — ra quyết định`,
        },
      ]);
    const s = state.get(id);
    if (!s?.ended)
      throw new AppError('NOMINATION_NOT_DISCLOSED', [{ path: 'body.nominationIds', message: who(id) }]);
    if (s.ended >= today)
      throw new AppError('DISCLOSURE_NOT_ENDED', [
        {
          path: 'body.nominationIds',
          message: `${who(id)}: công khai đến hết ngày ${s.ended.split('-').reverse().join('/')}`,
        },
      ]);
    if (s.open > 0)
      throw new AppError('NOMINATION_UNDER_OBJECTION', [
        { path: 'body.nominationIds', message: `${who(id)}: còn ${s.open} ý kiến phản ánh chưa giải quyết` },
      ]);
  }
  const taken = (
    await db
      .select()
      .from(decisions)
      .where(
        and(
          eq(decisions.campaignId, c.id),
          eq(decisions.kind, input.kind),
          eq(decisions.number, input.number),
        ),
      )
  )[0];
  if (taken)
    throw new AppError('DECISION_NUMBER_TAKEN', [
      { path: 'body.number', message: `Số ${input.number} đã dùng` },
    ]);
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  const to = input.kind === 'decision' ? 'decided' : 'proposed';
  const id = await db.transaction(async (tx) => {
    const r = await tx
      .insert(decisions)
      .values({
        campaignId: c.id,
        kind: input.kind,
        number: input.number,
        symbol: SYMBOL[input.kind],
        signedOn: input.signedOn,
        signerName: input.signerName,
        createdBy: actor.userId,
        createdAt: at,
      })
      .returning({ id: decisions.id });
    const did = Number(r[0]?.id);
    for (const n of noms) {
      if (!(await repo.updateNomination(tx, n.id, n.version, { status: to, decisionId: did, updatedAt: at })))
        throw new AppError('CONFLICT_STALE');
      await recordAudit(tx, deps, ctx, {
        entity: 'nomination',
        entityId: n.id,
        unitId: n.proposerUnitId,
        action: input.kind === 'decision' ? 'nomination.decide' : 'nomination.propose',
        before: { status: n.status },
        after: { status: to, decisionId: did },
      });
    }
    await recordAudit(tx, deps, ctx, {
      entity: 'decision',
      entityId: did,
      unitId: c.issuingUnitId,
      action: `decision.${input.kind}`,
      after: input,
    });
    return did;
  });
  return present(db, (await db.select().from(decisions).where(eq(decisions.id, id)))[0] as DecisionRow);
}

export async function getDecision(deps: Deps, ctx: RequestContext, id: number): Promise<Decision> {
  const db = deps.database.db;
  const d = (await db.select().from(decisions).where(eq(decisions.id, id)))[0];
  if (!d) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có văn bản số ${id}` }]);
  await authorizeRead(deps, ctx, await loadCampaign(db, d.campaignId), id);
  return present(db, d);
}

export async function listDecisions(deps: Deps, ctx: RequestContext, campaignId: number) {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorizeRead(deps, ctx, c, null);
  const rows = await db
    .select()
    .from(decisions)
    .where(eq(decisions.campaignId, c.id))
    .orderBy(desc(decisions.id));
  const items = [];
  for (const d of rows) items.push(await present(db, d));
  return { items };
}

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

type NominationRow = NonNullable<Awaited<ReturnType<typeof repo.getNomination>>>;

async function certificateViewOf(
  db: Executor,
  c: CampaignRowWithUnit,
  n: NominationRow,
  d: DecisionRow,
): Promise<CertificateView> {
  const [item] = await nomineesOf(db, [n]);
  const person = n.personId ? await repo.getPerson(db, n.personId) : undefined;
  const ward = c.issuingUnitName.replace(/^Phường\s+/i, '');
  const [y, m, day] = d.signedOn.split('-');
  return {
    issuer: upper(`Ủy ban nhân dân ${c.issuingUnitName}`),
    grantor: upper(`Chủ tịch Ủy ban nhân dân ${c.issuingUnitName}`),
    title: 'GIẤY KHEN',
    recipient: item?.name ?? '',
    recipientDetail: person
      ? [person.p.position, person.unitName].filter(Boolean).join(', ')
      : (item?.unitName ?? ''),
    achievement: n.achievement,
    decisionRef: `Quyết định số ${pad(d.number)}/${d.symbol} ngày ${day}/${m}/${y}`,
    placeDate: placeDate(c.place || ward, d.signedOn),
    signerTitle: 'CHỦ TỊCH',
    signerName: d.signerName,
    registry: `Hình thức: ${item?.awardName ?? ''}`,
  };
}

/** Every Giấy khen of a ward decision (not of a proposal to the city, which the city decides). */
export async function decisionCertificateViews(deps: Deps, ctx: RequestContext, decisionId: number) {
  const db = deps.database.db;
  const d = (await db.select().from(decisions).where(eq(decisions.id, decisionId)))[0];
  if (!d)
    throw new AppError('NOT_FOUND', [{ path: 'decisionId', message: `Không có văn bản số ${decisionId}` }]);
  const c = await loadCampaign(db, d.campaignId);
  await authorizeRead(deps, ctx, c, d.id);
  if (d.kind !== 'decision') throw new AppError('DOCUMENT_KIND_MISMATCH');
  const noms = await db
    .select()
    .from(nominations)
    .where(eq(nominations.decisionId, d.id))
    .orderBy(nominations.id);
  const views: CertificateView[] = [];
  for (const n of noms) views.push(await certificateViewOf(db, c, n as NominationRow, d));
  return { decision: await present(db, d), views };
}

/** The Giấy khen of a decided nomination, for its unit and the campaign's readers. */
export async function certificate(deps: Deps, ctx: RequestContext, nominationId: number) {
  const db = deps.database.db;
  const n = await repo.getNomination(db, nominationId);
  if (!n) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có hồ sơ số ${nominationId}` }]);
  const c = await loadCampaign(db, n.campaignId);
  const proposer = (await repo.unitNames(db, [n.proposerUnitId])).get(n.proposerUnitId);
  await requireRewards(deps, ctx, 'read', c, {
    entity: 'nomination',
    entityId: n.id,
    action: 'certificate.read',
    proposerUnitPath: proposer?.path,
  });
  if (n.status !== 'decided' || !n.decisionId) throw new AppError('CERTIFICATE_NOT_AVAILABLE');
  const d = (await db.select().from(decisions).where(eq(decisions.id, n.decisionId)))[0] as DecisionRow;
  const [item] = await nomineesOf(db, [n]);
  const view = await certificateViewOf(db, c, n, d);
  const pdf = await renderCertificate(view);
  const safe = (item?.name ?? 'giay-khen')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { pdf, fileName: `giay-khen-${safe || n.id}.pdf` };
}
