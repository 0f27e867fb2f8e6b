/**
 * Council sessions (phiên họp Hội đồng Thi đua – Khen thưởng): the office tables checked dossiers before chosen
 * members, records attendance; members stand aside where they have an interest and vote once (openly, or by
 * secret ballot: who voted is kept, how is kept apart under random keys with no link to the member or the
 * moment); closing applies the quorum and threshold to every nominee — without a quorum nothing is decided.
 */
import { randomBytes } from 'node:crypto';
import {
  type BallotSave,
  type CouncilSession,
  type CouncilSessionCreate,
  formatDate,
  type Tally,
  tally,
} from '@thidua/shared';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import { councilSessions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { minutesView } from '../documents/minutes.ts';
import { renderOfficialDocx } from '../documents/official.ts';
import { AppError, isUniqueViolation } from '../http/errors.ts';
import { usersWithRoleOver } from '../notifications/notifications.service.ts';
import * as repo from './council.repo.ts';
import * as nominationRepo from './nominations.repo.ts';
import { COUNCIL_ROLES, can, requireRewards } from './rewards.policy.ts';

const authorizeOffice = (deps: Deps, ctx: RequestContext, c: CampaignRowWithUnit, entityId: number | null) =>
  requireRewards(deps, ctx, 'check', c, { entity: 'council_session', entityId, action: 'council.manage' });

async function loadSession(db: Executor, id: number) {
  const s = await repo.getSession(db, id);
  if (!s) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có phiên họp số ${id}` }]);
  return { s, c: await loadCampaign(db, s.campaignId) };
}

export async function createSession(deps: Deps, ctx: RequestContext, input: CouncilSessionCreate) {
  const db = deps.database.db;
  const c = await loadCampaign(db, input.campaignId);
  await authorizeOffice(deps, ctx, c, null);
  const eligible = new Set(
    (await usersWithRoleOver(db, COUNCIL_ROLES, c.issuingUnitPath)).map((u) => Number(u.userId)),
  );
  const memberIds = [...new Set(input.memberIds)];
  const outsiders = memberIds.filter((id) => !eligible.has(id));
  if (outsiders.length)
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'body.memberIds',
        message: `Không phải thành viên Hội đồng của đơn vị: ${outsiders.join(', ')}`,
      },
    ]);
  const ids = [...new Set(input.nominationIds)];
  const noms = await nominationRepo.nominationsOf(db, c.id, ids);
  const notReady = ids.filter((id) => noms.find((n) => n.id === id)?.status !== 'checked');
  if (notReady.length)
    throw new AppError('VALIDATION_FAILED', [
      {
        path: 'body.nominationIds',
        message: `Chỉ đưa ra Hội đồng hồ sơ đã thẩm định hợp lệ của đợt này; không hợp lệ: ${notReady.join(', ')}`,
      },
    ]);
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  const id = await db.transaction(async (tx) => {
    const sid = await repo.insertSession(tx, {
      campaignId: c.id,
      title: input.title,
      meetsOn: input.meetsOn,
      quorum: input.quorum,
      threshold: input.threshold,
      base: input.base,
      ballot: input.ballot,
      createdBy: actor.userId,
      createdAt: at,
    });
    await repo.addMembers(tx, sid, memberIds);
    await repo.addItems(tx, sid, ids);
    for (const n of noms) {
      if (
        !(await nominationRepo.updateNomination(tx, n.id, n.version, { status: 'in_council', updatedAt: at }))
      )
        throw new AppError('CONFLICT_STALE');
      await recordAudit(tx, deps, ctx, {
        entity: 'nomination',
        entityId: n.id,
        unitId: n.proposerUnitId,
        action: 'nomination.table',
        before: { status: n.status },
        after: { status: 'in_council', sessionId: sid },
      });
    }
    await recordAudit(tx, deps, ctx, {
      entity: 'council_session',
      entityId: sid,
      unitId: c.issuingUnitId,
      action: 'council.create',
      after: { ...input, memberIds, nominationIds: ids },
    });
    return sid;
  });
  return getSession(deps, ctx, id);
}

export async function getSession(deps: Deps, ctx: RequestContext, id: number): Promise<CouncilSession> {
  const db = deps.database.db;
  const { s, c } = await loadSession(db, id);
  const actor = requireActor(ctx);
  const mem = await repo.members(db, id);
  const isMember = mem.some((m) => Number(m.userId) === actor.userId);
  if (!isMember && !can(actor, 'read', { issuingUnitPath: c.issuingUnitPath })) {
    await recordDenied(deps, ctx, {
      entity: 'council_session',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'council.read',
    });
    throw new AppError('FORBIDDEN');
  }
  return view(db, s, mem, actor.userId);
}

async function view(
  db: Executor,
  s: repo.SessionRow,
  mem: Awaited<ReturnType<typeof repo.members>>,
  me: number,
): Promise<CouncilSession> {
  const [its, rec, open, cast] = await Promise.all([
    repo.items(db, s.id),
    repo.recusals(db, s.id),
    s.ballot === 'open' ? repo.openVotes(db, s.id) : Promise.resolve([]),
    s.ballot === 'secret' ? repo.ballots(db, s.id) : Promise.resolve([]),
  ]);
  const voted = new Set<number>([...open.map((v) => Number(v.userId)), ...cast.map((b) => Number(b.userId))]);
  const noms = await nominationRepo.nominationsOf(
    db,
    s.campaignId,
    its.map((i) => i.nominationId),
  );
  const awards = new Map((await nominationRepo.listAwardTypes(db)).map((a) => [a.id, a.name]));
  const people = await nominationRepo.personNames(
    db,
    noms.flatMap((n) => (n.personId ? [n.personId] : [])),
  );
  const units = await nominationRepo.unitNames(
    db,
    noms.flatMap((n) => (n.nomineeUnitId ? [n.nomineeUnitId] : [])),
  );
  const meMember = mem.find((m) => Number(m.userId) === me);
  return {
    id: s.id,
    campaignId: s.campaignId,
    title: s.title,
    meetsOn: s.meetsOn,
    quorum: s.quorum,
    threshold: s.threshold,
    base: s.base as CouncilSession['base'],
    ballot: s.ballot as CouncilSession['ballot'],
    status: s.status as CouncilSession['status'],
    members: mem.map((m) => ({
      userId: Number(m.userId),
      fullName: m.fullName,
      attendance: m.attendance as 'present' | 'written' | 'absent',
      hasVoted: voted.has(Number(m.userId)),
    })),
    items: its.map((i) => {
      const n = noms.find((x) => x.id === i.nominationId);
      return {
        nominationId: i.nominationId,
        nomineeName: n?.personId
          ? (people.get(n.personId)?.fullName ?? '')
          : (units.get(n?.nomineeUnitId ?? 0)?.name ?? ''),
        awardName: awards.get(n?.awardTypeId ?? 0) ?? '',
        recused: rec
          .filter((r) => r.nominationId === i.nominationId)
          .map((r) => ({ userId: Number(r.userId), fullName: r.fullName, reason: r.reason })),
        votes: open
          .filter((v) => v.nominationId === i.nominationId)
          .map((v) => ({ userId: Number(v.userId), choice: v.choice as 'yes' | 'no' | 'abstain' })),
        result: (i.result as Tally | null) ?? null,
      };
    }),
    me: {
      member: !!meMember,
      canVote: !!meMember && meMember.attendance !== 'absent' && s.status === 'open' && !voted.has(me),
      hasVoted: voted.has(me),
    },
    version: s.version,
  };
}

export async function setAttendance(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: { userId: number; attendance: 'present' | 'written' | 'absent' },
) {
  const db = deps.database.db;
  const { s, c } = await loadSession(db, id);
  await authorizeOffice(deps, ctx, c, id);
  if (s.status !== 'open') throw new AppError('COUNCIL_CLOSED');
  const mem = await repo.members(db, id);
  const m = mem.find((x) => Number(x.userId) === input.userId);
  if (!m)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.userId', message: 'Không phải thành viên của phiên họp' },
    ]);
  await db.transaction(async (tx) => {
    await repo.setAttendance(tx, id, input.userId, input.attendance);
    await recordAudit(tx, deps, ctx, {
      entity: 'council_session',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'council.attendance',
      before: { userId: input.userId, attendance: m.attendance },
      after: input,
    });
  });
  return getSession(deps, ctx, id);
}

/** The session row under a share lock: a vote and the closing of the session never interleave. */
async function lockOpen(tx: Executor, id: number) {
  const row = (await tx.select().from(councilSessions).where(eq(councilSessions.id, id)).for('share'))[0];
  if (row?.status !== 'open') throw new AppError('COUNCIL_CLOSED');
  return row;
}

export async function recuse(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  input: { nominationId: number; reason: string },
) {
  const db = deps.database.db;
  const { s, c } = await loadSession(db, id);
  const actor = requireActor(ctx);
  const mem = await repo.members(db, id);
  if (!mem.some((m) => Number(m.userId) === actor.userId)) throw new AppError('COUNCIL_NOT_MEMBER');
  if (!(await repo.items(db, id)).some((i) => i.nominationId === input.nominationId))
    throw new AppError('VALIDATION_FAILED', [
      { path: 'body.nominationId', message: 'Hồ sơ không có trong phiên họp' },
    ]);
  await db.transaction(async (tx) => {
    await lockOpen(tx, s.id);
    const voted =
      s.ballot === 'secret'
        ? (await repo.ballots(tx, id)).some((b) => Number(b.userId) === actor.userId)
        : (await repo.openVotes(tx, id)).some((v) => Number(v.userId) === actor.userId);
    if (voted) throw new AppError('COUNCIL_ALREADY_VOTED');
    await repo.addRecusal(tx, {
      sessionId: id,
      nominationId: input.nominationId,
      userId: actor.userId,
      reason: input.reason,
    });
    await recordAudit(tx, deps, ctx, {
      entity: 'council_session',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'council.recuse',
      after: input,
    });
  });
  return getSession(deps, ctx, id);
}

export async function vote(deps: Deps, ctx: RequestContext, id: number, input: BallotSave) {
  const db = deps.database.db;
  const { s, c } = await loadSession(db, id);
  const actor = requireActor(ctx);
  const mem = await repo.members(db, id);
  const me = mem.find((m) => Number(m.userId) === actor.userId);
  if (!me) {
    await recordDenied(deps, ctx, {
      entity: 'council_session',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'council.vote',
    });
    throw new AppError('COUNCIL_NOT_MEMBER');
  }
  if (s.status !== 'open') throw new AppError('COUNCIL_CLOSED');
  if (me.attendance === 'absent') throw new AppError('COUNCIL_NOT_PRESENT');
  const recused = new Set(
    (await repo.recusals(db, id)).filter((r) => Number(r.userId) === actor.userId).map((r) => r.nominationId),
  );
  const expected = (await repo.items(db, id)).map((i) => i.nominationId).filter((n) => !recused.has(n));
  const given = input.votes.map((v) => v.nominationId);
  const problems = [];
  if (new Set(given).size !== given.length)
    problems.push({ path: 'body.votes', message: 'Một hồ sơ được bỏ phiếu hai lần' });
  const extra = given.filter((n) => !expected.includes(n));
  if (extra.length)
    problems.push({
      path: 'body.votes',
      message: `Hồ sơ không thuộc phiếu của bạn (hoặc bạn đã xin không biểu quyết): ${extra.join(', ')}`,
    });
  const missing = expected.filter((n) => !given.includes(n));
  if (missing.length)
    problems.push({ path: 'body.votes', message: `Phiếu còn thiếu hồ sơ: ${missing.join(', ')}` });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
  try {
    await db.transaction(async (tx) => {
      await lockOpen(tx, id);
      if (s.ballot === 'secret') {
        await repo.insertBallot(tx, id, actor.userId);
        await repo.insertSecretVotes(
          tx,
          input.votes.map((v) => ({
            token: randomBytes(16).toString('hex'),
            sessionId: id,
            nominationId: v.nominationId,
            choice: v.choice,
          })),
        );
      } else {
        await repo.insertOpenVotes(
          tx,
          input.votes.map((v) => ({
            sessionId: id,
            nominationId: v.nominationId,
            userId: actor.userId,
            choice: v.choice,
          })),
        );
      }
      await recordAudit(tx, deps, ctx, {
        entity: 'council_session',
        entityId: id,
        unitId: c.issuingUnitId,
        action: 'council.vote',
        // A secret ballot's audit row says that the member voted, never how.
        after:
          s.ballot === 'secret' ? { ballot: 'secret', nominees: input.votes.length } : { votes: input.votes },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('COUNCIL_ALREADY_VOTED');
    throw e;
  }
  return getSession(deps, ctx, id);
}

export async function closeSession(deps: Deps, ctx: RequestContext, id: number, version: number) {
  const db = deps.database.db;
  const { s, c } = await loadSession(db, id);
  await authorizeOffice(deps, ctx, c, id);
  if (s.status !== 'open') throw new AppError('COUNCIL_CLOSED');
  if (s.version !== version) throw new AppError('CONFLICT_STALE');
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    if (!(await repo.touchSession(tx, id, version, { status: 'closed', closedAt: at })))
      throw new AppError('CONFLICT_STALE');
    const mem = await repo.members(tx, id);
    const participants = mem.filter((m) => m.attendance !== 'absent').length;
    const rules = { quorum: s.quorum, threshold: s.threshold, base: s.base as 'members' | 'participants' };
    const its = await repo.items(tx, id);
    const rec = await repo.recusals(tx, id);
    const counts = await repo.counts(tx, id, s.ballot === 'secret');
    const n = (nid: number, choice: string) =>
      counts.find((x) => x.nominationId === nid && x.choice === choice)?.n ?? 0;
    const noms = await nominationRepo.nominationsOf(
      tx,
      s.campaignId,
      its.map((i) => i.nominationId),
    );
    const results: { nominationId: number; text: string; approved: boolean | null }[] = [];
    for (const it of its) {
      const t = tally(
        {
          members: mem.length,
          participants,
          recused: rec.filter((r) => r.nominationId === it.nominationId).length,
          yes: n(it.nominationId, 'yes'),
          no: n(it.nominationId, 'no'),
          abstain: n(it.nominationId, 'abstain'),
        },
        rules,
      );
      if (!t.quorumReached) throw new AppError('COUNCIL_NO_QUORUM', [{ path: 'members', message: t.text }]);
      await repo.setResult(tx, id, it.nominationId, t);
      const nom = noms.find((x) => x.id === it.nominationId);
      if (!nom) continue;
      const to = t.approved ? 'approved' : 'not_approved';
      if (
        !(await nominationRepo.updateNomination(tx, nom.id, nom.version, {
          status: to,
          statusReason: t.approved ? null : t.text,
          councilResult: { sessionId: id, text: t.text, approved: t.approved, yesShare: t.yesShare },
          updatedAt: at,
        }))
      )
        throw new AppError('CONFLICT_STALE');
      await recordAudit(tx, deps, ctx, {
        entity: 'nomination',
        entityId: nom.id,
        unitId: nom.proposerUnitId,
        action: t.approved ? 'nomination.approve' : 'nomination.not_approve',
        before: { status: nom.status },
        after: { status: to, result: t.text, sessionId: id },
      });
      results.push({ nominationId: nom.id, text: t.text, approved: t.approved });
    }
    if (s.ballot === 'secret') await repo.shuffleSecretVotes(tx, id);
    await recordAudit(tx, deps, ctx, {
      entity: 'council_session',
      entityId: id,
      unitId: c.issuingUnitId,
      action: 'council.close',
      before: { status: 'open' },
      after: { status: 'closed', participants, members: mem.length, results },
    });
  });
  return getSession(deps, ctx, id);
}

/** The minutes (biên bản) as plain text: who took part, the rules, and each nominee's result in words. */
export async function minutes(deps: Deps, ctx: RequestContext, id: number): Promise<string> {
  const v = await getSession(deps, ctx, id);
  const c = await loadCampaign(deps.database.db, v.campaignId);
  const pct = (x: number) => `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;
  const present = v.members.filter((m) => m.attendance !== 'absent');
  const lines = [
    'BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    c.issuingUnitName,
    '',
    `Phiên họp: ${v.title}`,
    `Ngày họp: ${formatDate(v.meetsOn)}`,
    `Đợt thi đua: ${c.title}`,
    `Hình thức biểu quyết: ${v.ballot === 'secret' ? 'bỏ phiếu kín' : 'biểu quyết công khai'}`,
    `Quy định: có mặt (hoặc có phiếu bằng văn bản) từ ${pct(v.quorum)} thành viên; được đề nghị khi đạt từ ${pct(v.threshold)} phiếu đồng ý trên tổng số ${v.base === 'members' ? 'thành viên Hội đồng' : 'thành viên tham dự'}.`,
    `Thành viên: ${v.members.length}; tham dự: ${present.length} (${present.map((m) => `${m.fullName}${m.attendance === 'written' ? ' – phiếu bằng văn bản' : ''}`).join('; ')}).`,
    '',
    'KẾT QUẢ BIỂU QUYẾT',
    ...v.items.map(
      (it, i) =>
        `${i + 1}. ${it.nomineeName} – ${it.awardName}: ${it.result ? it.result.text : 'chưa có kết quả'}${
          it.recused.length
            ? ` (không tham gia biểu quyết: ${it.recused.map((r) => `${r.fullName} – ${r.reason}`).join('; ')})`
            : ''
        }`,
    ),
    '',
    `Trạng thái phiên họp: ${v.status === 'closed' ? 'đã kết thúc' : 'đang họp'}.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The minutes as a DOCX in the Nghị định 30 layout (biên bản; number and signatures left for the office). */
export async function minutesDocx(deps: Deps, ctx: RequestContext, id: number) {
  const v = await getSession(deps, ctx, id);
  const c = await loadCampaign(deps.database.db, v.campaignId);
  const doc = await renderOfficialDocx(minutesView(v, c));
  return { docx: doc.docx, fileName: `bien-ban-hoi-dong-${v.id}.docx` };
}

export async function listSessions(deps: Deps, ctx: RequestContext, campaignId: number) {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  const actor = requireActor(ctx);
  const rows = await db
    .select()
    .from(councilSessions)
    .where(eq(councilSessions.campaignId, c.id))
    .orderBy(councilSessions.id);
  const reader = can(actor, 'read', { issuingUnitPath: c.issuingUnitPath });
  const items = [];
  for (const s of rows) {
    const mem = await repo.members(db, s.id);
    if (reader || mem.some((m) => Number(m.userId) === actor.userId))
      items.push(await view(db, s, mem, actor.userId));
  }
  if (!reader && !items.length) {
    await recordDenied(deps, ctx, {
      entity: 'campaign',
      entityId: c.id,
      unitId: c.issuingUnitId,
      action: 'council.read',
    });
    throw new AppError('FORBIDDEN');
  }
  return { items };
}
