import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { rowsOf } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import {
  CITY_PLAN,
  DONG_HAI_INDICATORS,
  DONG_HAI_PLAN,
  DONG_HAI_TASKS,
  dongHaiGroup,
} from './dong-hai-plan.ts';

const SCHOOLS = ['HP.DONGHAI.MN', 'HP.DONGHAI.TH', 'HP.DONGHAI.THCS'];

/**
 * Enters the city's plan 232/KH-UBND and the Đông Hải ward plan (launched, with its 29 indicators, tasks 4.1–4.6,
 * recipients, signer and assignments) when there are no campaigns yet and the demo organisation exists.
 */
export async function seedDemoCampaignsIfMissing(deps: Deps): Promise<boolean> {
  const db = deps.database.db;
  const count = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM campaigns`));
  if (Number(count[0]?.n) > 0) return false;
  const units = rowsOf<{ id: number; code: string }>(
    await db.execute(sql`SELECT id::int, code FROM org_units`),
  );
  const unit = new Map(units.map((u) => [u.code, Number(u.id)]));
  if (!unit.has('HP.DONGHAI') || !unit.has('HP')) return false;
  const id = (code: string) => {
    const v = unit.get(code);
    if (v === undefined) throw new Error(`demo campaign: unknown unit ${code}`);
    return v;
  };
  const at = deps.clock.now().toISOString();
  const launchedAt = '2025-09-15T01:00:00.000Z';
  await db.transaction(async (tx) => {
    const { issuingUnitCode: cityCode, ...city } = CITY_PLAN;
    const cityId = await campaignRepo.insertCampaign(tx, {
      ...city,
      issuingUnitId: id(cityCode),
      legalBases: [],
      purpose: '',
      requirements: '',
      content: '',
      generalGoal: '',
      tasks: [],
      rewardsText: '',
      organisationText: '',
      recipients: [],
      signer: null,
      status: 'launched',
      launchedAt: '2025-09-09T01:00:00.000Z',
      createdAt: at,
      updatedAt: at,
    });
    const { issuingUnitCode, ...plan } = DONG_HAI_PLAN;
    const campaignId = await campaignRepo.insertCampaign(tx, {
      ...plan,
      issuingUnitId: id(issuingUnitCode),
      parentCampaignId: cityId,
      tasks: DONG_HAI_TASKS,
      status: 'launched',
      launchedAt,
      createdAt: at,
      updatedAt: at,
    });
    const byCode = new Map<string, number>();
    for (const [i, ind] of DONG_HAI_INDICATORS.entries()) {
      const row = await indicatorRepo.insertIndicator(tx, {
        campaignId,
        code: ind.code,
        name: ind.name,
        unitOfMeasure: ind.unit,
        kind: ind.kind,
        direction: ind.direction,
        targetValue: ind.target,
        targetLow: ind.low ?? null,
        targetHigh: ind.high ?? null,
        tolerance: ind.tolerance ?? null,
        numeratorLabel: ind.numerator ?? null,
        denominatorLabel: ind.denominator ?? null,
        factor: ind.factor ?? null,
        parentIndicatorId: ind.parent ? (byCode.get(ind.parent) ?? null) : null,
        childrenRule: ind.childrenRule ?? 'none',
        frequency: ind.frequency,
        evidenceRequired: ind.evidence ?? false,
        responsibleUnitId: id(ind.responsible),
        coordinatingUnitIds: (ind.coordinating ?? []).map(id),
        weight: 1,
        groupName: ind.parent ? null : dongHaiGroup(ind.code),
        sortOrder: (i + 1) * 10,
        sourceText: ind.source,
        note: ind.note ?? null,
        createdAt: at,
        updatedAt: at,
      });
      byCode.set(ind.code, row.id);
      const assigned = ind.assigned.flatMap((a) =>
        a === 'TDP*'
          ? Array.from({ length: 25 }, (_, k) => id(`HP.DONGHAI.TDP${String(k + 1).padStart(2, '0')}`))
          : a === 'SCHOOLS'
            ? SCHOOLS.map(id)
            : [id(a)],
      );
      await indicatorRepo.addAssignments(
        tx,
        assigned.map((unitId) => ({ indicatorId: row.id, unitId })),
      );
    }
    await recordAudit(
      tx,
      deps,
      { actor: null, ip: null },
      {
        entity: 'system',
        entityId: null,
        unitId: null,
        action: 'system.seed_demo_campaigns',
        after: { campaigns: [cityId, campaignId], indicators: DONG_HAI_INDICATORS.length },
      },
    );
  });
  return true;
}
