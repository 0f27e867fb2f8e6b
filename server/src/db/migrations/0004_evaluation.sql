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
