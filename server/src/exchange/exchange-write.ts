/** The import's write: one transaction over every report that changes (see ./exchange-import.ts). */
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import { assertNotLockedUpward } from '../city/lock.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import * as reportRepo from '../reports/reports.repo.ts';
import type { PlannedValue } from '../reports/reports.service.ts';
import type { ExchangeUnit } from './exchange.repo.ts';

/** The rows of one (unit, period) that change something, with the report they go into (undefined: not opened). */
export interface Group {
  unit: ExchangeUnit;
  periodId: string;
  dueOn: string;
  report: reportRepo.ReportRow | undefined;
  changes: (PlannedValue & { code: string })[];
}

/** One transaction: open missing reports, move each report's version on, write the values, one audit row each. */
export async function writeGroups(deps: Deps, ctx: RequestContext, campaignId: number, groups: Group[]) {
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  await deps.database.db.transaction(async (tx) => {
    for (const g of groups) {
      let report = g.report;
      if (!report) {
        report = await reportRepo.insertReport(tx, {
          campaignId,
          unitId: g.unit.id,
          periodId: g.periodId,
          dueOn: g.dueOn,
          at,
        });
        // Someone opened it since we looked: their draft may already hold values, so the caller retries.
        if (!report) throw new AppError('CONFLICT_STALE');
        await recordAudit(tx, deps, ctx, {
          entity: 'report',
          entityId: report.id,
          unitId: g.unit.id,
          action: 'report.create',
          after: { campaignId, unitId: g.unit.id, periodId: g.periodId, dueOn: g.dueOn, status: 'draft' },
        });
      }
      if (!(await reportRepo.touchReport(tx, report.id, report.version, { updatedAt: at })))
        throw new AppError('CONFLICT_STALE');
      await assertNotLockedUpward(tx, campaignId, g.periodId);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const ch of g.changes) {
        await reportRepo.upsertValue(tx, {
          ...ch.next,
          reportId: report.id,
          updatedAt: at,
          updatedBy: actor.userId,
        });
        before[ch.code] = ch.before;
        after[ch.code] = ch.after;
      }
      await recordAudit(tx, deps, ctx, {
        entity: 'report',
        entityId: report.id,
        unitId: g.unit.id,
        action: 'report.import_exchange',
        before,
        after,
      });
    }
  });
}
