import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { progressSchedules } from '../db/schema.ts';

export type ScheduleRow = typeof progressSchedules.$inferSelect;

export async function getSchedule(
  db: Executor,
  indicatorId: number,
  unitId: number | null,
): Promise<ScheduleRow | undefined> {
  return (
    await db
      .select()
      .from(progressSchedules)
      .where(
        and(
          eq(progressSchedules.indicatorId, indicatorId),
          unitId === null ? isNull(progressSchedules.unitId) : eq(progressSchedules.unitId, unitId),
        ),
      )
  )[0];
}

/** All schedules of some indicators (per unit and indicator-wide). */
export async function schedulesOf(db: Executor, indicatorIds: number[]): Promise<ScheduleRow[]> {
  if (!indicatorIds.length) return [];
  return db.select().from(progressSchedules).where(inArray(progressSchedules.indicatorId, indicatorIds));
}

export async function insertSchedule(
  db: Executor,
  row: typeof progressSchedules.$inferInsert,
): Promise<void> {
  await db.insert(progressSchedules).values(row);
}

export async function updateSchedule(
  db: Executor,
  id: number,
  version: number,
  set: Partial<typeof progressSchedules.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(progressSchedules)
    .set({ ...set, version: version + 1 })
    .where(and(eq(progressSchedules.id, id), eq(progressSchedules.version, version)))
    .returning({ id: progressSchedules.id });
  return rows.length === 1;
}
