import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { auditChainHead, auditLog } from '../db/schema.ts';

/** Columns read back; `at` as epoch milliseconds so the hash input is exact on both drivers. */
const rowColumns = {
  seq: auditLog.seq,
  atMs: sql<string>`floor(extract(epoch from ${auditLog.at}) * 1000)::bigint`,
  actorId: auditLog.actorId,
  actorName: auditLog.actorName,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  unitId: auditLog.unitId,
  action: auditLog.action,
  before: auditLog.before,
  after: auditLog.after,
  ip: auditLog.ip,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/** Locks the chain head for this transaction: audit writers are serialised so seq and hashes stay linear. */
export async function lockHead(tx: Executor): Promise<{ lastSeq: number; lastHash: string }> {
  const rows = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
  const head = rows[0];
  if (!head) throw new Error('audit_chain_head is missing');
  return { lastSeq: Number(head.lastSeq), lastHash: head.lastHash };
}

export async function insertRow(tx: Executor, row: typeof auditLog.$inferInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
  await tx
    .update(auditChainHead)
    .set({ lastSeq: row.seq, lastHash: row.hash })
    .where(eq(auditChainHead.id, 1));
}

export interface AuditFilter {
  entity?: string;
  action?: string;
  actorId?: number;
  entityId?: string;
  fromIso?: string;
  toIso?: string;
  beforeSeq?: number;
  /** Materialised paths; rows about units outside all of them are hidden (null = no restriction). */
  unitScopes: string[] | null;
  limit: number;
}

/** Newest first, keyset-paginated by seq. */
export async function listRows(db: Executor, f: AuditFilter) {
  const conds = [
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.fromIso ? gte(auditLog.at, f.fromIso) : undefined,
    f.toIso ? lt(auditLog.at, f.toIso) : undefined,
    f.beforeSeq ? lt(auditLog.seq, f.beforeSeq) : undefined,
    f.unitScopes
      ? sql`EXISTS (SELECT 1 FROM org_units u WHERE u.id = ${auditLog.unitId} AND (${sql.join(
          f.unitScopes.map((p) => sql`u.path LIKE ${`${p}%`}`),
          sql` OR `,
        )}))`
      : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select(rowColumns)
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(f.limit);
}

/** Rows in chain order after `afterSeq`, for verification in batches. */
export async function chainBatch(db: Executor, afterSeq: number, size: number) {
  return db
    .select(rowColumns)
    .from(auditLog)
    .where(sql`${auditLog.seq} > ${afterSeq}`)
    .orderBy(auditLog.seq)
    .limit(size);
}

export async function readHead(db: Executor) {
  const rows = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  return rows[0];
}
