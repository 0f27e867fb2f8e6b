import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  evidenceFiles,
  indicatorAssignments,
  indicators,
  orgUnits,
  reports,
  reportValues,
  users,
} from '../db/schema.ts';

export type ReportRow = typeof reports.$inferSelect;
export type ReportValueRow = typeof reportValues.$inferSelect;
export type EvidenceRow = Omit<typeof evidenceFiles.$inferSelect, 'content'> & {
  uploadedByName: string | null;
};

/** Units that report in a campaign (they have at least one assigned indicator), with how many indicators. */
export async function reportingUnits(db: Executor, campaignIds: number[]) {
  if (!campaignIds.length) return [];
  const rows = await db
    .select({
      campaignId: indicators.campaignId,
      unitId: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      path: orgUnits.path,
      sortOrder: orgUnits.sortOrder,
      indicatorCount: sql<number>`count(*)::int`,
    })
    .from(indicatorAssignments)
    .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
    .innerJoin(orgUnits, eq(orgUnits.id, indicatorAssignments.unitId))
    .where(inArray(indicators.campaignId, campaignIds))
    .groupBy(indicators.campaignId, orgUnits.id)
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code));
  return rows.map((r) => ({ ...r, indicatorCount: Number(r.indicatorCount) }));
}

/** Reports of campaigns with the number of values filled in. */
export async function reportsOf(db: Executor, campaignIds: number[]) {
  if (!campaignIds.length) return [];
  const rows = await db
    .select({
      report: reports,
      filled: sql<number>`(SELECT count(*)::int FROM report_values v WHERE v.report_id = ${reports.id} AND v.value IS NOT NULL)`,
    })
    .from(reports)
    .where(inArray(reports.campaignId, campaignIds));
  return rows.map((r) => ({ ...r.report, filled: Number(r.filled) }));
}

export async function getReport(db: Executor, id: number): Promise<ReportRow | undefined> {
  return (await db.select().from(reports).where(eq(reports.id, id)))[0];
}

export async function findReport(db: Executor, campaignId: number, unitId: number, periodId: string) {
  return (
    await db
      .select()
      .from(reports)
      .where(
        and(eq(reports.campaignId, campaignId), eq(reports.unitId, unitId), eq(reports.periodId, periodId)),
      )
  )[0];
}

/** Inserts the draft unless it exists (two people opening at once both get the same report). */
export async function insertReport(
  db: Executor,
  r: { campaignId: number; unitId: number; periodId: string; dueOn: string; at: string },
): Promise<ReportRow | undefined> {
  const rows = await db
    .insert(reports)
    .values({ ...r, createdAt: r.at, updatedAt: r.at })
    .onConflictDoNothing()
    .returning();
  return rows[0];
}

/** Moves the version on (optimistic concurrency); false when someone else got there first. */
export async function touchReport(
  db: Executor,
  id: number,
  version: number,
  set: Partial<typeof reports.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(reports)
    .set({ ...set, version: version + 1 })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning({ id: reports.id });
  return rows.length === 1;
}

export async function valuesOf(db: Executor, reportIds: number[]): Promise<ReportValueRow[]> {
  if (!reportIds.length) return [];
  return db.select().from(reportValues).where(inArray(reportValues.reportId, reportIds));
}

export async function upsertValue(db: Executor, v: typeof reportValues.$inferInsert): Promise<void> {
  await db
    .insert(reportValues)
    .values(v)
    .onConflictDoUpdate({
      target: [reportValues.reportId, reportValues.indicatorId],
      set: {
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        isEstimate: v.isEstimate,
        comment: v.comment,
        outlier: v.outlier,
        updatedAt: v.updatedAt,
        updatedBy: v.updatedBy,
      },
    });
}

/** Every report of a unit in a campaign (to read the unit's history for an indicator). */
export async function unitReports(db: Executor, campaignId: number, unitId: number): Promise<ReportRow[]> {
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.campaignId, campaignId), eq(reports.unitId, unitId)));
}

/** Indicators of the campaign assigned to the unit, in plan order. */
export async function assignedIndicators(db: Executor, campaignId: number, unitId: number) {
  return db
    .select({ indicator: indicators })
    .from(indicatorAssignments)
    .innerJoin(indicators, eq(indicators.id, indicatorAssignments.indicatorId))
    .where(and(eq(indicators.campaignId, campaignId), eq(indicatorAssignments.unitId, unitId)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .then((rows) => rows.map((r) => r.indicator));
}

const evidenceColumns = {
  id: evidenceFiles.id,
  reportId: evidenceFiles.reportId,
  indicatorId: evidenceFiles.indicatorId,
  fileName: evidenceFiles.fileName,
  mimeType: evidenceFiles.mimeType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  storage: evidenceFiles.storage,
  uploadedBy: evidenceFiles.uploadedBy,
  uploadedAt: evidenceFiles.uploadedAt,
  deletedAt: evidenceFiles.deletedAt,
  uploadedByName: users.fullName,
};

export async function evidenceOf(db: Executor, reportId: number): Promise<EvidenceRow[]> {
  return db
    .select(evidenceColumns)
    .from(evidenceFiles)
    .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(and(eq(evidenceFiles.reportId, reportId), isNull(evidenceFiles.deletedAt)))
    .orderBy(asc(evidenceFiles.id));
}

export async function getEvidence(db: Executor, id: number): Promise<EvidenceRow | undefined> {
  return (
    await db
      .select(evidenceColumns)
      .from(evidenceFiles)
      .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
      .where(and(eq(evidenceFiles.id, id), isNull(evidenceFiles.deletedAt)))
  )[0];
}

export async function evidenceContent(db: Executor, id: number): Promise<Buffer | null> {
  const rows = await db
    .select({ content: evidenceFiles.content })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.id, id));
  return rows[0]?.content ?? null;
}

export async function insertEvidence(db: Executor, row: typeof evidenceFiles.$inferInsert): Promise<number> {
  const rows = await db.insert(evidenceFiles).values(row).returning({ id: evidenceFiles.id });
  return (rows[0] as { id: number }).id;
}

export async function deleteEvidence(db: Executor, id: number, at: string): Promise<void> {
  await db.update(evidenceFiles).set({ deletedAt: at }).where(eq(evidenceFiles.id, id));
}

export async function userNames(db: Executor, ids: (number | null)[]): Promise<Map<number, string>> {
  const list = [...new Set(ids.filter((x): x is number => x !== null))];
  if (!list.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}
