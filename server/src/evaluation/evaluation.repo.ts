import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  campaigns,
  evaluationManualScores,
  evidenceFiles,
  reports,
  reportValues,
  users,
} from '../db/schema.ts';

export type ManualScoreRow = typeof evaluationManualScores.$inferSelect & { updatedByName: string | null };

/** Every report of a campaign (all periods, any status): a few per unit and period. */
export async function campaignReports(db: Executor, campaignId: number) {
  return db.select().from(reports).where(eq(reports.campaignId, campaignId));
}

/** Values of some reports (for one or two periods, or one unit's history). */
export async function valuesOfReports(db: Executor, reportIds: number[]) {
  if (!reportIds.length) return [];
  return db.select().from(reportValues).where(inArray(reportValues.reportId, reportIds));
}

/** Number of live evidence files per (report, indicator). */
export async function evidenceCounts(db: Executor, reportIds: number[]): Promise<Map<string, number>> {
  if (!reportIds.length) return new Map();
  const rows = await db
    .select({
      reportId: evidenceFiles.reportId,
      indicatorId: evidenceFiles.indicatorId,
      n: sql<number>`count(*)::int`,
    })
    .from(evidenceFiles)
    .where(and(inArray(evidenceFiles.reportId, reportIds), isNull(evidenceFiles.deletedAt)))
    .groupBy(evidenceFiles.reportId, evidenceFiles.indicatorId);
  return new Map(rows.map((r) => [`${r.reportId}:${r.indicatorId}`, Number(r.n)]));
}

/** Live evidence files of some reports for one indicator. */
export async function evidenceFor(db: Executor, reportIds: number[], indicatorId: number) {
  if (!reportIds.length) return [];
  return db
    .select({
      id: evidenceFiles.id,
      reportId: evidenceFiles.reportId,
      fileName: evidenceFiles.fileName,
      sizeBytes: evidenceFiles.sizeBytes,
    })
    .from(evidenceFiles)
    .where(
      and(
        inArray(evidenceFiles.reportId, reportIds),
        eq(evidenceFiles.indicatorId, indicatorId),
        isNull(evidenceFiles.deletedAt),
      ),
    )
    .orderBy(evidenceFiles.id);
}

export async function manualScores(db: Executor, campaignId: number): Promise<ManualScoreRow[]> {
  const rows = await db
    .select({ s: evaluationManualScores, name: users.fullName })
    .from(evaluationManualScores)
    .leftJoin(users, eq(users.id, evaluationManualScores.updatedBy))
    .where(eq(evaluationManualScores.campaignId, campaignId))
    .orderBy(evaluationManualScores.unitId, evaluationManualScores.criterion);
  return rows.map((r) => ({ ...r.s, updatedByName: r.name }));
}

export async function upsertManualScore(db: Executor, row: typeof evaluationManualScores.$inferInsert) {
  await db
    .insert(evaluationManualScores)
    .values(row)
    .onConflictDoUpdate({
      target: [
        evaluationManualScores.campaignId,
        evaluationManualScores.unitId,
        evaluationManualScores.criterion,
      ],
      set: { score: row.score, reason: row.reason, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    });
}

export async function deleteManualScore(db: Executor, campaignId: number, unitId: number, criterion: string) {
  await db
    .delete(evaluationManualScores)
    .where(
      and(
        eq(evaluationManualScores.campaignId, campaignId),
        eq(evaluationManualScores.unitId, unitId),
        eq(evaluationManualScores.criterion, criterion),
      ),
    );
}

/** Saves the settings when the version still matches; false on a stale version. */
export async function saveSettings(db: Executor, campaignId: number, version: number, settings: unknown) {
  const rows = await db
    .update(campaigns)
    .set({ evaluation: settings, evaluationVersion: version + 1 })
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.evaluationVersion, version)))
    .returning({ id: campaigns.id });
  return rows.length === 1;
}
