import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  councilBallots,
  councilItems,
  councilMembers,
  councilRecusals,
  councilSecretVotes,
  councilSessions,
  councilVotes,
  users,
} from '../db/schema.ts';

export type SessionRow = typeof councilSessions.$inferSelect;

export async function getSession(db: Executor, id: number): Promise<SessionRow | undefined> {
  return (await db.select().from(councilSessions).where(eq(councilSessions.id, id)))[0];
}

export async function insertSession(db: Executor, row: typeof councilSessions.$inferInsert): Promise<number> {
  const r = await db.insert(councilSessions).values(row).returning({ id: councilSessions.id });
  return Number(r[0]?.id);
}

/** Moves the session on when the version still matches (every write to a session bumps it). */
export async function touchSession(
  db: Executor,
  id: number,
  version: number,
  set: Partial<typeof councilSessions.$inferInsert> = {},
): Promise<boolean> {
  const r = await db
    .update(councilSessions)
    .set({ ...set, version: version + 1 })
    .where(and(eq(councilSessions.id, id), eq(councilSessions.version, version)))
    .returning({ id: councilSessions.id });
  return r.length === 1;
}

export async function members(db: Executor, sessionId: number) {
  return db
    .select({
      userId: councilMembers.userId,
      attendance: councilMembers.attendance,
      fullName: users.fullName,
    })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(eq(councilMembers.sessionId, sessionId))
    .orderBy(users.fullName);
}

export async function addMembers(db: Executor, sessionId: number, userIds: number[]) {
  await db
    .insert(councilMembers)
    .values(userIds.map((userId) => ({ sessionId, userId, attendance: 'present' })));
}

export async function setAttendance(db: Executor, sessionId: number, userId: number, attendance: string) {
  await db
    .update(councilMembers)
    .set({ attendance })
    .where(and(eq(councilMembers.sessionId, sessionId), eq(councilMembers.userId, userId)));
}

export async function items(db: Executor, sessionId: number) {
  return db
    .select()
    .from(councilItems)
    .where(eq(councilItems.sessionId, sessionId))
    .orderBy(councilItems.nominationId);
}

export async function addItems(db: Executor, sessionId: number, nominationIds: number[]) {
  await db.insert(councilItems).values(nominationIds.map((nominationId) => ({ sessionId, nominationId })));
}

export async function setResult(db: Executor, sessionId: number, nominationId: number, result: unknown) {
  await db
    .update(councilItems)
    .set({ result })
    .where(and(eq(councilItems.sessionId, sessionId), eq(councilItems.nominationId, nominationId)));
}

export async function recusals(db: Executor, sessionId: number) {
  return db
    .select({
      nominationId: councilRecusals.nominationId,
      userId: councilRecusals.userId,
      reason: councilRecusals.reason,
      fullName: users.fullName,
    })
    .from(councilRecusals)
    .innerJoin(users, eq(users.id, councilRecusals.userId))
    .where(eq(councilRecusals.sessionId, sessionId));
}

export async function addRecusal(db: Executor, row: typeof councilRecusals.$inferInsert) {
  await db.insert(councilRecusals).values(row).onConflictDoNothing();
}

export async function openVotes(db: Executor, sessionId: number) {
  return db.select().from(councilVotes).where(eq(councilVotes.sessionId, sessionId));
}

export async function insertOpenVotes(db: Executor, rows: (typeof councilVotes.$inferInsert)[]) {
  if (rows.length) await db.insert(councilVotes).values(rows);
}

/** Who has cast a secret ballot (never how). */
export async function ballots(db: Executor, sessionId: number) {
  return db.select().from(councilBallots).where(eq(councilBallots.sessionId, sessionId));
}

export async function insertBallot(db: Executor, sessionId: number, userId: number) {
  await db.insert(councilBallots).values({ sessionId, userId });
}

export async function insertSecretVotes(db: Executor, rows: (typeof councilSecretVotes.$inferInsert)[]) {
  if (rows.length) await db.insert(councilSecretVotes).values(rows);
}

/** Counts of each choice per nominee, from the open or the secret table. */
export async function counts(db: Executor, sessionId: number, secret: boolean) {
  const t = secret ? councilSecretVotes : councilVotes;
  const rows = await db
    .select({ nominationId: t.nominationId, choice: t.choice, n: sql<number>`count(*)::int` })
    .from(t)
    .where(eq(t.sessionId, sessionId))
    .groupBy(t.nominationId, t.choice);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * Rewrites the secret votes of a session in the order of their random keys, so not even the rows' physical order
 * follows the order in which members voted.
 */
export async function shuffleSecretVotes(db: Executor, sessionId: number) {
  const rows = await db.select().from(councilSecretVotes).where(eq(councilSecretVotes.sessionId, sessionId));
  await db.delete(councilSecretVotes).where(eq(councilSecretVotes.sessionId, sessionId));
  rows.sort((a, b) => (a.token < b.token ? -1 : 1));
  await insertSecretVotes(db, rows);
}

export async function sessionsOf(db: Executor, nominationIds: number[]) {
  if (!nominationIds.length) return [];
  return db.select().from(councilItems).where(inArray(councilItems.nominationId, nominationIds));
}
