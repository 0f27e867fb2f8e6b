/**
 * Response cache of the dashboards (ADR 0005). A campaign's dashboards depend only on rows that carry a version
 * or can be counted, so one cheap statement gives a fingerprint of everything they read: the campaign (its
 * version and evaluation settings), its reports (count and summed versions — every save and transition bumps a
 * version), indicators, assignments, schedules, hand scores, evidence and the names of the units below the issuer.
 * A cached answer is served only while the fingerprint and the day are unchanged, so a change is never hidden:
 * it shows on the next request, whichever code path (or direct SQL) made it.
 */
import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/client.ts';

const MAX_ENTRIES = 500;
const entries = new Map<string, { fingerprint: string; body: string }>();
let enabled = true;

/** For benchmarks: measure the uncached path. */
export function setDashboardCache(on: boolean): void {
  enabled = on;
  entries.clear();
}

export interface CampaignStamp {
  id: number;
  issuingUnitId: number;
  issuingUnitPath: string;
  fingerprint: string;
}

/** The campaign's scope (for the permission check) and its fingerprint, in one statement; undefined if absent. */
export async function campaignStamp(db: Executor, campaignId: number): Promise<CampaignStamp | undefined> {
  const rows = rowsOf<{ id: number; issuing_unit_id: number; path: string; f: string }>(
    await db.execute(sql`
      SELECT c.id::int, c.issuing_unit_id::int, u.path, concat_ws('|',
        c.version || '.' || c.evaluation_version,
        (SELECT count(*) || '.' || coalesce(sum(version), 0) FROM reports WHERE campaign_id = c.id),
        (SELECT count(*) || '.' || coalesce(sum(version), 0) || '.' || coalesce(sum(hashtext(coalesce(group_name, ''))), 0)
           FROM indicators WHERE campaign_id = c.id),
        (SELECT count(*) || '.' || coalesce(sum(a.unit_id * 7919 + a.indicator_id), 0)
           FROM indicator_assignments a JOIN indicators i ON i.id = a.indicator_id WHERE i.campaign_id = c.id),
        (SELECT count(*) || '.' || coalesce(sum(s.version), 0)
           FROM progress_schedules s JOIN indicators i ON i.id = s.indicator_id WHERE i.campaign_id = c.id),
        (SELECT count(*) || '.' || coalesce(sum(hashtext(unit_id || criterion || score || reason)), 0)
           FROM evaluation_manual_scores WHERE campaign_id = c.id),
        (SELECT count(*) || '.' || count(deleted_at) || '.' || coalesce(max(id), 0) FROM evidence_files
          WHERE report_id = ANY(ARRAY(SELECT id FROM reports WHERE campaign_id = c.id))),
        -- The subtree by the path index (pattern operators: a LIKE with a non-constant prefix cannot use it).
        (SELECT count(*) || '.' || coalesce(sum(o.version), 0) FROM org_units o
          WHERE o.path ~>=~ u.path AND o.path ~<~ (u.path || ':'))
      ) AS f
      FROM campaigns c JOIN org_units u ON u.id = c.issuing_unit_id
      WHERE c.id = ${campaignId}`),
  );
  const r = rows[0];
  return r
    ? {
        id: Number(r.id),
        issuingUnitId: Number(r.issuing_unit_id),
        issuingUnitPath: r.path,
        fingerprint: r.f,
      }
    : undefined;
}

/**
 * The cached JSON for `key` when the fingerprint still matches, else computes, stores and returns it.
 * `compute` returns the response object; it is serialised once here.
 */
export async function cachedJson(key: string, f: string, compute: () => Promise<unknown>): Promise<string> {
  if (!enabled) return JSON.stringify(await compute());
  const hit = entries.get(key);
  if (hit && hit.fingerprint === f) {
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit.body;
  }
  const body = JSON.stringify(await compute());
  entries.set(key, { fingerprint: f, body });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return body;
}
