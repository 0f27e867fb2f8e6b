import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { indicatorAssignments, indicators, orgUnits } from '../db/schema.ts';

export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorInsert = typeof indicators.$inferInsert;

export async function listByCampaign(db: Executor, campaignId: number): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(indicators)
    .where(eq(indicators.campaignId, campaignId))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
}

export async function getIndicator(db: Executor, id: number): Promise<IndicatorRow | undefined> {
  const rows = await db.select().from(indicators).where(eq(indicators.id, id));
  return rows[0];
}

export async function getIndicators(db: Executor, ids: number[]): Promise<IndicatorRow[]> {
  if (!ids.length) return [];
  return db.select().from(indicators).where(inArray(indicators.id, ids));
}

export async function codeTaken(
  db: Executor,
  campaignId: number,
  code: string,
  exceptId?: number,
): Promise<boolean> {
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(
      and(
        eq(indicators.campaignId, campaignId),
        sql`upper(${indicators.code}) = upper(${code})`,
        exceptId ? sql`${indicators.id} <> ${exceptId}` : undefined,
      ),
    );
  return rows.length > 0;
}

export async function insertIndicator(db: Executor, row: IndicatorInsert): Promise<IndicatorRow> {
  const rows = await db.insert(indicators).values(row).returning();
  return rows[0] as IndicatorRow;
}

export async function updateIndicator(
  db: Executor,
  id: number,
  version: number,
  set: Partial<IndicatorInsert>,
  atIso: string,
): Promise<IndicatorRow | undefined> {
  const rows = await db
    .update(indicators)
    .set({ ...set, updatedAt: atIso, version: sql`${indicators.version} + 1` })
    .where(and(eq(indicators.id, id), eq(indicators.version, version)))
    .returning();
  return rows[0];
}

export async function deleteIndicator(db: Executor, id: number): Promise<void> {
  await db.delete(indicatorAssignments).where(eq(indicatorAssignments.indicatorId, id));
  await db.delete(indicators).where(eq(indicators.id, id));
}

export async function childrenOf(db: Executor, parentId: number): Promise<IndicatorRow[]> {
  return db.select().from(indicators).where(eq(indicators.parentIndicatorId, parentId));
}

export async function countLinkedFrom(db: Executor, id: number): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicators)
    .where(eq(indicators.linkedIndicatorId, id));
  return Number(rows[0]?.n ?? 0);
}

/** indicator id → assigned unit ids (ordered by the unit's place in the tree). */
export async function assignmentsOf(db: Executor, indicatorIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!indicatorIds.length) return out;
  const rows = await db
    .select({ indicatorId: indicatorAssignments.indicatorId, unitId: indicatorAssignments.unitId })
    .from(indicatorAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, indicatorAssignments.unitId))
    .where(inArray(indicatorAssignments.indicatorId, indicatorIds))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortOrder));
  for (const r of rows) out.set(r.indicatorId, [...(out.get(r.indicatorId) ?? []), r.unitId]);
  return out;
}

export async function addAssignments(
  db: Executor,
  pairs: { indicatorId: number; unitId: number }[],
): Promise<number> {
  if (!pairs.length) return 0;
  const rows = await db
    .insert(indicatorAssignments)
    .values(pairs)
    .onConflictDoNothing()
    .returning({ id: indicatorAssignments.indicatorId });
  return rows.length;
}

export async function removeAssignments(
  db: Executor,
  indicatorIds: number[],
  unitIds: number[],
): Promise<number> {
  const rows = await db
    .delete(indicatorAssignments)
    .where(
      and(
        inArray(indicatorAssignments.indicatorId, indicatorIds),
        inArray(indicatorAssignments.unitId, unitIds),
      ),
    )
    .returning({ id: indicatorAssignments.indicatorId });
  return rows.length;
}

/** Paths of the given units (missing ids are absent from the map). */
export async function unitPaths(db: Executor, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
  return new Map(rows.map((r) => [Number(r.id), r.path]));
}

/** id, code, name, kind and path of the given units, in tree order. */
export async function unitsByIds(db: Executor, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      kind: orgUnits.kind,
      path: orgUnits.path,
    })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortOrder));
}
