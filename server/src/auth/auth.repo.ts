import type { Role } from '@thidua/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Grant } from '../access/actor.ts';
import type { Executor } from '../db/client.ts';
import { orgUnits, roleAssignments, sessions, users } from '../db/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
  return rows[0];
}

export async function findUserById(db: Executor, id: number): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return rows[0];
}

/** Role grants of a user on active units, with each unit's path for subtree checks. */
export async function grantsOf(db: Executor, userId: number): Promise<Grant[]> {
  const rows = await db
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(and(eq(roleAssignments.userId, userId), eq(orgUnits.isActive, true)))
    .orderBy(orgUnits.path, roleAssignments.role);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A live-or-not session with the user's active flag; the caller decides expiry. */
export async function findSession(db: Executor, id: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  return rows[0];
}

export async function touchSession(db: Executor, id: string, atIso: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: atIso }).where(eq(sessions.id, id));
}

/** Revokes one session; returns 1 if it was live, 0 if it had already ended. */
export async function revokeSession(db: Executor, id: string, atIso: string): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: atIso })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Revokes all of a user's sessions, optionally keeping one; returns how many were ended. */
export async function revokeUserSessions(
  db: Executor,
  userId: number,
  atIso: string,
  exceptId?: string,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: atIso })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptId ? sql`${sessions.id} <> ${exceptId}` : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function setLastLogin(db: Executor, userId: number, atIso: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: atIso }).where(eq(users.id, userId));
}

export async function setPassword(
  db: Executor,
  userId: number,
  hash: string,
  mustChange: boolean,
  atIso: string,
): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash: hash,
      mustChangePassword: mustChange,
      passwordChangedAt: atIso,
      updatedAt: atIso,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}
