import { and, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { awardTypes, nominations, orgUnits, persons } from '../db/schema.ts';

export type AwardTypeRow = typeof awardTypes.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;

export async function listAwardTypes(db: Executor): Promise<AwardTypeRow[]> {
  return db.select().from(awardTypes).orderBy(awardTypes.sortOrder, awardTypes.id);
}

export async function getAwardType(db: Executor, id: number): Promise<AwardTypeRow | undefined> {
  return (await db.select().from(awardTypes).where(eq(awardTypes.id, id)))[0];
}

export async function getPerson(db: Executor, id: number) {
  return (
    await db
      .select({ p: persons, unitName: orgUnits.name, unitPath: orgUnits.path })
      .from(persons)
      .innerJoin(orgUnits, eq(orgUnits.id, persons.unitId))
      .where(eq(persons.id, id))
  )[0];
}

/** People of the units under a path (a unit and its sub-units). */
export async function personsUnder(db: Executor, unitPath: string) {
  return db
    .select({ p: persons, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(persons)
    .innerJoin(orgUnits, eq(orgUnits.id, persons.unitId))
    .where(sql`${orgUnits.path} LIKE ${`${unitPath}%`}`)
    .orderBy(orgUnits.path, persons.fullName);
}

export async function insertPerson(db: Executor, row: typeof persons.$inferInsert): Promise<number> {
  const r = await db.insert(persons).values(row).returning({ id: persons.id });
  return Number(r[0]?.id);
}

export async function getNomination(db: Executor, id: number): Promise<NominationRow | undefined> {
  return (await db.select().from(nominations).where(eq(nominations.id, id)))[0];
}

export async function nominationsOf(
  db: Executor,
  campaignId: number,
  ids?: number[],
): Promise<NominationRow[]> {
  return db
    .select()
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), ids ? inArray(nominations.id, ids) : undefined))
    .orderBy(nominations.id);
}

/** A live (not withdrawn or refused) nomination of the same nominee in the same campaign, other than `exceptId`. */
export async function liveDuplicate(
  db: Executor,
  n: { campaignId: number; subject: string; personId: number | null; nomineeUnitId: number | null },
  exceptId?: number,
): Promise<NominationRow | undefined> {
  return (
    await db
      .select()
      .from(nominations)
      .where(
        and(
          eq(nominations.campaignId, n.campaignId),
          eq(nominations.subject, n.subject),
          or(
            n.personId !== null ? eq(nominations.personId, n.personId) : undefined,
            n.nomineeUnitId !== null ? eq(nominations.nomineeUnitId, n.nomineeUnitId) : undefined,
          ),
          notInArray(nominations.status, ['withdrawn', 'not_approved']),
          exceptId ? sql`${nominations.id} <> ${exceptId}` : undefined,
        ),
      )
  )[0];
}

export async function insertNomination(db: Executor, row: typeof nominations.$inferInsert): Promise<number> {
  const r = await db.insert(nominations).values(row).returning({ id: nominations.id });
  return Number(r[0]?.id);
}

/** Updates when the version still matches; false when someone else changed it first. */
export async function updateNomination(
  db: Executor,
  id: number,
  version: number,
  set: Partial<typeof nominations.$inferInsert>,
): Promise<boolean> {
  const r = await db
    .update(nominations)
    .set({ ...set, version: version + 1 })
    .where(and(eq(nominations.id, id), eq(nominations.version, version)))
    .returning({ id: nominations.id });
  return r.length === 1;
}

export async function unitNames(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, { name: string; path: string }>();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
  return new Map(rows.map((r) => [Number(r.id), { name: r.name, path: r.path }]));
}

export async function personNames(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, PersonRow & { unitName: string }>();
  const rows = await db
    .select({ p: persons, unitName: orgUnits.name })
    .from(persons)
    .innerJoin(orgUnits, eq(orgUnits.id, persons.unitId))
    .where(inArray(persons.id, ids));
  return new Map(rows.map((r) => [Number(r.p.id), { ...r.p, unitName: r.unitName }]));
}
