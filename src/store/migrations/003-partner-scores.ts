// Partner value scores per account and year (DOMAIN.md §7): global, or per region served.
import type { Migration } from './types.js'

export const migration003: Migration = {
  version: 3,
  previous: 2,
  name: 'partner-scores',
  up: `
CREATE TABLE partner_scores (
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  account_id text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  -- 'global' for the partner's home-region score, else the region it serves
  region text NOT NULL DEFAULT 'global',
  score double precision NOT NULL CHECK (score >= 0 AND score <= 1000),
  tier text NOT NULL CHECK (tier IN ('Authorized','Advanced','Premium')),
  breakdown jsonb NOT NULL DEFAULT '{}'::jsonb,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (installation_id, account_id, year, region)
);
CREATE INDEX partner_scores_year_idx ON partner_scores (installation_id, year);
`,
  down: `
DROP TABLE partner_scores;
`,
}
