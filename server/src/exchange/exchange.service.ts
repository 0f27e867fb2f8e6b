/**
 * Data exchange, export side: the values of the reports the caller may read, per period and unit, by stable codes.
 * Unit people see their own units' reports, campaign readers every unit's (the reports policy). Only stored values
 * are exported (a report not opened yet has none); the import side is ./exchange-import.ts.
 */
import {
  type DataValue,
  type DataValueQuery,
  type DataValueSet,
  EXCHANGE_CSV_COLUMNS,
  type ExchangeCsvColumn,
  formatExchangeNumber,
  type ReportStatus,
  searchKey,
} from '@thidua/shared';
import type { RequestContext } from '../access/actor.ts';
import { requireActor } from '../auth/auth.service.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { authorizeCampaign } from '../campaigns/campaigns.service.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { can } from '../reports/reports.policy.ts';
import * as reportRepo from '../reports/reports.repo.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import { guardText, writeCsv } from './csv.ts';
import * as repo from './exchange.repo.ts';

export type CampaignRow = campaignRepo.CampaignRowWithUnit;

/** The campaign, or 404; then the campaign-level read check (outsiders get 403 and a denied audit row). */
export async function loadReadableCampaign(
  deps: Deps,
  ctx: RequestContext,
  db: Executor,
  id: number,
): Promise<CampaignRow> {
  const c = await campaignRepo.getCampaign(db, id);
  if (!c) throw new AppError('NOT_FOUND', [{ path: 'id', message: `Không có đợt thi đua số ${id}` }]);
  await authorizeCampaign(deps, ctx, 'read', c);
  return c;
}

export async function exportDataValues(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  q: DataValueQuery,
): Promise<DataValueSet> {
  const db = deps.database.db;
  const c = await loadReadableCampaign(deps, ctx, db, campaignId);
  const actor = requireActor(ctx);
  const periods = campaignPeriods(c);
  if (q.periodId && !periods.some((p) => p.id === q.periodId))
    throw new AppError('REPORT_PERIOD_UNKNOWN', [
      { path: 'query.periodId', message: `Kỳ ${q.periodId} không thuộc thời gian của đợt thi đua` },
    ]);
  let unitIds: number[] | undefined;
  let unitCode: string | null = null;
  if (q.unitCode) {
    const u = (await repo.unitsByCodes(db, [q.unitCode])).get(q.unitCode.toUpperCase());
    if (!u)
      throw new AppError('NOT_FOUND', [
        { path: 'query.unitCode', message: `Không có đơn vị mã ${q.unitCode}` },
      ]);
    unitIds = [u.id];
    unitCode = u.code;
  }
  const reports = await repo.campaignReports(db, c.id, { periodId: q.periodId, unitIds });
  const units = await repo.unitsByIds(db, [...new Set(reports.map((r) => r.unitId))]);
  // The reports policy, report by report: a unit's people read its reports, campaign readers all of them.
  const readable = units.filter((u) =>
    can(actor, 'read', { unitPath: u.path, issuingUnitPath: c.issuingUnitPath }),
  );
  const unitOrder = new Map(readable.map((u, i) => [u.id, i]));
  const periodOrder = new Map(periods.map((p, i) => [p.id, i]));
  const shown = reports
    .filter((r) => unitOrder.has(r.unitId))
    .sort(
      (a, b) =>
        (periodOrder.get(a.periodId) ?? 99) - (periodOrder.get(b.periodId) ?? 99) ||
        (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0),
    );
  const indicators = await indicatorRepo.listByCampaign(db, c.id);
  const indOrder = new Map(indicators.map((i, n) => [i.id, n]));
  const indById = new Map(indicators.map((i) => [i.id, i]));
  const unitById = new Map(readable.map((u) => [u.id, u]));
  const values = await reportRepo.valuesOf(
    db,
    shown.map((r) => r.id),
  );
  const byReport = new Map<number, reportRepo.ReportValueRow[]>();
  for (const v of values) byReport.set(v.reportId, [...(byReport.get(v.reportId) ?? []), v]);
  const dataValues: DataValue[] = [];
  for (const r of shown) {
    const unit = unitById.get(r.unitId);
    if (!unit) continue;
    const rows = (byReport.get(r.id) ?? []).sort(
      (a, b) => (indOrder.get(a.indicatorId) ?? 0) - (indOrder.get(b.indicatorId) ?? 0),
    );
    for (const v of rows) {
      const ind = indById.get(v.indicatorId);
      if (!ind) continue;
      dataValues.push({
        period: r.periodId,
        unit: unit.code,
        unitName: unit.name,
        indicator: ind.code,
        indicatorName: ind.name,
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        isEstimate: v.isEstimate,
        comment: v.comment,
        status: r.status as ReportStatus,
      });
    }
  }
  const issuer = (await repo.unitsByIds(db, [c.issuingUnitId]))[0];
  return {
    campaign: {
      id: c.id,
      title: c.title,
      document: c.documentNumber ? `${c.documentNumber}/${c.documentSymbol}` : c.documentSymbol || null,
      issuingUnit: issuer?.code ?? '',
    },
    exportedAt: deps.clock.now().toISOString(),
    periodId: q.periodId ?? null,
    unitCode,
    dataValues,
  };
}

const cellsOf = (v: DataValue): Record<ExchangeCsvColumn, string> => ({
  period: v.period,
  unit: v.unit,
  unit_name: guardText(v.unitName),
  indicator: v.indicator,
  indicator_name: guardText(v.indicatorName),
  value: formatExchangeNumber(v.value),
  numerator: formatExchangeNumber(v.numerator),
  denominator: formatExchangeNumber(v.denominator),
  is_estimate: v.isEstimate ? 'true' : 'false',
  comment: guardText(v.comment),
  status: v.status,
});

/** The set as CSV bytes (UTF-8 with BOM) and a file name made of the campaign, period and unit. */
export function dataValuesCsv(set: DataValueSet): { content: Buffer; fileName: string } {
  const rows = [
    [...EXCHANGE_CSV_COLUMNS],
    ...set.dataValues.map((v) => {
      const cells = cellsOf(v);
      return EXCHANGE_CSV_COLUMNS.map((k) => cells[k]);
    }),
  ];
  const parts = [
    'so-lieu',
    `dot-${set.campaign.id}`,
    set.periodId ?? 'tat-ca-ky',
    ...(set.unitCode ? [searchKey(set.unitCode)] : []),
  ];
  return { content: writeCsv(rows), fileName: `${parts.join('-').replace(/[^a-z0-9-]+/gi, '-')}.csv` };
}
