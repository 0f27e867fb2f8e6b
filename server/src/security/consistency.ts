/**
 * Database consistency check, for tests that hammer the API (fuzzing) and must leave a coherent database behind:
 *
 * - orphans: every declared foreign key (read from the catalogue, so a new table is covered without editing this
 *   file; the constraints normally make these impossible, unless a trigger was disabled or a constraint dropped),
 *   and the relations the schema keeps without a constraint (ids inside jsonb arrays and parameters, `updated_by`
 *   columns, parents that must be in the same campaign, votes that must belong to a tabled nomination…);
 * - half-finished workflows: a status whose companion columns or rows are missing (a submitted report without
 *   `submitted_at`, a decided nomination without its decision, a closed council session with an item that has no
 *   result, a finished export without its file…);
 * - the audit log's hash chain, recomputed by `verifyChain` (the code behind `GET /api/audit/verify`).
 *
 * `checkConsistency(sql)` takes a raw query function such as the test harness's `env.sql` (or a transaction's
 * `query`, to check planted rows that are rolled back afterwards) and returns the problems found; none is good.
 */
import { drizzle } from 'drizzle-orm/pg-proxy';
import { verifyChain } from '../audit/audit.service.ts';
import type { Executor } from '../db/client.ts';
import * as schema from '../db/schema.ts';

/** A raw query: SQL text with $n parameters, rows as objects. */
export type SqlFn = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface ConsistencyProblem {
  kind: 'orphan' | 'workflow' | 'audit';
  /** What was checked, e.g. "report_values.report_id → reports.id". */
  check: string;
  /** How many rows break it. */
  count: number;
  /** A few of the offending rows, identified by their keys. */
  examples: string[];
}

interface Check {
  kind: ConsistencyProblem['kind'];
  check: string;
  /** Returns one row per offending record, with a text column `ref` identifying it. */
  sql: string;
}

const EXAMPLES = 5;

/** Id lists kept in jsonb arrays (no foreign key possible): table, column, referenced table. */
const JSON_ID_ARRAYS: [string, string, string][] = [
  ['indicators', 'coordinating_unit_ids', 'org_units'],
  ['nominations', 'indicator_ids', 'indicators'],
  ['advanced_examples', 'replicated_unit_ids', 'org_units'],
];

/** Plain id columns that point at another table without a constraint. */
const LOOSE_REFERENCES: [string, string, string, string][] = [
  // table, column, referenced table, the row's key for the report
  ['campaign_versions', 'actor_id', 'users', "'id=' || c.id"],
  ['progress_schedules', 'updated_by', 'users', "'id=' || c.id"],
  [
    'report_values',
    'updated_by',
    'users',
    "'report_id=' || c.report_id || ',indicator_id=' || c.indicator_id",
  ],
  ['audit_log', 'actor_id', 'users', "'seq=' || c.seq"],
];

/** Ids inside the parameters of an export job, and inside the scope text of a narrative draft. */
const PARAM_REFERENCES: [string, string][] = [
  ['unitId', 'org_units'],
  ['sessionId', 'council_sessions'],
  ['decisionId', 'decisions'],
];

/** The relations and workflow rules the schema does not enforce by itself (see the migrations). */
const CHECKS: Check[] = [
  ...JSON_ID_ARRAYS.map(
    ([table, column, target]): Check => ({
      kind: 'orphan',
      check: `${table}.${column}[] → ${target}.id`,
      sql: `SELECT 'id=' || c.id || ',value=' || x.v AS ref
              FROM ${table} c, jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(c.${column}) = 'array' THEN c.${column} ELSE '[]'::jsonb END) AS x(v)
             WHERE NOT EXISTS (SELECT 1 FROM ${target} t WHERE t.id::text = x.v)`,
    }),
  ),
  {
    kind: 'orphan',
    check: 'nominations.indicator_ids[] → indicators of the same campaign',
    sql: `SELECT 'id=' || n.id || ',indicator=' || x.v AS ref
            FROM nominations n
            CROSS JOIN LATERAL jsonb_array_elements_text(
              CASE WHEN jsonb_typeof(n.indicator_ids) = 'array' THEN n.indicator_ids ELSE '[]'::jsonb END) AS x(v)
            JOIN indicators i ON i.id::text = x.v
           WHERE i.campaign_id <> n.campaign_id`,
  },
  {
    kind: 'orphan',
    check: 'jsonb arrays of ids are arrays',
    sql: `SELECT 'indicators.id=' || id AS ref FROM indicators WHERE jsonb_typeof(coordinating_unit_ids) <> 'array'
          UNION ALL SELECT 'nominations.id=' || id FROM nominations WHERE jsonb_typeof(indicator_ids) <> 'array'
          UNION ALL SELECT 'advanced_examples.id=' || id FROM advanced_examples
                     WHERE jsonb_typeof(replicated_unit_ids) <> 'array'`,
  },
  ...LOOSE_REFERENCES.map(
    ([table, column, target, key]): Check => ({
      kind: 'orphan',
      check: `${table}.${column} → ${target}.id`,
      sql: `SELECT ${key} AS ref FROM ${table} c
             WHERE c.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${target} t WHERE t.id = c.${column})`,
    }),
  ),
  ...PARAM_REFERENCES.flatMap(([param, target]): Check[] => [
    {
      kind: 'orphan',
      check: `document_exports.params.${param} → ${target}.id`,
      sql: `SELECT 'id=' || e.id AS ref FROM document_exports e
             WHERE coalesce(e.params->>'${param}', '') <> ''
               AND NOT EXISTS (SELECT 1 FROM ${target} t WHERE t.id::text = e.params->>'${param}')`,
    },
    {
      kind: 'orphan',
      check: `document_drafts.scope ${param} → ${target}.id`,
      sql: `SELECT 'id=' || d.id AS ref FROM document_drafts d
             WHERE coalesce(substring(d.scope from '(?:^|;)${param}=([^;]*)'), '') <> ''
               AND NOT EXISTS (SELECT 1 FROM ${target} t
                                WHERE t.id::text = substring(d.scope from '(?:^|;)${param}=([^;]*)'))`,
    },
  ]),
  {
    kind: 'orphan',
    check: 'org_units.path/depth follow the parent',
    sql: `SELECT 'id=' || u.id || ',path=' || u.path AS ref FROM org_units u
            LEFT JOIN org_units p ON p.id = u.parent_id
           WHERE (u.parent_id IS NULL AND u.path <> '/' || u.id || '/')
              OR (u.parent_id IS NOT NULL AND (p.id IS NULL OR u.path <> p.path || u.id || '/'
                                               OR u.depth <> p.depth + 1))`,
  },
  {
    kind: 'orphan',
    check: 'indicators.parent_indicator_id → an indicator of the same campaign',
    sql: `SELECT 'id=' || i.id AS ref FROM indicators i JOIN indicators p ON p.id = i.parent_indicator_id
           WHERE p.campaign_id <> i.campaign_id`,
  },
  {
    kind: 'orphan',
    check: 'indicators.linked_indicator_id → an indicator of the parent campaign',
    sql: `SELECT 'id=' || i.id AS ref FROM indicators i
            JOIN campaigns c ON c.id = i.campaign_id
            JOIN indicators l ON l.id = i.linked_indicator_id
           WHERE c.parent_campaign_id IS DISTINCT FROM l.campaign_id`,
  },
  {
    kind: 'orphan',
    check: "report_values.indicator_id → an indicator of the report's campaign",
    sql: `SELECT 'report_id=' || v.report_id || ',indicator_id=' || v.indicator_id AS ref
            FROM report_values v JOIN reports r ON r.id = v.report_id JOIN indicators i ON i.id = v.indicator_id
           WHERE i.campaign_id <> r.campaign_id`,
  },
  {
    kind: 'orphan',
    check: "evidence_files.indicator_id → an indicator of the report's campaign",
    sql: `SELECT 'id=' || e.id AS ref
            FROM evidence_files e JOIN reports r ON r.id = e.report_id JOIN indicators i ON i.id = e.indicator_id
           WHERE i.campaign_id <> r.campaign_id`,
  },
  {
    kind: 'orphan',
    check: "nominations.decision_id → a decision of the nomination's campaign",
    sql: `SELECT 'id=' || n.id AS ref FROM nominations n JOIN decisions d ON d.id = n.decision_id
           WHERE d.campaign_id <> n.campaign_id`,
  },
  {
    kind: 'orphan',
    check: "council_items.nomination_id → a nomination of the session's campaign",
    sql: `SELECT 'session=' || ci.session_id || ',nomination=' || ci.nomination_id AS ref
            FROM council_items ci JOIN council_sessions s ON s.id = ci.session_id
            JOIN nominations n ON n.id = ci.nomination_id
           WHERE n.campaign_id <> s.campaign_id`,
  },
  ...['council_votes', 'council_secret_votes', 'council_recusals'].map(
    (table): Check => ({
      kind: 'orphan',
      check: `${table} (session, nomination) → council_items`,
      sql: `SELECT 'session=' || v.session_id || ',nomination=' || v.nomination_id AS ref FROM ${table} v
             WHERE NOT EXISTS (SELECT 1 FROM council_items ci
                                WHERE ci.session_id = v.session_id AND ci.nomination_id = v.nomination_id)`,
    }),
  ),
  ...['council_votes', 'council_ballots', 'council_recusals'].map(
    (table): Check => ({
      kind: 'orphan',
      check: `${table} (session, user) → council_members`,
      sql: `SELECT 'session=' || v.session_id || ',user=' || v.user_id AS ref FROM ${table} v
             WHERE NOT EXISTS (SELECT 1 FROM council_members m
                                WHERE m.session_id = v.session_id AND m.user_id = v.user_id)`,
    }),
  ),
  {
    kind: 'orphan',
    check: "disclosure_items.nomination_id → a nomination of the disclosure's campaign",
    sql: `SELECT 'disclosure=' || di.disclosure_id || ',nomination=' || di.nomination_id AS ref
            FROM disclosure_items di JOIN disclosures d ON d.id = di.disclosure_id
            JOIN nominations n ON n.id = di.nomination_id
           WHERE n.campaign_id <> d.campaign_id`,
  },
  {
    kind: 'orphan',
    check: 'objections (disclosure, nomination) → disclosure_items',
    sql: `SELECT 'id=' || o.id AS ref FROM objections o
           WHERE NOT EXISTS (SELECT 1 FROM disclosure_items di
                              WHERE di.disclosure_id = o.disclosure_id AND di.nomination_id = o.nomination_id)`,
  },

  {
    kind: 'orphan',
    check: 'public_settings.indicator_ids[] → indicators of the same campaign',
    sql: `SELECT 'campaign_id=' || s.campaign_id || ',indicator=' || x.v AS ref
            FROM public_settings s
            CROSS JOIN LATERAL jsonb_array_elements_text(
              CASE WHEN jsonb_typeof(s.indicator_ids) = 'array' THEN s.indicator_ids ELSE '[]'::jsonb END) AS x(v)
           WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id::text = x.v AND i.campaign_id = s.campaign_id)`,
  },
  // Half-finished workflows.
  {
    kind: 'workflow',
    check: 'an aggregated report sent to the city while a unit report of its period waits for review',
    sql: `SELECT 'upward_submissions.id=' || u.id || ',report=' || r.id AS ref
            FROM upward_submissions u
            JOIN reports r ON r.campaign_id = u.campaign_id AND r.period_id = u.period_id AND r.status = 'submitted'
           WHERE u.status IN ('submitted', 'accepted')`,
  },
  {
    kind: 'workflow',
    check:
      'an aggregated report decided by the city has its decision time; one sent to a campaign it implements',
    sql: `SELECT 'upward_submissions.id=' || u.id AS ref FROM upward_submissions u
            JOIN campaigns c ON c.id = u.campaign_id
           WHERE (u.status IN ('accepted', 'returned') AND u.decided_at IS NULL)
              OR c.parent_campaign_id IS DISTINCT FROM u.parent_campaign_id
              OR c.issuing_unit_id <> u.unit_id`,
  },
  {
    kind: 'workflow',
    check: 'campaign launched or closed without launched_at or its time frame',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM campaigns
           WHERE status IN ('launched', 'closed') AND (launched_at IS NULL OR starts_on IS NULL OR ends_on IS NULL)`,
  },
  {
    kind: 'workflow',
    check: 'campaign closed without closed_at',
    sql: `SELECT 'id=' || id AS ref FROM campaigns WHERE status = 'closed' AND closed_at IS NULL`,
  },
  {
    kind: 'workflow',
    // (who submitted may be unknown: the demo history has units without an account)
    check: 'report submitted, returned or accepted without submitted_at',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM reports
           WHERE status IN ('submitted', 'returned', 'accepted') AND submitted_at IS NULL`,
  },
  {
    kind: 'workflow',
    check: 'report returned or accepted without reviewed_at',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM reports
           WHERE status IN ('returned', 'accepted') AND reviewed_at IS NULL`,
  },
  {
    kind: 'workflow',
    check: 'report still a draft but marked submitted or reviewed',
    sql: `SELECT 'id=' || id AS ref FROM reports
           WHERE status = 'draft' AND (submitted_at IS NOT NULL OR reviewed_at IS NOT NULL)`,
  },
  {
    kind: 'workflow',
    check: 'nomination past submission without submitted_at / check_due_on',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM nominations
           WHERE status NOT IN ('draft', 'withdrawn') AND (submitted_at IS NULL OR check_due_on IS NULL)`,
  },
  {
    kind: 'workflow',
    check: 'nomination decided / proposed without a decision of that kind',
    sql: `SELECT 'id=' || n.id || ',status=' || n.status AS ref FROM nominations n
            LEFT JOIN decisions d ON d.id = n.decision_id
           WHERE n.status IN ('decided', 'proposed')
             AND (d.id IS NULL OR d.kind <> CASE n.status WHEN 'decided' THEN 'decision' ELSE 'proposal' END)`,
  },
  {
    kind: 'workflow',
    check: 'nomination linked to a decision but not decided / proposed',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM nominations
           WHERE decision_id IS NOT NULL AND status NOT IN ('decided', 'proposed')`,
  },
  {
    kind: 'workflow',
    check: 'nomination approved (or later) without a council result',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM nominations
           WHERE status IN ('approved', 'decided', 'proposed') AND council_result IS NULL`,
  },
  {
    kind: 'workflow',
    check: 'nomination in council without an open session tabling it',
    sql: `SELECT 'id=' || n.id AS ref FROM nominations n
           WHERE n.status = 'in_council'
             AND NOT EXISTS (SELECT 1 FROM council_items ci JOIN council_sessions s ON s.id = ci.session_id
                              WHERE ci.nomination_id = n.id AND s.status = 'open')`,
  },
  {
    kind: 'workflow',
    check: 'council session closed without closed_at, or open with one',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM council_sessions
           WHERE (status = 'closed') <> (closed_at IS NOT NULL)`,
  },
  {
    kind: 'workflow',
    check: 'closed council session with an item that has no result',
    sql: `SELECT 'session=' || ci.session_id || ',nomination=' || ci.nomination_id AS ref
            FROM council_items ci JOIN council_sessions s ON s.id = ci.session_id
           WHERE s.status = 'closed' AND ci.result IS NULL`,
  },
  {
    kind: 'workflow',
    check: 'council session without members or items',
    sql: `SELECT 'id=' || s.id AS ref FROM council_sessions s
           WHERE NOT EXISTS (SELECT 1 FROM council_members m WHERE m.session_id = s.id)
              OR NOT EXISTS (SELECT 1 FROM council_items ci WHERE ci.session_id = s.id)`,
  },
  {
    kind: 'workflow',
    check: 'disclosure without nominees',
    sql: `SELECT 'id=' || d.id AS ref FROM disclosures d
           WHERE NOT EXISTS (SELECT 1 FROM disclosure_items di WHERE di.disclosure_id = d.id)`,
  },
  {
    kind: 'workflow',
    check: 'objection resolved without resolution / resolved_by / resolved_at, or open with them',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM objections
           WHERE (status <> 'open' AND (resolved_at IS NULL OR resolved_by IS NULL OR resolution IS NULL))
              OR (status = 'open' AND (resolved_at IS NOT NULL OR resolved_by IS NOT NULL))`,
  },
  {
    kind: 'workflow',
    check: 'decision without any nomination',
    sql: `SELECT 'id=' || d.id AS ref FROM decisions d
           WHERE NOT EXISTS (SELECT 1 FROM nominations n WHERE n.decision_id = d.id)`,
  },
  {
    kind: 'workflow',
    check:
      'export done without sha256 / size / storage / finished_at (or stored in the database without content)',
    sql: `SELECT 'id=' || id AS ref FROM document_exports
           WHERE status = 'done'
             AND (sha256 IS NULL OR size_bytes IS NULL OR storage IS NULL OR finished_at IS NULL
                  OR (storage = 'db' AND content IS NULL))`,
  },
  {
    kind: 'workflow',
    check: 'export failed without error_code / finished_at, or queued with a finish time',
    sql: `SELECT 'id=' || id || ',status=' || status AS ref FROM document_exports
           WHERE (status = 'failed' AND (error_code IS NULL OR finished_at IS NULL))
              OR (status IN ('queued', 'running') AND finished_at IS NOT NULL)`,
  },
];

/** Every declared single- or multi-column foreign key, from the catalogue. */
async function foreignKeyChecks(sql: SqlFn): Promise<Check[]> {
  const fks = await sql<{ child: string; parent: string; child_cols: string[]; parent_cols: string[] }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS child_cols,
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o) AS parent_cols
       FROM pg_constraint c
       JOIN pg_namespace ns ON ns.oid = c.connamespace
      WHERE c.contype = 'f' AND ns.nspname = current_schema()
      ORDER BY 1, 3`,
  );
  return fks.map((fk) => {
    const cols = fk.child_cols.map((c) => `c.${c}`);
    const join = fk.child_cols.map((c, i) => `p.${fk.parent_cols[i]} = c.${c}`).join(' AND ');
    return {
      kind: 'orphan',
      check: `${fk.child}.${fk.child_cols.join(',')} → ${fk.parent}.${fk.parent_cols.join(',')}`,
      sql: `SELECT ${cols.map((c) => `coalesce(${c}::text, 'null')`).join(" || ',' || ")} AS ref
              FROM ${fk.child} c
             WHERE ${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')}
               AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join})`,
    };
  });
}

/**
 * A Drizzle handle over the raw query function, so the audit chain is verified by the application's own code.
 * The proxy wants rows as arrays in select order: the verifier's two selects name every column differently,
 * so the object's values are in that order.
 */
function drizzleOver(sql: SqlFn): Executor {
  return drizzle(
    async (text, params, method) => {
      const rows = await sql<Record<string, unknown>>(text, params);
      return { rows: method === 'all' ? rows.map((r) => Object.values(r)) : rows };
    },
    { schema },
  ) as unknown as Executor;
}

async function runCheck(sql: SqlFn, c: Check): Promise<ConsistencyProblem | null> {
  const rows = await sql<{ n: number; examples: string[] | null }>(
    `SELECT count(*)::int AS n, (array_agg(q.ref ORDER BY q.ref))[1:${EXAMPLES}] AS examples FROM (${c.sql}) q`,
  );
  const n = Number(rows[0]?.n ?? 0);
  return n > 0 ? { kind: c.kind, check: c.check, count: n, examples: rows[0]?.examples ?? [] } : null;
}

/** Every problem found (an empty list when the database is consistent). */
export async function checkConsistency(sql: SqlFn): Promise<ConsistencyProblem[]> {
  const checks = [...(await foreignKeyChecks(sql)), ...CHECKS];
  const problems: ConsistencyProblem[] = [];
  for (const c of checks) {
    const p = await runCheck(sql, c);
    if (p) problems.push(p);
  }
  const chain = await verifyChain(drizzleOver(sql));
  if (!chain.ok)
    problems.push({
      kind: 'audit',
      check: 'audit_log hash chain (verifyChain)',
      count: 1,
      examples: [`seq=${chain.firstBrokenSeq}: ${chain.problem} (${chain.checked} rows checked)`],
    });
  return problems;
}
