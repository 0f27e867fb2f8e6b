import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so the same value always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The fields of an audit row that the hash covers. */
export interface HashedAuditRow {
  seq: number;
  atMs: number;
  actorId: number | null;
  actorName: string | null;
  entity: string;
  entityId: string | null;
  unitId: number | null;
  action: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  prevHash: string;
}

/** SHA-256 over the previous hash and the canonical row: changing any field or the order breaks the chain. */
export function auditRowHash(r: HashedAuditRow): string {
  const body = canonicalJson({
    seq: r.seq,
    at: new Date(r.atMs).toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    entity: r.entity,
    entityId: r.entityId,
    unitId: r.unitId,
    action: r.action,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: r.ip,
  });
  return createHash('sha256').update(r.prevHash).update('\n').update(body).digest('hex');
}
