import type { Campaign, CampaignImport } from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { createIndicatorTx } from '../indicators/indicators.service.ts';
import { fullCampaign, insertCampaignTx, loadCampaign, prepareCreate } from './campaigns.service.ts';

/**
 * Creates a draft campaign with all its indicators in one transaction (plan import): either everything is saved
 * or nothing is. Parents are named by code and created before their children; every indicator passes the same
 * validation as one added by hand, and a problem is reported at `body.indicators.<n>.<field>`.
 */
export async function importCampaign(
  deps: Deps,
  ctx: RequestContext,
  input: CampaignImport,
): Promise<Campaign> {
  const unit = await prepareCreate(deps, ctx, input.campaign);
  const codes = input.indicators.map((i) => i.code);
  input.indicators.forEach((ind, n) => {
    if (codes.indexOf(ind.code) !== n)
      throw new AppError('INDICATOR_CODE_TAKEN', [
        { path: `body.indicators.${n}.code`, message: `Mã ${ind.code} bị trùng trong danh sách` },
      ]);
    if (ind.parentCode && !codes.includes(ind.parentCode))
      throw new AppError('INDICATOR_PARENT_OTHER_CAMPAIGN', [
        {
          path: `body.indicators.${n}.parentCode`,
          message: `Không có chỉ tiêu mã ${ind.parentCode} trong danh sách`,
        },
      ]);
  });
  // Parents first (stable order otherwise); a cycle leaves indicators unplaced.
  const order: number[] = [];
  const placed = new Set<string>();
  while (order.length < input.indicators.length) {
    const before = order.length;
    input.indicators.forEach((ind, n) => {
      if (!order.includes(n) && (!ind.parentCode || placed.has(ind.parentCode))) {
        order.push(n);
        placed.add(ind.code);
      }
    });
    if (order.length === before) {
      const n = input.indicators.findIndex((_, k) => !order.includes(k));
      throw new AppError('INDICATOR_CYCLE', [
        { path: `body.indicators.${n}.parentCode`, message: 'Vòng lặp chỉ tiêu cha – con' },
      ]);
    }
  }
  return deps.database.db.transaction(async (tx) => {
    const campaign = await insertCampaignTx(tx, deps, ctx, input.campaign, unit.id);
    const idByCode = new Map<string, number>();
    for (const n of order) {
      const { parentCode, ...fields } = input.indicators[n] as CampaignImport['indicators'][number];
      try {
        const created = await createIndicatorTx(tx, deps, ctx, campaign, {
          ...fields,
          parentIndicatorId: parentCode ? (idByCode.get(parentCode) ?? null) : null,
        });
        idByCode.set(created.code, created.id);
      } catch (e) {
        if (e instanceof AppError)
          throw new AppError(
            e.code,
            (e.details ?? [{ path: 'body', message: e.message }]).map((d) => ({
              ...d,
              path: d.path.replace(/^body\./, `body.indicators.${n}.`),
            })),
          );
        throw e;
      }
    }
    return fullCampaign(tx, await loadCampaign(tx, campaign.id));
  });
}
