-- Evaluation and dashboards: indicator groups and scoring rules, the campaign's evaluation settings, the office's
-- hand scores, and the summary of counted values per (campaign, indicator, period) that dashboards read instead
-- of scanning every report value (ADR 0005).
ALTER TABLE indicators
  ADD COLUMN group_name      text,
  ADD COLUMN score_full      double precision CHECK (score_full IS NULL OR score_full > 0),
  ADD COLUMN score_red_flag  double precision CHECK (score_red_flag IS NULL OR (score_red_flag >= 0 AND score_red_flag < 1)),
  ADD CONSTRAINT indicators_score_ck CHECK (score_full IS NULL OR score_red_flag IS NULL OR score_full > score_red_flag);

ALTER TABLE campaigns
  ADD COLUMN evaluation         jsonb,
  ADD COLUMN evaluation_version integer NOT NULL DEFAULT 0;

CREATE TABLE evaluation_manual_scores (
  campaign_id  bigint NOT NULL REFERENCES campaigns(id),
  unit_id      bigint NOT NULL REFERENCES org_units(id),
  criterion    text NOT NULL,
  score        double precision NOT NULL CHECK (score >= 0 AND score <= 10),
  reason       text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   bigint REFERENCES users(id),
  PRIMARY KEY (campaign_id, unit_id, criterion)
);

-- Counted (submitted or accepted) values summed per indicator and period over the units assigned now.
-- Refreshed for one (campaign, period) in the same transaction as every report transition, and for the whole
-- campaign when assignments change; `value_sum` for sums and counts, `numerator_sum`/`denominator_sum` for ratios,
-- `value_single` for a level reported by one unit.
CREATE TABLE indicator_totals (
  campaign_id     bigint NOT NULL REFERENCES campaigns(id),
  indicator_id    bigint NOT NULL REFERENCES indicators(id),
  period_id       text NOT NULL,
  value_sum       double precision,
  numerator_sum   double precision,
  denominator_sum double precision,
  value_single    double precision,
  units_reported  integer NOT NULL,
  ratio_parts     integer NOT NULL,
  has_estimate    boolean NOT NULL,
  refreshed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, period_id, indicator_id)
);
CREATE INDEX indicator_totals_indicator_idx ON indicator_totals (indicator_id);

-- Recomputes the totals of a campaign for one period (NULL = every period) from the counted report values.
-- Called in the transaction of every report transition and assignment change (evaluation/totals.ts).
CREATE FUNCTION thidua_refresh_totals(p_campaign bigint, p_period text) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM indicator_totals
   WHERE campaign_id = p_campaign AND (p_period IS NULL OR period_id = p_period);
  INSERT INTO indicator_totals (campaign_id, indicator_id, period_id, value_sum, numerator_sum, denominator_sum,
    value_single, units_reported, ratio_parts, has_estimate)
  SELECT r.campaign_id, v.indicator_id, r.period_id,
         sum(v.value), sum(v.numerator) FILTER (WHERE v.denominator IS NOT NULL),
         sum(v.denominator) FILTER (WHERE v.numerator IS NOT NULL),
         CASE WHEN count(v.value) = 1 THEN max(v.value) END,
         count(v.value)::int,
         count(*) FILTER (WHERE v.numerator IS NOT NULL AND v.denominator IS NOT NULL)::int,
         bool_or(v.is_estimate)
    FROM reports r
    JOIN report_values v ON v.report_id = r.id
    JOIN indicator_assignments a ON a.indicator_id = v.indicator_id AND a.unit_id = r.unit_id
   WHERE r.campaign_id = p_campaign AND (p_period IS NULL OR r.period_id = p_period)
     AND r.status IN ('submitted', 'accepted')
     AND v.value IS NOT NULL
   GROUP BY r.campaign_id, v.indicator_id, r.period_id;
$$;

-- Backfill from the reports already counted.
SELECT thidua_refresh_totals(id, NULL) FROM campaigns;
