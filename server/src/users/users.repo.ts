import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Grant } from '../access/actor.ts';
import type { Executor } from '../db/client.ts';
import { orgUnits, roleAssignments, users } from '../db/schema.ts';
import { likeEscape, matchAllWords, searchWords } from '../db/search.ts';

export type UserRow = typeof users.$inferSelect & { unitName: string | null; unitPath: string | null };

const userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  unitId: users.unitId,
  passwordHash: users.passwordHash,
  isActive: users.isActive,
  mustChangePassword: users.mustChangePassword,
  passwordChangedAt: users.passwordChangedAt,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};

/** Users whose home unit lies in one of the subtrees; optional accent-insensitive search on name/username. */
export async function listUsers(
  db: Executor,
  roots: string[],
  q?: string,
  unitId?: number,
): Promise<UserRow[]> {
  if (!roots.length) return [];
  const words = searchWords(q);
  const key = sql`thidua_search_key(${users.fullName} || ' ' || ${users.username} || ' ' || coalesce(${users.email}, ''))`;
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(
      and(
        sql`(${sql.join(
          roots.map((p) => sql`${orgUnits.path} LIKE ${`${likeEscape(p)}%`}`),
          sql` OR `,
        )})`,
        unitId ? eq(users.unitId, unitId) : undefined,
        ...matchAllWords(key, words),
      ),
    )
    .orderBy(asc(orgUnits.path), asc(users.fullName))
    .limit(2000);
}

export async function getUser(db: Executor, id: number): Promise<UserRow | undefined> {
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(eq(users.id, id));
  return rows[0];
}

/** All grants of the given users (including ones on inactive units, so admins can see and revoke them). */
export async function grantsByUser(db: Executor, userIds: number[]): Promise<Map<number, Grant[]>> {
  const out = new Map<number, Grant[]>();
  if (!userIds.length) return out;
  const rows = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(orgUnits.path), asc(roleAssignments.role));
  for (const { userId, ...g } of rows) {
    const list = out.get(userId) ?? [];
    list.push({ ...g, role: g.role as Grant['role'] });
    out.set(userId, list);
  }
  return out;
}

export async function usernameTaken(db: Executor, username: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return rows.length > 0;
}

export async function insertUser(db: Executor, u: typeof users.$inferInsert): Promise<number> {
  const rows = await db.insert(users).values(u).returning({ id: users.id });
  return Number(rows[0]?.id);
}

export async function updateUser(
  db: Executor,
  id: number,
  version: number,
  set: Partial<Pick<typeof users.$inferInsert, 'fullName' | 'email' | 'unitId' | 'isActive'>>,
  atIso: string,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ ...set, updatedAt: atIso, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function insertGrant(
  db: Executor,
  userId: number,
  role: string,
  unitId: number,
): Promise<number | null> {
  const rows = await db
    .insert(roleAssignments)
    .values({ userId, role, unitId })
    .onConflictDoNothing()
    .returning({ id: roleAssignments.id });
  return rows[0] ? Number(rows[0].id) : null;
}

export async function getGrant(db: Executor, id: number) {
  const rows = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitPath: orgUnits.path,
    })
    .from(roleAssignments)
    .innerJoin(orgUnits, eq(orgUnits.id, roleAssignments.unitId))
    .where(eq(roleAssignments.id, id));
  return rows[0];
}

export async function deleteGrant(db: Executor, id: number): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, id));
}
