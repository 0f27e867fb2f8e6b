/**
 * Nominations (đề nghị khen thưởng): a unit proposes a collective or a person for an award in a campaign; the
 * rules are checked on every save (failed rules named); the office checks the dossier (complete, or returned
 * with a reason) within a number of working days; every move follows NOMINATION_TRANSITIONS and is audited.
 */
import {
  type AwardCriterion,
  type AwardType,
  addWorkingDays,
  checkEligibility,
  NOMINATION_EDITABLE,
  NOMINATION_TRANSITIONS,
  type Nomination,
  type NominationAction,
  type NominationCreate,
  type NominationStatus,
  type NominationTransition,
  type NominationUpdate,
  type Person,
  type PersonCreate,
  type Rating,
  vnDate,
} from '@thidua/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import { advancedExamples, decisions, indicators } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { AppError, isUniqueViolation } from '../http/errors.ts';
import { getUnit } from '../org/org.repo.ts';
import { filesOf } from './nomination-files.ts';
import * as repo from './nominations.repo.ts';
import { can, type RewardsAction, requireRewards } from './rewards.policy.ts';

/**
 * Moves made directly on a nomination. Tabling happens when a council session is created, the council's results
 * when it closes, and the decision or the proposal to the city with their documents.
 */
const DIRECT_ACTIONS: NominationAction[] = ['submit', 'withdraw', 'return', 'accept_dossier', 'reject'];

export function presentAward(a: repo.AwardTypeRow, today: string): AwardType {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    subject: a.subject as AwardType['subject'],
    kind: a.kind as AwardType['kind'],
    authority: a.authority as AwardType['authority'],
    authorityLabel: a.authorityLabel,
    legalBasis: a.legalBasis,
    effectiveFrom: a.effectiveFrom,
    effectiveTo: a.effectiveTo,
    cashMultiplier: a.cashMultiplier,
    criteria: a.criteria as AwardType['criteria'],
    inForce: a.effectiveFrom <= today && (a.effectiveTo === null || a.effectiveTo >= today),
  };
}

export async function listAwards(deps: Deps): Promise<{ items: AwardType[] }> {
  const today = vnDate(deps.clock.now());
  return { items: (await repo.listAwardTypes(deps.database.db)).map((a) => presentAward(a, today)) };
}

async function authorize(
  deps: Deps,
  ctx: RequestContext,
  action: RewardsAction,
  c: Pick<CampaignRowWithUnit, 'id' | 'issuingUnitId' | 'issuingUnitPath'>,
  proposerUnitPath?: string,
  entityId?: number,
) {
  await requireRewards(deps, ctx, action, c, {
    entity: entityId ? 'nomination' : 'campaign',
    entityId: entityId ?? c.id,
    action: `nomination.${action}`,
    proposerUnitPath,
  });
}

function presentPerson(r: { p: repo.PersonRow; unitName: string }): Person {
  return {
    id: r.p.id,
    unitId: r.p.unitId,
    unitName: r.unitName,
    fullName: r.p.fullName,
    position: r.p.position,
    directWorker: r.p.directWorker,
    underDiscipline: r.p.underDiscipline,
    ratings: r.p.ratings as Person['ratings'],
    version: r.p.version,
  };
}

export async function listPersons(deps: Deps, ctx: RequestContext, unitId: number) {
  const db = deps.database.db;
  const u = await getUnit(db, unitId);
  if (!u) throw new AppError('NOT_FOUND', [{ path: 'unitId', message: `Không có đơn vị số ${unitId}` }]);
  const actor = requireActor(ctx);
  if (!actor.grants.some((g) => u.path.startsWith(g.unitPath))) {
    await recordDenied(deps, ctx, {
      entity: 'org_unit',
      entityId: u.id,
      unitId: u.id,
      action: 'person.read',
    });
    throw new AppError('FORBIDDEN');
  }
  return { items: (await repo.personsUnder(db, u.path)).map(presentPerson) };
}

export async function createPerson(deps: Deps, ctx: RequestContext, input: PersonCreate): Promise<Person> {
  const db = deps.database.db;
  const u = await getUnit(db, input.unitId);
  if (!u) throw new AppError('VALIDATION_FAILED', [{ path: 'body.unitId', message: 'Không có đơn vị này' }]);
  const actor = requireActor(ctx);
  // The unit's own reporters and head, or the office above it.
  if (!can(actor, 'propose', { issuingUnitPath: u.path, proposerUnitPath: u.path })) {
    await recordDenied(deps, ctx, {
      entity: 'org_unit',
      entityId: u.id,
      unitId: u.id,
      action: 'person.create',
    });
    throw new AppError('FORBIDDEN');
  }
  const at = deps.clock.now().toISOString();
  const id = await db.transaction(async (tx) => {
    const pid = await repo.insertPerson(tx, { ...input, createdAt: at, updatedAt: at });
    await recordAudit(tx, deps, ctx, {
      entity: 'person',
      entityId: pid,
      unitId: u.id,
      action: 'person.create',
      after: input,
    });
    return pid;
  });
  const row = await repo.getPerson(db, id);
  return presentPerson(row as { p: repo.PersonRow; unitName: string });
}

interface Loaded {
  n: repo.NominationRow;
  c: CampaignRowWithUnit;
  award: repo.AwardTypeRow;
  proposer: { name: string; path: string };
}

async function loadNomination(db: Executor, id: number): Promise<Loaded> {
  const n = await repo.getNomination(db, id);
  if (!n) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có hồ sơ đề nghị số ${id}` }]);
  const c = await loadCampaign(db, n.campaignId);
  const award = (await repo.getAwardType(db, n.awardTypeId)) as repo.AwardTypeRow;
  const proposer = (await repo.unitNames(db, [n.proposerUnitId])).get(n.proposerUnitId) as {
    name: string;
    path: string;
  };
  return { n, c, award, proposer };
}

/** The facts the rules need, read now (a person's rating and discipline can change until the council meets). */
async function factsOf(
  db: Executor,
  c: CampaignRowWithUnit,
  n: Pick<
    repo.NominationRow,
    | 'campaignId'
    | 'subject'
    | 'personId'
    | 'nomineeUnitId'
    | 'rating'
    | 'members'
    | 'titledMembers'
    | 'checklist'
  > & { id?: number },
) {
  const year = (c.endsOn ?? c.startsOn ?? '').slice(0, 4);
  const person = n.personId ? await repo.getPerson(db, n.personId) : undefined;
  const dup = await repo.liveDuplicate(db, n, n.id);
  return {
    rating: (person ? (person.p.ratings[year] ?? null) : n.rating) as Rating | null,
    underDiscipline: person?.p.underDiscipline ?? false,
    alreadyNominated: !!dup,
    members: n.members,
    titledMembers: n.titledMembers,
    checked: n.checklist,
    duplicateId: dup?.id ?? null,
  };
}

async function present(db: Executor, l: Loaded): Promise<Nomination> {
  const { n } = l;
  const facts = await factsOf(db, l.c, n);
  const eligibility = checkEligibility(l.award.criteria as AwardCriterion[], facts);
  const person = n.personId ? (await repo.personNames(db, [n.personId])).get(n.personId) : undefined;
  const unit = n.nomineeUnitId
    ? (await repo.unitNames(db, [n.nomineeUnitId])).get(n.nomineeUnitId)
    : undefined;
  return {
    id: n.id,
    campaignId: n.campaignId,
    proposerUnitId: n.proposerUnitId,
    proposerUnitName: l.proposer.name,
    award: {
      id: l.award.id,
      code: l.award.code,
      name: l.award.name,
      authority: l.award.authority as 'ward' | 'city',
    },
    subject: n.subject as Nomination['subject'],
    nomineeUnitId: n.nomineeUnitId,
    personId: n.personId,
    nomineeName: person?.fullName ?? unit?.name ?? '',
    nomineeUnitName: person?.unitName ?? unit?.name ?? '',
    achievement: n.achievement,
    indicatorIds: n.indicatorIds,
    exampleId: n.exampleId,
    directWorker: n.directWorker,
    smallCollective: n.smallCollective,
    rating: (person ? facts.rating : n.rating) as Nomination['rating'],
    members: n.members,
    titledMembers: n.titledMembers,
    checklist: n.checklist,
    eligibility,
    status: n.status as NominationStatus,
    statusReason: n.statusReason,
    checkDueOn: n.checkDueOn,
    councilResult: (n.councilResult as Nomination['councilResult']) ?? null,
    decision: await decisionRef(db, n.decisionId),
    files: await filesOf(db, n.id),
    version: n.version,
    submittedAt: n.submittedAt ? new Date(n.submittedAt).toISOString() : null,
    updatedAt: new Date(n.updatedAt).toISOString(),
  };
}

async function decisionRef(db: Executor, id: number | null): Promise<Nomination['decision']> {
  if (id === null) return null;
  const d = (await db.select().from(decisions).where(eq(decisions.id, id)))[0];
  if (!d) return null;
  return {
    id: d.id,
    kind: d.kind as 'decision' | 'proposal',
    reference: `${d.number < 10 ? `0${d.number}` : d.number}/${d.symbol}`,
    signedOn: d.signedOn,
  };
}

async function exampleExists(db: Executor, id: number) {
  return (
    (await db.select({ id: advancedExamples.id }).from(advancedExamples).where(eq(advancedExamples.id, id)))
      .length > 0
  );
}

/** The linked indicators must be the campaign's, the cited example must exist. */
async function checkLinks(
  db: Executor,
  campaignId: number,
  links: { indicatorIds?: number[]; exampleId?: number | null },
) {
  if (
    links.exampleId !== undefined &&
    links.exampleId !== null &&
    !(await exampleExists(db, links.exampleId))
  )
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.exampleId', message: 'Không có điển hình tiên tiến này' },
    ]);
  const ids = [...new Set(links.indicatorIds ?? [])];
  if (!ids.length) return;
  const found = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.campaignId, campaignId), inArray(indicators.id, ids)));
  const known = new Set(found.map((r) => r.id));
  const bad = ids.filter((i) => !known.has(i));
  if (bad.length)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.indicatorIds', message: `Chỉ tiêu không thuộc đợt thi đua: ${bad.join(', ')}` },
    ]);
}

/** Refuses with the failed rules named; a duplicate is its own error. */
function assertEligible(award: repo.AwardTypeRow, facts: Awaited<ReturnType<typeof factsOf>>) {
  if (facts.duplicateId !== null)
    throw new AppError('NOMINATION_DUPLICATE', [
      {
        path: 'body',
        message: `Đã có hồ sơ đề nghị số ${facts.duplicateId} cho đối tượng này trong đợt thi đua`,
      },
    ]);
  const r = checkEligibility(award.criteria as AwardCriterion[], facts);
  if (!r.eligible)
    throw new AppError(
      'NOMINATION_NOT_ELIGIBLE',
      r.results
        .filter((x) => x.passed === false)
        .map((x) => ({ path: `criteria.${x.code}`, message: `${x.label}: ${x.reason}` })),
    );
}

export async function createNomination(
  deps: Deps,
  ctx: RequestContext,
  input: NominationCreate,
): Promise<Nomination> {
  const db = deps.database.db;
  const c = await loadCampaign(db, input.campaignId);
  const units = await repo.unitNames(db, [input.proposerUnitId]);
  const proposer = units.get(input.proposerUnitId);
  if (!proposer?.path.startsWith(c.issuingUnitPath))
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.proposerUnitId', message: 'Đơn vị đề nghị không thuộc phạm vi của đợt thi đua' },
    ]);
  await authorize(deps, ctx, 'propose', c, proposer.path);
  if (c.status === 'draft')
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.campaignId', message: 'Đợt thi đua chưa được phát động' },
    ]);
  const award = await repo.getAwardType(db, input.awardTypeId);
  if (!award)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.awardTypeId', message: 'Không có hình thức này' },
    ]);
  const today = vnDate(deps.clock.now());
  if (!presentAward(award, today).inForce) throw new AppError('AWARD_NOT_IN_FORCE');
  if (award.subject !== input.subject)
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'body.awardTypeId',
        message:
          award.subject === 'collective'
            ? 'Hình thức này dành cho tập thể'
            : 'Hình thức này dành cho cá nhân',
      },
    ]);
  if (input.subject === 'collective') {
    const u = input.nomineeUnitId ? await getUnit(db, input.nomineeUnitId) : undefined;
    if (!u?.path.startsWith(proposer.path))
      throw new AppError('VALIDATION_FAILED', [
        { path: 'body.nomineeUnitId', message: 'Chọn tập thể là đơn vị đề nghị hoặc đơn vị trực thuộc' },
      ]);
  } else {
    const p = input.personId ? await repo.getPerson(db, input.personId) : undefined;
    if (!p?.unitPath.startsWith(proposer.path))
      throw new AppError('VALIDATION_FAILED', [
        { path: 'body.personId', message: 'Chọn cá nhân thuộc đơn vị đề nghị' },
      ]);
  }
  await checkLinks(db, c.id, input);
  const row = {
    campaignId: c.id,
    proposerUnitId: input.proposerUnitId,
    awardTypeId: award.id,
    subject: input.subject,
    nomineeUnitId: input.subject === 'collective' ? input.nomineeUnitId : null,
    personId: input.subject === 'individual' ? input.personId : null,
    achievement: input.achievement,
    indicatorIds: input.indicatorIds,
    exampleId: input.exampleId,
    directWorker: input.directWorker,
    smallCollective: input.smallCollective,
    rating: input.subject === 'collective' ? input.rating : null,
    members: input.members,
    titledMembers: input.titledMembers,
    checklist: {},
  };
  assertEligible(award, await factsOf(db, c, row));
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  let id: number;
  try {
    id = await db.transaction(async (tx) => {
      const nid = await repo.insertNomination(tx, {
        ...row,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      });
      await recordAudit(tx, deps, ctx, {
        entity: 'nomination',
        entityId: nid,
        unitId: input.proposerUnitId,
        action: 'nomination.create',
        after: { ...row, award: award.code },
      });
      return nid;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('NOMINATION_DUPLICATE');
    throw e;
  }
  return present(db, await loadNomination(db, id));
}

export async function getNomination(deps: Deps, ctx: RequestContext, id: number): Promise<Nomination> {
  const db = deps.database.db;
  const l = await loadNomination(db, id);
  await authorize(deps, ctx, 'read', l.c, l.proposer.path, id);
  return present(db, l);
}

export async function listNominations(deps: Deps, ctx: RequestContext, campaignId: number) {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  const actor = requireActor(ctx);
  const all = can(actor, 'read', { issuingUnitPath: c.issuingUnitPath });
  const rows = await repo.nominationsOf(db, c.id);
  const proposers = await repo.unitNames(
    db,
    rows.map((r) => r.proposerUnitId),
  );
  const visible = rows.filter(
    (r) =>
      all ||
      can(actor, 'read', {
        issuingUnitPath: c.issuingUnitPath,
        proposerUnitPath: proposers.get(r.proposerUnitId)?.path,
      }),
  );
  if (!all && !visible.length && !actor.grants.some((g) => g.unitPath.startsWith(c.issuingUnitPath))) {
    await authorize(deps, ctx, 'read', c);
  }
  const items = [];
  for (const n of visible) items.push(await present(db, await loadNomination(db, n.id)));
  return { items };
}

export async function updateNomination(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: NominationUpdate,
): Promise<Nomination> {
  const db = deps.database.db;
  const l = await loadNomination(db, id);
  await authorize(deps, ctx, 'propose', l.c, l.proposer.path, id);
  if (!NOMINATION_EDITABLE.includes(l.n.status as NominationStatus)) throw new AppError('NOMINATION_LOCKED');
  if (l.n.version !== input.version) throw new AppError('CONFLICT_STALE');
  const { version, ...fields } = input;
  await checkLinks(db, l.c.id, fields);
  let award = l.award;
  if (fields.awardTypeId !== undefined && fields.awardTypeId !== l.n.awardTypeId) {
    const a = await repo.getAwardType(db, fields.awardTypeId);
    if (!a || a.subject !== l.n.subject)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'body.awardTypeId', message: 'Hình thức không phù hợp đối tượng' },
      ]);
    if (!presentAward(a, vnDate(deps.clock.now())).inForce) throw new AppError('AWARD_NOT_IN_FORCE');
    award = a;
  }
  const next = {
    ...l.n,
    ...fields,
    rating: l.n.subject === 'collective' ? (fields.rating ?? l.n.rating) : null,
  };
  assertEligible(award, await factsOf(db, l.c, next));
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    if (!(await repo.updateNomination(tx, id, version, { ...fields, rating: next.rating, updatedAt: at })))
      throw new AppError('CONFLICT_STALE');
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(fields)) before[k] = (l.n as Record<string, unknown>)[k];
    await recordAudit(tx, deps, ctx, {
      entity: 'nomination',
      entityId: id,
      unitId: l.n.proposerUnitId,
      action: 'nomination.update',
      before,
      after: fields,
    });
  });
  return present(db, await loadNomination(db, id));
}

/**
 * Moves a nomination by the transition table. The council's own results come from closing a session, not from
 * here; tabling happens when a session is created.
 */
export async function transitionNomination(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  action: NominationAction,
  body: NominationTransition,
): Promise<Nomination> {
  const db = deps.database.db;
  const l = await loadNomination(db, id);
  const t = NOMINATION_TRANSITIONS.find((x) => x.action === action);
  if (!t || !DIRECT_ACTIONS.includes(action)) throw new AppError('NOMINATION_BAD_TRANSITION');
  const who: RewardsAction = t.by === 'unit' ? 'propose' : t.by === 'office' ? 'check' : 'decide';
  await authorize(deps, ctx, who, l.c, t.by === 'unit' ? l.proposer.path : undefined, id);
  if (!t.from.includes(l.n.status as NominationStatus))
    throw new AppError('NOMINATION_BAD_TRANSITION', [
      { path: 'status', message: `Hồ sơ đang ở trạng thái "${l.n.status}", không thể ${action}` },
    ]);
  if (l.n.version !== body.version) throw new AppError('CONFLICT_STALE');
  const reason = body.reason?.trim() ?? '';
  if (t.reasonRequired && !reason)
    throw new AppError('REPORT_COMMENT_REQUIRED', [{ path: 'body.reason', message: 'Nhập lý do' }]);
  const today = vnDate(deps.clock.now());
  const set: Partial<repo.NominationRow> = {
    status: t.to,
    statusReason: reason || null,
    updatedAt: deps.clock.now().toISOString(),
  };
  if (action === 'submit') {
    assertEligible(l.award, await factsOf(db, l.c, l.n));
    set.submittedAt = l.n.submittedAt ?? deps.clock.now().toISOString();
    set.checkDueOn = addWorkingDays(today, l.c.dossierCheckDays);
  }
  if (action === 'accept_dossier') {
    const checklist = { ...l.n.checklist, ...(body.checklist ?? {}) };
    const facts = await factsOf(db, l.c, { ...l.n, checklist });
    const r = checkEligibility(l.award.criteria as AwardCriterion[], facts);
    if (!r.complete)
      throw new AppError(
        'NOMINATION_DOSSIER_INCOMPLETE',
        r.results
          .filter((x) => x.passed !== true)
          .map((x) => ({ path: `criteria.${x.code}`, message: `${x.label}: ${x.reason}` })),
      );
    set.checklist = checklist;
  }
  await db.transaction(async (tx) => {
    if (!(await repo.updateNomination(tx, id, body.version, set))) throw new AppError('CONFLICT_STALE');
    await recordAudit(tx, deps, ctx, {
      entity: 'nomination',
      entityId: id,
      unitId: l.n.proposerUnitId,
      action: `nomination.${action}`,
      before: { status: l.n.status, version: l.n.version },
      after: { status: t.to, version: body.version + 1, reason: reason || null, checklist: set.checklist },
    });
  });
  return present(db, await loadNomination(db, id));
}

export interface NominationAccess {
  proposerUnitId: number;
}

/** Read: the proposer's people and the campaign's readers. Edit (files): the proposer, while editable. */
export async function nominationAccess(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  mode: 'read' | 'edit',
): Promise<NominationAccess> {
  const l = await loadNomination(deps.database.db, id);
  await authorize(deps, ctx, mode === 'read' ? 'read' : 'propose', l.c, l.proposer.path, id);
  if (mode === 'edit' && !NOMINATION_EDITABLE.includes(l.n.status as NominationStatus))
    throw new AppError('NOMINATION_LOCKED');
  return { proposerUnitId: l.n.proposerUnitId };
}
