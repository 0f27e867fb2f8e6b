/**
 * The second approval level locks the level below (ADR 0009): while a ward's aggregated report for a period is
 * submitted to the city or accepted by it, the ward's unit reports of that period cannot change — no save, no
 * submit, accept, return or reopen. Withdrawing (ward) or returning (city) the aggregated report unlocks them.
 *
 * Callers check inside their own transaction after writing the report row: the ward's submission locks the
 * period's report rows first (`FOR UPDATE`), so the two cannot interleave unseen.
 */
import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/client.ts';
import { AppError } from '../http/errors.ts';

export const LOCKING_STATUSES = ['submitted', 'accepted'] as const;

export async function upwardLockOf(
  db: Executor,
  campaignId: number,
  periodId: string,
): Promise<{ status: string; submittedAt: string } | null> {
  const rows = rowsOf<{ status: string; submitted_at: string | Date }>(
    await db.execute(sql`
      SELECT status, submitted_at FROM upward_submissions
       WHERE campaign_id = ${campaignId} AND period_id = ${periodId}
         AND status IN ('submitted', 'accepted')`),
  );
  const r = rows[0];
  if (!r) return null;
  return { status: r.status, submittedAt: new Date(r.submitted_at).toISOString() };
}

/** Throws 409 PERIOD_LOCKED_UPWARD when the ward has sent the period to the city. */
export async function assertNotLockedUpward(db: Executor, campaignId: number, periodId: string) {
  const lock = await upwardLockOf(db, campaignId, periodId);
  if (lock)
    throw new AppError('PERIOD_LOCKED_UPWARD', [
      {
        path: 'periodId',
        message:
          lock.status === 'accepted'
            ? 'Thành phố đã tiếp nhận báo cáo tổng hợp kỳ này; muốn sửa, thành phố phải trả lại báo cáo của phường'
            : 'Phường đã gửi báo cáo tổng hợp kỳ này lên thành phố; muốn sửa, phường rút lại hoặc chờ thành phố trả lại',
      },
    ]);
}
