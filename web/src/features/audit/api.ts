/** Audit trail calls: a filtered, newest-first page with a cursor, and the hash-chain check. */
import type { AuditEntry, AuditVerifyResult } from '@thidua/shared';
import { api } from '../../lib/api.ts';

/** Filters as the screen holds them; dates are YYYY-MM-DD (Vietnam time, inclusive). */
export interface AuditFilter {
  entity?: string;
  action?: string;
  actorId?: number;
  entityId?: string;
  from?: string;
  to?: string;
}

export interface AuditPageResult {
  items: AuditEntry[];
  nextBeforeSeq: number | null;
}

export const PAGE_SIZE = 50;

export const listAudit = (f: AuditFilter, beforeSeq: number | undefined, signal?: AbortSignal) =>
  api.get<AuditPageResult>('/audit', { ...f, beforeSeq, limit: PAGE_SIZE }, signal);

export const verifyAudit = () => api.get<AuditVerifyResult>('/audit/verify');
