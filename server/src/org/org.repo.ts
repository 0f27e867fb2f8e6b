import { and, asc, eq, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/client.ts';
import { orgUnits, roleAssignments, users } from '../db/schema.ts';
import { likeEscape, matchAllWords, searchWords } from '../db/search.ts';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

export interface ListFilter {
  /** Subtree roots (materialised paths) the caller may see; their ancestors are included for context. */
  roots: string[];
  q?: string;
  kind?: string;
  includeInactive: boolean;
}

/**
 * Units inside the given subtrees (plus the roots' ancestors so the tree can be drawn).
 * With `q`, only units whose accent-free name or code contains every word of the query.
 */
export async function listUnits(db: Executor, f: ListFilter): Promise<OrgUnitRow[]> {
  if (f.roots.length === 0) return [];
  const inScope = sql.join(
    f.roots.map(
      (p) => sql`(${orgUnits.path} LIKE ${`${likeEscape(p)}%`} OR ${p} LIKE ${orgUnits.path} || '%')`,
    ),
    sql` OR `,
  );
  const words = searchWords(f.q);
  if (f.q?.trim() && words.length === 0) return []; // only punctuation: nothing can match
  const key = sql`thidua_search_key(${orgUnits.name} || ' ' || ${orgUnits.code})`;
  const conds = [
    sql`(${inScope})`,
    f.includeInactive ? undefined : eq(orgUnits.isActive, true),
    f.kind ? eq(orgUnits.kind, f.kind) : undefined,
    ...matchAllWords(key, words),
  ].filter((c) => c !== undefined);
  const phrase = words.join(' ');
  // With a query, units whose name holds the whole phrase come first ("tổ dân phố 7" before "… 17").
  const rank = phrase ? [sql`(${key} LIKE '%' || thidua_search_key(${likeEscape(phrase)}) || '%') DESC`] : [];
  return db
    .select()
    .from(orgUnits)
    .where(and(...conds))
    .orderBy(...rank, asc(orgUnits.depth), asc(orgUnits.sortOrder), asc(orgUnits.name))
    .limit(5000);
}

export async function getUnit(db: Executor, id: number): Promise<OrgUnitRow | undefined> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return rows[0];
}

/** Locks the row for the rest of the transaction (guards concurrent moves). */
export async function getUnitForUpdate(db: Executor, id: number): Promise<OrgUnitRow | undefined> {
  const rows = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update');
  return rows[0];
}

export async function codeTaken(db: Executor, code: string, exceptId?: number): Promise<boolean> {
  const rows = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(
      and(
        sql`upper(${orgUnits.code}) = upper(${code})`,
        exceptId ? sql`${orgUnits.id} <> ${exceptId}` : undefined,
      ),
    );
  return rows.length > 0;
}

export interface NewUnit {
  parent: OrgUnitRow | null;
  code: string;
  name: string;
  kind: string;
  sortOrder: number;
  atIso: string;
}

/** Inserts a unit; its id is taken first so the materialised path can be written in the same statement. */
export async function insertUnit(db: Executor, u: NewUnit): Promise<OrgUnitRow> {
  const idRows = rowsOf<{ id: number }>(
    await db.execute(sql`SELECT nextval(pg_get_serial_sequence('org_units', 'id'))::bigint AS id`),
  );
  const id = Number(idRows[0]?.id);
  const rows = await db
    .insert(orgUnits)
    .values({
      id,
      parentId: u.parent?.id ?? null,
      path: `${u.parent?.path ?? '/'}${id}/`,
      depth: u.parent ? u.parent.depth + 1 : 0,
      code: u.code,
      name: u.name,
      kind: u.kind,
      sortOrder: u.sortOrder,
      createdAt: u.atIso,
      updatedAt: u.atIso,
    })
    .returning();
  return rows[0] as OrgUnitRow;
}

/** Updates fields if the caller saw the current version; undefined = someone else changed it first. */
export async function updateUnit(
  db: Executor,
  id: number,
  version: number,
  set: Partial<Pick<OrgUnitRow, 'code' | 'name' | 'kind' | 'sortOrder' | 'isActive'>>,
  atIso: string,
): Promise<OrgUnitRow | undefined> {
  const rows = await db
    .update(orgUnits)
    .set({ ...set, updatedAt: atIso, version: sql`${orgUnits.version} + 1` })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, version)))
    .returning();
  return rows[0];
}

/** Re-parents a unit and rewrites the path and depth of its whole subtree in one statement. */
export async function moveSubtree(
  db: Executor,
  unit: OrgUnitRow,
  newParent: OrgUnitRow,
  atIso: string,
): Promise<OrgUnitRow> {
  const newPath = `${newParent.path}${unit.id}/`;
  const depthDelta = newParent.depth + 1 - unit.depth;
  await db
    .update(orgUnits)
    .set({
      path: sql`${newPath} || substr(${orgUnits.path}, ${unit.path.length + 1})`,
      depth: sql`${orgUnits.depth} + ${depthDelta}`,
    })
    .where(sql`${orgUnits.path} LIKE ${`${likeEscape(unit.path)}%`}`);
  const rows = await db
    .update(orgUnits)
    .set({ parentId: newParent.id, updatedAt: atIso, version: sql`${orgUnits.version} + 1` })
    .where(eq(orgUnits.id, unit.id))
    .returning();
  return rows[0] as OrgUnitRow;
}

export async function countActiveChildren(db: Executor, id: number): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, id), eq(orgUnits.isActive, true)));
  return Number(rows[0]?.n ?? 0);
}

/** What ties a unit to other records; a unit with any of these is never hard-deleted. */
export async function dataCounts(db: Executor, id: number) {
  const [children, roles, people] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(orgUnits).where(eq(orgUnits.parentId, id)),
    db.select({ n: sql<number>`count(*)::int` }).from(roleAssignments).where(eq(roleAssignments.unitId, id)),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.unitId, id)),
  ]);
  return {
    children: Number(children[0]?.n),
    roleAssignments: Number(roles[0]?.n),
    users: Number(people[0]?.n),
  };
}

export async function deleteUnit(db: Executor, id: number, version: number): Promise<boolean> {
  const rows = await db
    .delete(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, version)))
    .returning({ id: orgUnits.id });
  return rows.length > 0;
}
