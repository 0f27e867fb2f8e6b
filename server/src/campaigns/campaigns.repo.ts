import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { campaigns, campaignVersions, indicators, orgUnits } from '../db/schema.ts';
import { likeEscape, matchAllWords, searchWords } from '../db/search.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignRowWithUnit = CampaignRow & {
  issuingUnitName: string;
  issuingUnitPath: string;
  indicatorCount: number;
};

const withUnit = {
  campaign: campaigns,
  issuingUnitName: orgUnits.name,
  issuingUnitPath: orgUnits.path,
  indicatorCount: sql<number>`(SELECT count(*)::int FROM indicators i WHERE i.campaign_id = ${campaigns.id})`,
};

const flatten = (r: {
  campaign: CampaignRow;
  issuingUnitName: string;
  issuingUnitPath: string;
  indicatorCount: number;
}): CampaignRowWithUnit => ({
  ...r.campaign,
  issuingUnitName: r.issuingUnitName,
  issuingUnitPath: r.issuingUnitPath,
  indicatorCount: Number(r.indicatorCount),
});

export interface CampaignFilter {
  /** Subtree roots where the caller holds any role: campaigns of units inside, and of their ancestors, are readable. */
  roots: string[];
  q?: string;
  status?: string;
  issuingUnitId?: number;
  year?: number;
}

/** Campaigns issued inside the caller's subtrees or by an ancestor of one of their units; newest first. */
export async function listCampaigns(db: Executor, f: CampaignFilter): Promise<CampaignRowWithUnit[]> {
  if (!f.roots.length) return [];
  const visible = sql.join(
    f.roots.map(
      (p) => sql`(${orgUnits.path} LIKE ${`${likeEscape(p)}%`} OR ${p} LIKE ${orgUnits.path} || '%')`,
    ),
    sql` OR `,
  );
  const words = searchWords(f.q);
  if (f.q?.trim() && !words.length) return [];
  const key = sql`thidua_search_key(${campaigns.title} || ' ' || coalesce(${campaigns.documentNumber}::text, '') || '/' || ${campaigns.documentSymbol})`;
  const rows = await db
    .select(withUnit)
    .from(campaigns)
    .innerJoin(orgUnits, eq(orgUnits.id, campaigns.issuingUnitId))
    .where(
      and(
        sql`(${visible})`,
        f.status ? eq(campaigns.status, f.status) : undefined,
        f.issuingUnitId ? eq(campaigns.issuingUnitId, f.issuingUnitId) : undefined,
        f.year
          ? sql`(extract(year from coalesce(${campaigns.startsOn}, ${campaigns.endsOn})) = ${f.year} OR left(${campaigns.issuedOn}, 4) = ${String(f.year)})`
          : undefined,
        ...matchAllWords(key, words),
      ),
    )
    .orderBy(desc(campaigns.updatedAt), desc(campaigns.id))
    .limit(1000);
  return rows.map(flatten);
}

export async function getCampaign(db: Executor, id: number): Promise<CampaignRowWithUnit | undefined> {
  const rows = await db
    .select(withUnit)
    .from(campaigns)
    .innerJoin(orgUnits, eq(orgUnits.id, campaigns.issuingUnitId))
    .where(eq(campaigns.id, id));
  return rows[0] ? flatten(rows[0]) : undefined;
}

export async function lockCampaign(db: Executor, id: number): Promise<CampaignRow | undefined> {
  const rows = await db.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return rows[0];
}

export async function insertCampaign(db: Executor, row: typeof campaigns.$inferInsert): Promise<number> {
  const rows = await db.insert(campaigns).values(row).returning({ id: campaigns.id });
  return Number(rows[0]?.id);
}

/** Optimistic update: returns false when the version moved on. */
export async function updateCampaign(
  db: Executor,
  id: number,
  version: number,
  set: Partial<typeof campaigns.$inferInsert>,
  atIso: string,
): Promise<boolean> {
  const rows = await db
    .update(campaigns)
    .set({ ...set, updatedAt: atIso, version: sql`${campaigns.version} + 1` })
    .where(and(eq(campaigns.id, id), eq(campaigns.version, version)))
    .returning({ id: campaigns.id });
  return rows.length > 0;
}

/** id → parent id for the whole table (small: one row per campaign), for cycle checks. */
export async function parentMap(db: Executor): Promise<Map<number, number | null>> {
  const rows = await db.select({ id: campaigns.id, parent: campaigns.parentCampaignId }).from(campaigns);
  return new Map(rows.map((r) => [Number(r.id), r.parent === null ? null : Number(r.parent)]));
}

export async function subCampaigns(db: Executor, id: number) {
  return db
    .select({
      id: campaigns.id,
      title: campaigns.title,
      issuingUnitName: orgUnits.name,
      status: campaigns.status,
    })
    .from(campaigns)
    .innerJoin(orgUnits, eq(orgUnits.id, campaigns.issuingUnitId))
    .where(eq(campaigns.parentCampaignId, id))
    .orderBy(asc(orgUnits.path), asc(campaigns.id));
}

export async function insertVersion(db: Executor, row: typeof campaignVersions.$inferInsert): Promise<void> {
  await db.insert(campaignVersions).values(row);
}

export async function listVersions(db: Executor, campaignId: number) {
  return db
    .select()
    .from(campaignVersions)
    .where(eq(campaignVersions.campaignId, campaignId))
    .orderBy(desc(campaignVersions.id));
}

export async function countIndicators(db: Executor, campaignId: number): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicators)
    .where(eq(indicators.campaignId, campaignId));
  return Number(rows[0]?.n ?? 0);
}

/** Moves the campaign's version on (a change to its indicators or assignments) and returns the new number. */
export async function bumpVersion(db: Executor, id: number, atIso: string): Promise<number> {
  const rows = await db
    .update(campaigns)
    .set({ version: sql`${campaigns.version} + 1`, updatedAt: atIso })
    .where(eq(campaigns.id, id))
    .returning({ version: campaigns.version });
  return Number(rows[0]?.version);
}
