import type { AuditEntry, AuditQuery, AuditVerifyResult } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { auditRowHash } from './audit.hash.ts';
import { can, readScope } from './audit.policy.ts';
import * as repo from './audit.repo.ts';

/** One state change to record. `before`/`after` are plain JSON snapshots (null for create/delete). */
export interface AuditChange {
  entity: string;
  entityId: string | number | null;
  unitId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Removes values JSON cannot hold and the NUL character PostgreSQL text rejects. */
function snapshot(v: unknown): unknown {
  if (v === undefined) return null;
  return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'string' ? x.replaceAll('\u0000', '') : x)));
}

/**
 * Appends one audit row inside the caller's transaction: locks the chain head, links to the previous hash.
 * If the transaction rolls back, the row and the head update roll back with it.
 */
export async function recordAudit(
  tx: Executor,
  deps: Pick<Deps, 'clock'>,
  ctx: RequestContext,
  change: AuditChange,
): Promise<void> {
  const head = await repo.lockHead(tx);
  const seq = head.lastSeq + 1;
  const atMs = deps.clock.now().getTime();
  const row = {
    seq,
    atMs,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor ? `${ctx.actor.fullName} (${ctx.actor.username})` : null,
    entity: change.entity,
    entityId: change.entityId === null ? null : String(change.entityId),
    unitId: change.unitId,
    action: change.action,
    before: snapshot(change.before),
    after: snapshot(change.after),
    ip: ctx.ip,
    prevHash: head.lastHash,
  };
  const hash = auditRowHash(row);
  const { atMs: _ms, ...rest } = row;
  await repo.insertRow(tx, { ...rest, at: new Date(atMs).toISOString(), hash });
}

/** Records an attempt the policy refused, in its own transaction (the refused change never happened). */
export async function recordDenied(deps: Deps, ctx: RequestContext, change: AuditChange): Promise<void> {
  await deps.database.db.transaction((tx) =>
    recordAudit(tx, deps, ctx, { ...change, action: `denied:${change.action}` }),
  );
}

/** Date "YYYY-MM-DD" in Vietnam time (UTC+7) → the UTC instant it starts. */
function vnDayStart(date: string, addDays = 0): string {
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + addDays);
  return d.toISOString();
}

export async function listAudit(
  deps: Deps,
  ctx: RequestContext,
  q: AuditQuery,
): Promise<{ items: AuditEntry[]; nextBeforeSeq: number | null }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  if (!can(actor, 'read')) throw new AppError('FORBIDDEN');
  const scope = readScope(actor);
  const rows = await repo.listRows(deps.database.db, {
    ...q,
    fromIso: q.from ? vnDayStart(q.from) : undefined,
    toIso: q.to ? vnDayStart(q.to, 1) : undefined,
    unitScopes: scope.unscoped ? null : scope.roots,
    limit: q.limit,
  });
  const items = rows.map((r) => ({
    seq: Number(r.seq),
    at: new Date(Number(r.atMs)).toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    entity: r.entity,
    entityId: r.entityId,
    unitId: r.unitId,
    action: r.action,
    before: r.before,
    after: r.after,
    ip: r.ip,
    hash: r.hash,
  }));
  const last = items[items.length - 1];
  return { items, nextBeforeSeq: items.length === q.limit && last ? last.seq : null };
}

/**
 * Walks the whole chain in order, recomputing each hash; reports the first row that does not match
 * (edited, deleted, reordered or inserted rows all show up) and checks the head points at the last row.
 */
export async function verifyChain(db: Executor, batch = 1000): Promise<AuditVerifyResult> {
  let prevHash = '0'.repeat(64);
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await repo.chainBatch(db, expectedSeq - 1, batch);
    for (const r of rows) {
      const seq = Number(r.seq);
      const fail = (problem: string) => ({ ok: false, checked, firstBrokenSeq: seq, problem });
      if (seq !== expectedSeq) return fail(`Thiếu bản ghi số ${expectedSeq}`);
      if (r.prevHash !== prevHash) return fail('Mã băm liên kết với bản ghi trước không khớp');
      const hash = auditRowHash({ ...r, seq, atMs: Number(r.atMs), prevHash: r.prevHash });
      if (hash !== r.hash) return fail('Nội dung bản ghi đã bị thay đổi');
      prevHash = r.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < batch) break;
  }
  const head = await repo.readHead(db);
  if (!head || Number(head.lastSeq) !== checked || head.lastHash !== prevHash)
    return { ok: false, checked, firstBrokenSeq: checked + 1, problem: 'Bản ghi cuối chuỗi đã bị xoá' };
  return { ok: true, checked, firstBrokenSeq: null, problem: null };
}

export async function verifyAudit(deps: Deps, ctx: RequestContext): Promise<AuditVerifyResult> {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  if (!can(ctx.actor, 'verify')) throw new AppError('FORBIDDEN');
  return verifyChain(deps.database.db);
}
