import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { orgUnits, reports } from '../db/schema.ts';
import type { ReportRow } from '../reports/reports.repo.ts';

export interface ExchangeUnit {
  id: number;
  code: string;
  name: string;
  path: string;
}

const unitColumns = { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, path: orgUnits.path };

/** Units by code, compared without regard to case (codes are unique that way); keyed by the upper-cased code. */
export async function unitsByCodes(db: Executor, codes: string[]): Promise<Map<string, ExchangeUnit>> {
  const wanted = [...new Set(codes.map((c) => c.toUpperCase()))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(inArray(sql`upper(${orgUnits.code})`, wanted));
  return new Map(rows.map((r) => [r.code.toUpperCase(), { ...r, id: Number(r.id) }]));
}

/** Units by id, in tree order (depth, then their place among siblings, then code). */
export async function unitsByIds(db: Executor, ids: number[]): Promise<ExchangeUnit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortOrder), asc(orgUnits.code));
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** The reports of a campaign, optionally of one period and of some units. */
export async function campaignReports(
  db: Executor,
  campaignId: number,
  f: { periodId?: string; unitIds?: number[] } = {},
): Promise<ReportRow[]> {
  if (f.unitIds && !f.unitIds.length) return [];
  return db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.campaignId, campaignId),
        f.periodId ? eq(reports.periodId, f.periodId) : undefined,
        f.unitIds ? inArray(reports.unitId, f.unitIds) : undefined,
      ),
    );
}
