/**
 * Reward statistics of a campaign: nominations and awards by form and by unit; the shares to people who work
 * directly at the base and to small collectives (the plan's principle); how many were refused and why.
 */
import type { RewardStats } from '@thidua/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import { auditLog } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import * as repo from './nominations.repo.ts';
import { requireRewards } from './rewards.policy.ts';

const share = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);

function reasonOf(n: repo.NominationRow): string {
  const r = n.statusReason ?? '';
  if (r.startsWith('Ý kiến phản ánh')) return 'Ý kiến phản ánh của nhân dân được xác minh đúng';
  if ((n.councilResult as { approved?: boolean } | null)?.approved === false)
    return 'Không đạt tỷ lệ phiếu đồng ý của Hội đồng';
  return r || 'Không ghi lý do';
}

export async function rewardStats(deps: Deps, ctx: RequestContext, campaignId: number): Promise<RewardStats> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await requireRewards(deps, ctx, 'read', c, { entity: 'campaign', entityId: c.id, action: 'rewards.stats' });
  const all = (await repo.nominationsOf(db, c.id)).filter((n) => n.status !== 'withdrawn');
  const awarded = all.filter((n) => n.status === 'decided');
  const awards = await repo.listAwardTypes(db);
  const units = await repo.unitNames(db, [...new Set(all.map((n) => n.proposerUnitId))]);
  const people = await repo.personNames(
    db,
    awarded.flatMap((n) => (n.personId ? [n.personId] : [])),
  );
  const individuals = awarded.filter((n) => n.subject === 'individual');
  const collectives = awarded.filter((n) => n.subject === 'collective');
  const direct = individuals.filter(
    (n) => n.directWorker || (n.personId && people.get(n.personId)?.directWorker),
  );
  const small = collectives.filter((n) => n.smallCollective);
  const rejected = all.filter((n) => n.status === 'not_approved');
  const returnedRows = all.length
    ? await db
        .select({ n: sql<number>`count(DISTINCT ${auditLog.entityId})::int` })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'nomination.return'),
            inArray(
              auditLog.entityId,
              all.map((n) => String(n.id)),
            ),
          ),
        )
    : [];
  const reasons = new Map<string, number>();
  for (const n of rejected) reasons.set(reasonOf(n), (reasons.get(reasonOf(n)) ?? 0) + 1);
  return {
    campaignId: c.id,
    nominations: all.length,
    awarded: awarded.length,
    byAward: awards
      .map((a) => ({
        code: a.code,
        name: a.name,
        nominated: all.filter((n) => n.awardTypeId === a.id).length,
        awarded: awarded.filter((n) => n.awardTypeId === a.id).length,
      }))
      .filter((x) => x.nominated > 0),
    byUnit: [...units.entries()]
      .map(([unitId, u]) => ({
        unitId,
        unitName: u.name,
        nominated: all.filter((n) => n.proposerUnitId === unitId).length,
        awarded: awarded.filter((n) => n.proposerUnitId === unitId).length,
      }))
      .sort((a, b) => b.awarded - a.awarded || b.nominated - a.nominated),
    directWorkerShare: share(direct.length, individuals.length),
    smallCollectiveShare: share(small.length, collectives.length),
    directWorkers: direct.length,
    smallCollectives: small.length,
    individualsAwarded: individuals.length,
    collectivesAwarded: collectives.length,
    rejected: rejected.length,
    rejectedShare: share(rejected.length, all.length),
    returned: Number(returnedRows[0]?.n ?? 0),
    reasons: [...reasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
  };
}
