/**
 * The public transparency portal (issue 9, ADR 0009). The office chooses whether a campaign is public and which
 * of its indicators; anyone may then read, without signing in, the goals and progress (per ward for a city
 * campaign), the campaign's disclosures and the decisions issued. A campaign that is not public, not launched or
 * closed, or unknown answers the same 404. Answers are cached by a fingerprint of what they read, so a change
 * shows on the next request; the routes add HTTP caching and a per-address rate limit.
 */
import {
  evaluateCell,
  type PublicCampaign,
  type PublicCampaignSummary,
  type PublicIndicator,
  type PublicSettings,
  type PublicSettingsSave,
  plannedAt,
  progressStatus,
  vnDate,
} from '@thidua/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import { hasRoleOver } from '../access/actor.ts';
import { recordAudit, recordDenied } from '../audit/audit.service.ts';
import { requireActor } from '../auth/auth.service.ts';
import type { CampaignRowWithUnit } from '../campaigns/campaigns.repo.ts';
import * as campaignRepo from '../campaigns/campaigns.repo.ts';
import { loadCampaign } from '../campaigns/campaigns.service.ts';
import { periodsWithData } from '../city/city.repo.ts';
import { buildCityDashboard, childCampaigns, cityFingerprint } from '../city/dashboard.service.ts';
import { pickPeriod } from '../city/period.ts';
import { type Executor, rowsOf } from '../db/client.ts';
import { decisions, disclosures, publicSettings, users } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { cachedJson, campaignStamp } from '../evaluation/cache.ts';
import { totalsOf, wholeFromTotal } from '../evaluation/totals.ts';
import { AppError } from '../http/errors.ts';
import { readMemo } from '../http/read-memo.ts';
import * as indicatorRepo from '../indicators/indicators.repo.ts';
import { CAMPAIGN_READERS, REVIEWERS } from '../reports/reports.policy.ts';
import { campaignPeriods } from '../reports/reports.service.ts';
import { presentDecision } from '../rewards/decisions.service.ts';

type SettingsRow = typeof publicSettings.$inferSelect;

async function settingsRow(db: Executor, campaignId: number): Promise<SettingsRow | undefined> {
  return (await db.select().from(publicSettings).where(eq(publicSettings.campaignId, campaignId)))[0];
}

async function authorizeSettings(
  deps: Deps,
  ctx: RequestContext,
  c: CampaignRowWithUnit,
  action: 'read' | 'edit',
): Promise<boolean> {
  const actor = requireActor(ctx);
  const canEdit = hasRoleOver(actor, REVIEWERS, c.issuingUnitPath);
  if (action === 'edit' ? canEdit : canEdit || hasRoleOver(actor, CAMPAIGN_READERS, c.issuingUnitPath))
    return canEdit;
  await recordDenied(deps, ctx, {
    entity: 'campaign',
    entityId: c.id,
    unitId: c.issuingUnitId,
    action: `public_settings.${action}`,
  });
  throw new AppError('FORBIDDEN');
}

async function settingsView(
  db: Executor,
  c: CampaignRowWithUnit,
  row: SettingsRow | undefined,
  canEdit: boolean,
): Promise<PublicSettings> {
  const inds = await indicatorRepo.listByCampaign(db, c.id);
  const who = row?.updatedBy
    ? (await db.select({ n: users.fullName }).from(users).where(eq(users.id, row.updatedBy)))[0]?.n
    : null;
  return {
    campaignId: c.id,
    isPublic: row?.isPublic ?? false,
    indicatorIds: row?.indicatorIds ?? [],
    screenTitle: row?.screenTitle ?? '',
    version: row?.version ?? 0,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    updatedBy: who ?? null,
    indicators: inds.map((i) => ({ id: i.id, code: i.code, name: i.name, parentId: i.parentIndicatorId })),
    campaignStatus: c.status,
    canEdit,
  };
}

export async function getSettings(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
): Promise<PublicSettings> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  const canEdit = await authorizeSettings(deps, ctx, c, 'read');
  return settingsView(db, c, await settingsRow(db, c.id), canEdit);
}

export async function saveSettings(
  deps: Deps,
  ctx: RequestContext,
  campaignId: number,
  input: PublicSettingsSave,
): Promise<PublicSettings> {
  const db = deps.database.db;
  const c = await loadCampaign(db, campaignId);
  await authorizeSettings(deps, ctx, c, 'edit');
  const inds = new Set((await indicatorRepo.listByCampaign(db, c.id)).map((i) => i.id));
  const unknown = input.indicatorIds.filter((id) => !inds.has(id));
  if (unknown.length)
    throw new AppError(
      'PUBLIC_INDICATOR_UNKNOWN',
      unknown.map((id) => ({
        path: 'body.indicatorIds',
        message: `Chỉ tiêu số ${id} không thuộc đợt thi đua`,
      })),
    );
  const ids = [...new Set(input.indicatorIds)];
  const actor = requireActor(ctx);
  const at = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const cur = await tx
      .select()
      .from(publicSettings)
      .where(eq(publicSettings.campaignId, c.id))
      .for('update');
    const before = cur[0];
    if ((before?.version ?? 0) !== input.version) throw new AppError('CONFLICT_STALE');
    const next = {
      isPublic: input.isPublic,
      indicatorIds: ids,
      screenTitle: input.screenTitle ?? '',
      version: input.version + 1,
      updatedBy: actor.userId,
      updatedAt: at,
    };
    if (before) await tx.update(publicSettings).set(next).where(eq(publicSettings.campaignId, c.id));
    else await tx.insert(publicSettings).values({ campaignId: c.id, ...next });
    await recordAudit(tx, deps, ctx, {
      entity: 'campaign',
      entityId: c.id,
      unitId: c.issuingUnitId,
      action: 'public_settings.save',
      before: before
        ? { isPublic: before.isPublic, indicatorIds: before.indicatorIds, screenTitle: before.screenTitle }
        : null,
      after: { isPublic: next.isPublic, indicatorIds: ids, screenTitle: next.screenTitle },
    });
  });
  return settingsView(db, c, await settingsRow(db, c.id), true);
}

// --- public reads ---------------------------------------------------------------------------------------------

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

async function summaryOf(
  db: Executor,
  c: CampaignRowWithUnit,
  count: number,
): Promise<PublicCampaignSummary> {
  const kids = await childCampaigns(db, c.id);
  return {
    id: c.id,
    title: c.title,
    issuer: c.issuingUnitName,
    reference: c.documentNumber ? `${pad(c.documentNumber)}/${c.documentSymbol}` : c.documentSymbol,
    level: kids.length ? 'city' : 'ward',
    status: c.status as 'launched' | 'closed',
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    indicatorCount: count,
  };
}

/** The published campaign, or 404 PUBLIC_NOT_FOUND (unknown, not public, or a draft: all look the same). */
async function publishedCampaign(db: Executor, campaignId: number) {
  const c = await campaignRepo.getCampaign(db, campaignId);
  const s = c ? await settingsRow(db, c.id) : undefined;
  if (!c || !s?.isPublic || (c.status !== 'launched' && c.status !== 'closed'))
    throw new AppError('PUBLIC_NOT_FOUND');
  return { c, s };
}

export async function listPublic(deps: Deps): Promise<string> {
  const db = deps.database.db;
  const rows = rowsOf<{ id: number; f: string }>(
    await db.execute(sql`
      SELECT c.id::int, c.version || '.' || s.version AS f
        FROM public_settings s JOIN campaigns c ON c.id = s.campaign_id
       WHERE s.is_public AND c.status IN ('launched', 'closed')
       ORDER BY c.id`),
  );
  const f = rows.map((r) => `${r.id}:${r.f}`).join(',');
  return cachedJson(`public-list`, f, async () => {
    const out: PublicCampaignSummary[] = [];
    for (const r of rows) {
      const { c, s } = await publishedCampaign(db, Number(r.id));
      out.push(await summaryOf(db, c, s.indicatorIds.length));
    }
    return { campaigns: out };
  });
}

export async function publicCampaign(
  deps: Deps,
  campaignId: number,
  periodId: string | undefined,
): Promise<string> {
  const db = deps.database.db;
  const { c, s } = await publishedCampaign(db, campaignId);
  const today = vnDate(deps.clock.now());
  const f = await readMemo(`public|${c.id}`, async () => {
    const stamp = await campaignStamp(db, c.id);
    return [
      s.version,
      stamp?.fingerprint ?? '',
      await cityFingerprint(db, c.id),
      rowsOf<{ f: string }>(
        await db.execute(sql`
        SELECT (SELECT count(*) || '.' || coalesce(max(id), 0) FROM decisions WHERE campaign_id = ${c.id}) || '|' ||
               (SELECT count(*) || '.' || coalesce(max(id), 0) FROM disclosures WHERE campaign_id = ${c.id}) || '|' ||
               (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM nominations WHERE campaign_id = ${c.id}) AS f`),
      )[0]?.f,
    ].join('#');
  });
  return cachedJson(`public|${c.id}|${today}|${periodId ?? ''}`, f, () =>
    buildPublicCampaign(deps, c, s, periodId, today),
  );
}

async function buildPublicCampaign(
  deps: Deps,
  c: CampaignRowWithUnit,
  s: SettingsRow,
  periodId: string | undefined,
  today: string,
): Promise<PublicCampaign> {
  const db = deps.database.db;
  const all = await indicatorRepo.listByCampaign(db, c.id);
  const byId = new Map(all.map((i) => [i.id, i]));
  const shown = s.indicatorIds.map((id) => byId.get(id)).filter((i) => i !== undefined);
  const periods = campaignPeriods(c);
  const summary = await summaryOf(db, c, shown.length);
  let period: { id: string; label: string };
  let indicators: PublicIndicator[];
  let wards: PublicCampaign['wards'] = [];
  if (summary.level === 'city') {
    const d = await buildCityDashboard(db, c, periodId, today, false);
    period = { id: d.period.id, label: d.period.label };
    const row = new Map(d.indicators.map((i) => [i.id, i]));
    indicators = shown.flatMap((i) => {
      const r = row.get(i.id);
      if (!r) return [];
      return [
        {
          code: r.code,
          name: r.name,
          unitOfMeasure: r.unitOfMeasure,
          kind: r.kind,
          direction: r.direction,
          target: r.target,
          targetLow: r.targetLow,
          targetHigh: r.targetHigh,
          value: r.value,
          completion: r.completion,
          status: r.status,
          isEstimate: r.isEstimate,
          reported: r.wardsReported,
          expected: r.wardsLinked,
        },
      ];
    });
    const shownIds = new Set(shown.map((i) => i.id));
    wards = d.wards
      .filter((w) => w.campaignId !== null)
      .map((w) => ({
        code: w.code,
        name: w.name,
        submission: w.submission?.status ?? null,
        cells: d.cells
          .filter((x) => x.wardUnitId === w.unitId && shownIds.has(x.indicatorId))
          .map((x) => ({
            indicatorCode: byId.get(x.indicatorId)?.code ?? '',
            value: x.value,
            completion: x.completion,
            status: x.status,
            isEstimate: x.isEstimate,
          })),
      }));
  } else {
    const p = pickPeriod(periods, periodId, today, periodId ? undefined : await periodsWithData(db, [c.id]));
    period = { id: p.id, label: p.label };
    const idx = periods.findIndex((x) => x.id === p.id);
    const totals = new Map((await totalsOf(db, c.id, [p.id])).map((t) => [t.indicatorId, t]));
    const assigned = await indicatorRepo.assignmentsOf(
      db,
      shown.map((i) => i.id),
    );
    indicators = shown.map((i) => {
      const w = wholeFromTotal(i, totals.get(i.id));
      const planned = plannedAt(i.kind as never, i.targetValue, idx, periods.length);
      const ev = evaluateCell({
        direction: i.direction as never,
        actual: w.value,
        planned,
        target: i.targetValue,
        targetLow: i.targetLow,
        targetHigh: i.targetHigh,
        tolerance: i.tolerance,
      });
      return {
        code: i.code,
        name: i.name,
        unitOfMeasure: i.unitOfMeasure,
        kind: i.kind as PublicIndicator['kind'],
        direction: i.direction as PublicIndicator['direction'],
        target: i.targetValue,
        targetLow: i.targetLow,
        targetHigh: i.targetHigh,
        value: w.value,
        completion: ev.completion,
        status: progressStatus({
          direction: i.direction as never,
          target: i.targetValue,
          targetLow: i.targetLow,
          targetHigh: i.targetHigh,
          tolerance: i.tolerance,
          planned,
          actual: w.value,
        }),
        isEstimate: w.isEstimate,
        reported: w.unitsReported,
        expected: assigned.get(i.id)?.length ?? 0,
      };
    });
  }
  const discl = await db
    .select({
      d: disclosures,
      n: sql<number>`(SELECT count(*)::int FROM disclosure_items i WHERE i.disclosure_id = ${disclosures.id})`,
    })
    .from(disclosures)
    .where(and(eq(disclosures.campaignId, c.id), sql`${disclosures.startsOn} <= ${today}`))
    .orderBy(desc(disclosures.startsOn));
  const decs = await db
    .select()
    .from(decisions)
    .where(and(eq(decisions.campaignId, c.id), eq(decisions.kind, 'decision')))
    .orderBy(desc(decisions.signedOn), desc(decisions.id));
  const decisionViews = [];
  for (const d of decs) {
    const v = await presentDecision(db, d);
    decisionViews.push({
      reference: v.reference,
      signedOn: v.signedOn,
      signerName: v.signerName,
      awardees: v.items.map((x) => ({
        name: x.name,
        award: x.awardName,
        collective: x.subject === 'collective',
      })),
    });
  }
  return {
    campaign: summary,
    screenTitle: s.screenTitle,
    period,
    periods: periods.map((x) => ({ id: x.id, label: x.label })),
    generatedAt: deps.clock.now().toISOString(),
    indicators,
    wards,
    disclosures: discl.map((r) => ({
      id: r.d.id,
      title: r.d.title,
      startsOn: r.d.startsOn,
      endsOn: r.d.endsOn,
      open: r.d.startsOn <= today && today <= r.d.endsOn,
      nominees: Number(r.n),
    })),
    decisions: decisionViews,
  };
}
