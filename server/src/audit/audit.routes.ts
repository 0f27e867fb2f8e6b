import { AuditPage, AuditQuery, AuditVerifyResult } from '@thidua/shared';
import type { Deps } from '../deps.ts';
import { requireSession } from '../http/session.ts';
import type { App } from '../http/types.ts';
import { listAudit, verifyAudit } from './audit.service.ts';

const tags = ['audit'];

export function auditRoutes(app: App, deps: Deps): void {
  const opts = { preHandler: requireSession };
  app.get(
    '/api/audit',
    {
      ...opts,
      schema: {
        tags,
        summary: 'Audit trail, newest first',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    (req) => listAudit(deps, req.ctx, req.query),
  );
  app.get(
    '/api/audit/verify',
    { ...opts, schema: { tags, summary: 'Verify the hash chain', response: { 200: AuditVerifyResult } } },
    (req) => verifyAudit(deps, req.ctx),
  );
}
