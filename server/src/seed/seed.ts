import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import { rowsOf } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { insertUnit, type OrgUnitRow } from '../org/org.repo.ts';
import { insertGrant, insertUser } from '../users/users.repo.ts';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS, type SeedUnit } from './demo-data.ts';

/**
 * Loads the demo organisation and accounts when the database has no units yet. One transaction with one
 * audit row: either the whole demo exists or none of it. Returns false when there was data already.
 */
export async function seedDemoIfEmpty(deps: Deps): Promise<boolean> {
  const db = deps.database.db;
  const existing = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM org_units`));
  if (Number(existing[0]?.n) > 0) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const atIso = deps.clock.now().toISOString();
  await db.transaction(async (tx) => {
    const byCode = new Map<string, OrgUnitRow>();
    const walk = async (u: SeedUnit, parent: OrgUnitRow | null, sortOrder: number) => {
      const row = await insertUnit(tx, {
        parent,
        code: u.code,
        name: u.name,
        kind: u.kind,
        sortOrder,
        atIso,
      });
      byCode.set(u.code, row);
      for (const [i, c] of (u.children ?? []).entries()) await walk(c, row, i + 1);
    };
    await walk(DEMO_TREE, null, 1);
    const unitId = (code: string) => {
      const u = byCode.get(code);
      if (!u) throw new Error(`demo data: unknown unit ${code}`);
      return u.id;
    };
    for (const u of DEMO_USERS) {
      const id = await insertUser(tx, {
        username: u.username,
        fullName: u.fullName,
        unitId: unitId(u.unitCode),
        passwordHash: hash,
        createdAt: atIso,
        updatedAt: atIso,
      });
      await insertGrant(tx, id, u.role, unitId(u.roleUnitCode));
    }
    await recordAudit(
      tx,
      deps,
      { actor: null, ip: null },
      {
        entity: 'system',
        entityId: null,
        unitId: null,
        action: 'system.seed_demo',
        after: { units: byCode.size, users: DEMO_USERS.map((u) => u.username) },
      },
    );
  });
  return true;
}
