/**
 * The demo city (issue 9): the city campaign 232/KH-UBND gets its indicators, Đông Hải's indicators link to
 * them, and `demoCityWards` generated wards of Hải Phòng (city-generator.ts, deterministic by seed) each get a
 * launched campaign implementing the city's, their units, three months of reports and their aggregated reports
 * to the city. Đông Hải's September and October go to the city too (accepted), November is left for the office.
 * The city and Đông Hải campaigns are published on the portal with a few indicators. One transaction, one audit
 * row; nothing happens when the city campaign already has indicators.
 */
import { checkValue, isFlow } from '@thidua/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import * as cityRepo from '../city/city.repo.ts';
import { linkedValues } from '../city/upward.service.ts';
import { type Executor, rowsOf } from '../db/client.ts';
import { publicSettings, reports, reportValues, upwardSubmissions } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { refreshTotals } from '../evaluation/totals.ts';
import type { IndicatorRow } from '../indicators/indicators.repo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { getUnit, insertUnit } from '../org/org.repo.ts';
import { campaignPeriods, valueRuleOf } from '../reports/reports.service.ts';
import { generateCity, type IndicatorTemplate } from './city-generator.ts';
import { CITY_INDICATORS, DONG_HAI_PUBLIC } from './city-plan.ts';
import { DONG_HAI_PLAN } from './dong-hai-plan.ts';

const REPORTED = ['2025-09', '2025-10', '2025-11'];
const MISSING_REASON =
  'Đơn vị chưa hoàn thành báo cáo đúng hạn; phường tổng hợp theo số liệu đã duyệt và sẽ bổ sung vào kỳ sau.';
const DAY = 86_400_000;

async function campaignOf(db: Executor, unitCode: string): Promise<number | null> {
  const r = rowsOf<{ id: number }>(
    await db.execute(sql`SELECT c.id::int FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id
      WHERE u.code = ${unitCode} ORDER BY c.id LIMIT 1`),
  )[0];
  return r ? Number(r.id) : null;
}

/** Inserts the aggregated report of a ward for a period as the seed's story says, with its true snapshot. */
async function insertSubmission(
  tx: Executor,
  ward: campaignRepo.CampaignRowWithUnit,
  periodId: string,
  dueOn: string,
  status: 'submitted' | 'accepted' | 'returned',
) {
  const units = await cityRepo.expectedUnits(tx, [ward.id], periodId);
  const missing = units.filter((u) => u.status !== 'accepted' && u.status !== 'submitted');
  const submittedAt = new Date(Date.parse(`${dueOn}T09:00:00+07:00`) + 2 * DAY).toISOString();
  await tx.insert(upwardSubmissions).values({
    campaignId: ward.id,
    parentCampaignId: ward.parentCampaignId as number,
    unitId: ward.issuingUnitId,
    periodId,
    status,
    version: status === 'submitted' ? 1 : 2,
    missingUnits: missing.map((u) => ({
      unitId: u.unitId,
      code: u.code,
      name: u.name,
      status: u.status ?? 'not_started',
    })),
    missingReason: missing.length ? MISSING_REASON : null,
    snapshot: await linkedValues(tx, ward, periodId),
    note: '',
    returnReason:
      status === 'returned'
        ? 'Tỷ lệ hộ dân sử dụng nước sạch giảm so với kỳ trước nhưng chưa có giải trình; đề nghị phường rà soát, bổ sung.'
        : null,
    submittedAt,
    decidedAt: status === 'submitted' ? null : new Date(Date.parse(submittedAt) + 2 * DAY).toISOString(),
  });
}

export async function seedDemoCityIfMissing(deps: Deps): Promise<boolean> {
  const db = deps.database.db;
  const cityId = await campaignOf(db, 'HP');
  const dongHaiId = await campaignOf(db, 'HP.DONGHAI');
  if (!cityId || !dongHaiId) return false;
  if ((await indicatorRepo.listByCampaign(db, cityId)).length) return false;
  const city = await campaignRepo.getCampaign(db, cityId);
  const dongHai = await campaignRepo.getCampaign(db, dongHaiId);
  const hp = rowsOf<{ id: number }>(
    await db.execute(sql`SELECT id::int FROM org_units WHERE code = 'HP'`),
  )[0];
  if (!city || !dongHai || !hp) return false;
  const dh = new Map((await indicatorRepo.listByCampaign(db, dongHaiId)).map((i) => [i.code, i]));
  const templates: IndicatorTemplate[] = CITY_INDICATORS.map((d) => {
    const i = dh.get(d.ward);
    if (!i) throw new Error(`demo city: no Đông Hải indicator ${d.ward}`);
    return {
      code: i.code,
      kind: i.kind as IndicatorTemplate['kind'],
      direction: i.direction as IndicatorTemplate['direction'],
      target: i.targetValue,
      low: i.targetLow ?? undefined,
      high: i.targetHigh ?? undefined,
      tolerance: i.tolerance ?? undefined,
      factor: i.factor ?? undefined,
    };
  });
  const wardPeriods = campaignPeriods(dongHai);
  const generated = generateCity({
    seed: deps.config.demoCitySeed,
    wards: deps.config.demoCityWards,
    periods: REPORTED.filter((p) => wardPeriods.some((x) => x.id === p)),
    periodCount: wardPeriods.length,
    templates,
  });
  const at = deps.clock.now().toISOString();
  let reportCount = 0;
  let valueCount = 0;
  await db.transaction(async (tx) => {
    // 1. The city's indicators: sums and counts target Σ of the wards' targets.
    const cityInd = new Map<string, IndicatorRow>();
    for (const [k, d] of CITY_INDICATORS.entries()) {
      const w = dh.get(d.ward) as IndicatorRow;
      const flow = isFlow(w.kind as never);
      const target = flow
        ? (w.targetValue ?? 0) +
          generated.reduce((s, g) => s + (g.indicators.find((x) => x.code === d.ward)?.target ?? 0), 0)
        : (d.target ?? w.targetValue);
      const row = await indicatorRepo.insertIndicator(tx, {
        campaignId: cityId,
        code: d.code,
        name: w.name,
        unitOfMeasure: w.unitOfMeasure,
        kind: w.kind,
        direction: w.direction,
        targetValue: w.direction === 'band' ? null : target,
        targetLow: d.low ?? w.targetLow,
        targetHigh: d.high ?? w.targetHigh,
        tolerance: w.tolerance,
        numeratorLabel: w.numeratorLabel,
        denominatorLabel: w.denominatorLabel,
        factor: w.factor,
        parentIndicatorId: null,
        childrenRule: 'none',
        frequency: 'month',
        evidenceRequired: false,
        responsibleUnitId: hp.id,
        coordinatingUnitIds: [],
        weight: 1,
        groupName: d.group,
        sortOrder: (k + 1) * 10,
        sourceText: '',
        note: flow
          ? 'Chỉ tiêu minh hoạ của bản demo: mục tiêu thành phố bằng tổng mục tiêu giao cho các phường.'
          : 'Chỉ tiêu minh hoạ của bản demo: mức thành phố phấn đấu (nội dung Kế hoạch 232/KH-UBND không có trong bộ dữ liệu).',
        createdAt: at,
        updatedAt: at,
      });
      cityInd.set(d.ward, row);
    }
    // 2. Đông Hải's indicators implement them.
    for (const d of CITY_INDICATORS) {
      const w = dh.get(d.ward) as IndicatorRow;
      await tx.execute(sql`UPDATE indicators SET linked_indicator_id = ${cityInd.get(d.ward)?.id ?? null},
        rollup_rule = ${d.rule} WHERE id = ${w.id}`);
    }
    // 3. The generated wards.
    const hpRow = await getUnit(tx, hp.id);
    if (!hpRow) throw new Error('demo city: no HP');
    const { issuingUnitCode: _u, ...plan } = DONG_HAI_PLAN;
    for (const [n, g] of generated.entries()) {
      const wardRow = await insertUnit(tx, {
        parent: hpRow,
        code: g.code,
        name: g.name,
        kind: 'ward',
        sortOrder: 10 + n,
        atIso: at,
      });
      const unitId = new Map<string, number>();
      for (const [i, u] of g.units.entries()) {
        const row = await insertUnit(tx, {
          parent: wardRow,
          code: u.code,
          name: u.name,
          kind: u.kind,
          sortOrder: i + 1,
          atIso: at,
        });
        unitId.set(u.code, row.id);
      }
      const place = g.name.replace(/^(Phường|Xã)\s+/u, '');
      const campaignId = await campaignRepo.insertCampaign(tx, {
        ...plan,
        issuingUnitId: wardRow.id,
        parentCampaignId: cityId,
        place,
        title: `Phát động Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2025 của ${g.name.replace(/^Phường/u, 'phường').replace(/^Xã/u, 'xã')}`,
        tasks: [],
        recipients: ['UBND thành phố (để b/c)', 'Các phòng, ban, đơn vị thuộc phường', 'Lưu: VT.'],
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
        status: 'launched',
        launchedAt: '2025-09-15T01:00:00.000Z',
        createdAt: at,
        updatedAt: at,
      });
      const inds = new Map<string, IndicatorRow>();
      for (const [k, gi] of g.indicators.entries()) {
        const w = dh.get(gi.code) as IndicatorRow;
        const def = CITY_INDICATORS.find((d) => d.ward === gi.code);
        const { id: _id, campaignId: _c, version: _v, ...rest } = w;
        const row = await indicatorRepo.insertIndicator(tx, {
          ...rest,
          campaignId,
          targetValue: w.direction === 'band' ? null : gi.target,
          targetLow: gi.low ?? w.targetLow,
          targetHigh: gi.high ?? w.targetHigh,
          parentIndicatorId: null,
          childrenRule: 'none',
          linkedIndicatorId: cityInd.get(gi.code)?.id ?? null,
          rollupRule: def?.rule ?? 'none',
          frequency: 'month',
          evidenceRequired: false,
          responsibleUnitId: unitId.get(gi.unitCodes[0] as string) ?? wardRow.id,
          coordinatingUnitIds: [],
          sortOrder: (k + 1) * 10,
          sourceText: '',
          note: 'Số liệu minh hoạ do bộ sinh dữ liệu demo tạo ra.',
          createdAt: at,
          updatedAt: at,
        });
        inds.set(gi.code, row);
        await indicatorRepo.addAssignments(
          tx,
          gi.unitCodes.map((c) => ({ indicatorId: row.id, unitId: unitId.get(c) as number })),
        );
      }
      const wardCampaign = (await campaignRepo.getCampaign(
        tx,
        campaignId,
      )) as campaignRepo.CampaignRowWithUnit;
      const periods = campaignPeriods(wardCampaign);
      for (const rep of g.reports) {
        const p = periods.find((x) => x.id === rep.periodId);
        if (!p) continue;
        const due = Date.parse(`${p.dueOn}T10:00:00+07:00`);
        const submittedAt =
          rep.fate === 'draft' ? null : new Date(due + (rep.late ? 3 * DAY : -2 * DAY)).toISOString();
        const reviewed = rep.fate === 'accepted' || rep.fate === 'returned';
        const reviewedAt =
          reviewed && submittedAt ? new Date(Date.parse(submittedAt) + DAY).toISOString() : null;
        const createdAt = new Date(Date.parse(p.end) + DAY).toISOString();
        const [row] = await tx
          .insert(reports)
          .values({
            campaignId,
            unitId: unitId.get(rep.unitCode) as number,
            periodId: p.id,
            status: rep.fate,
            dueOn: p.dueOn,
            version: rep.fate === 'draft' ? 2 : reviewed ? 4 : 3,
            submittedAt,
            submittedBy: null,
            reviewedAt,
            reviewedBy: null,
            reviewComment:
              rep.fate === 'returned' ? 'Số liệu chưa khớp với sổ theo dõi, đề nghị rà soát lại.' : null,
            createdAt,
            updatedAt: reviewedAt ?? submittedAt ?? createdAt,
          })
          .returning({ id: reports.id });
        reportCount++;
        const rows: (typeof reportValues.$inferInsert)[] = [];
        for (const v of rep.values) {
          const ind = inds.get(v.code) as IndicatorRow;
          const check = checkValue(valueRuleOf(ind), v);
          if (check.problems.length || check.value === null) continue;
          rows.push({
            reportId: (row as { id: number }).id,
            indicatorId: ind.id,
            value: check.value,
            numerator: check.numerator,
            denominator: check.denominator,
            isEstimate: false,
            comment: '',
            outlier: null,
            updatedAt: submittedAt ?? createdAt,
            updatedBy: null,
          });
        }
        valueCount += rows.length;
        if (rows.length) await tx.insert(reportValues).values(rows);
      }
      await refreshTotals(tx, campaignId);
      for (const s of g.submissions) {
        const p = periods.find((x) => x.id === s.periodId);
        if (p) await insertSubmission(tx, wardCampaign, p.id, p.dueOn, s.status);
      }
    }
    // 4. Đông Hải sent September and October (when nothing waited for review); November is the office's to send.
    const dhRow = (await campaignRepo.getCampaign(tx, dongHaiId)) as campaignRepo.CampaignRowWithUnit;
    for (const p of wardPeriods.filter((x) => x.id === '2025-09' || x.id === '2025-10')) {
      const units = await cityRepo.expectedUnits(tx, [dongHaiId], p.id);
      if (!units.some((u) => u.status !== null)) continue;
      if (units.some((u) => u.status === 'submitted')) continue;
      await insertSubmission(tx, dhRow, p.id, p.dueOn, 'accepted');
    }
    // 5. Published on the portal.
    const cityIds = CITY_INDICATORS.filter((d) => d.isPublic).map((d) => cityInd.get(d.ward)?.id as number);
    const dhIds = DONG_HAI_PUBLIC.map((c) => dh.get(c)?.id).filter((x): x is number => x !== undefined);
    await tx.insert(publicSettings).values([
      {
        campaignId: cityId,
        isPublic: true,
        indicatorIds: cityIds,
        screenTitle: 'Thi đua thành phố Hải Phòng năm 2025',
        version: 1,
        updatedAt: at,
      },
      {
        campaignId: dongHaiId,
        isPublic: true,
        indicatorIds: dhIds,
        screenTitle: 'Phường Đông Hải thi đua hoàn thành kế hoạch năm 2025',
        version: 1,
        updatedAt: at,
      },
    ]);
    await recordAudit(
      tx,
      deps,
      { actor: null, ip: null },
      {
        entity: 'system',
        entityId: null,
        unitId: null,
        action: 'system.seed_demo_city',
        after: {
          cityIndicators: CITY_INDICATORS.length,
          wards: generated.map((g) => g.code),
          seed: deps.config.demoCitySeed,
          reports: reportCount,
          values: valueCount,
        },
      },
    );
  });
  return true;
}
