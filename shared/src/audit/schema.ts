import { z } from 'zod';

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  unitId: z.number().int().nullable(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  entity: z.string().max(60).optional(),
  action: z.string().max(60).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  entityId: z.string().max(80).optional(),
  from: z.iso.date().optional().describe('YYYY-MM-DD, inclusive, Vietnam time'),
  to: z.iso.date().optional().describe('YYYY-MM-DD, inclusive, Vietnam time'),
  beforeSeq: z.coerce.number().int().positive().optional().describe('Cursor: rows older than this seq'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  nextBeforeSeq: z.number().int().nullable(),
});

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
