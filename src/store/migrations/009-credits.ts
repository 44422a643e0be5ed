// Spending Desk's API credits with care (issue 15): accounts and contacts cached with Desk's
// modifiedTime (so a webhook event costs no account read), the open tickets of an account found
// without a scan (an Account_Update reaches them), and each installation's daily credit budget,
// shared by every replica: what was spent by kind, what Desk says is left, what was deferred.
import type { Migration } from './types.js'

export const migration009: Migration = {
  version: 9,
  previous: 8,
  name: 'desk-credits',
  up: `
CREATE TABLE desk_records (
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('account','contact')),
  record_id text NOT NULL,
  -- the record as Desk answered it (or as an Account_Update / Contact_Update carried it)
  data jsonb NOT NULL,
  -- Desk's modifiedTime of that copy: an older copy never replaces a newer one
  modified_time timestamptz,
  -- when the copy was read or received: it is read again once older than the cache's time to live
  fetched_at timestamptz NOT NULL,
  PRIMARY KEY (installation_id, kind, record_id)
);

-- the open tickets of an account or a contact (ticket_sla.state holds both ids)
CREATE INDEX ticket_sla_account_idx ON ticket_sla (installation_id, (state->>'accountId')) WHERE open;
CREATE INDEX ticket_sla_contact_idx ON ticket_sla (installation_id, (state->>'contactId')) WHERE open;

-- one row per installation and UTC day: the budget every replica reserves calls from
CREATE TABLE desk_credit_days (
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  day date NOT NULL,
  -- credits desk-sla may spend this day (DESK_CREDITS_PER_DAY); null: what Desk reports
  allowance integer,
  -- credits reserved or spent by desk-sla today
  used integer NOT NULL DEFAULT 0,
  -- X-Rate-Limit-Remaining-v3 as last answered, less the calls reserved since (the whole org's)
  desk_remaining integer,
  desk_remaining_at timestamptz,
  -- the most Desk said was left today: the org's allowance when none is configured
  desk_peak integer,
  -- sync ticks skipped in a row while the sync interval is stretched
  sync_skips integer NOT NULL DEFAULT 0,
  -- Desk answered THRESHOLD_EXCEEDED: no call until then
  exhausted_until timestamptz,
  PRIMARY KEY (installation_id, day)
);

CREATE TABLE desk_credit_usage (
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  day date NOT NULL,
  -- webhook | write | sync | backfill | recompute | retier | other
  kind text NOT NULL,
  calls integer NOT NULL DEFAULT 0,
  credits integer NOT NULL DEFAULT 0,
  -- calls (or sync ticks) held back to keep the allowance
  deferred integer NOT NULL DEFAULT 0,
  PRIMARY KEY (installation_id, day, kind)
);

-- what queued a Desk write: a webhook or sync event, the sweep, or a bulk job (recompute, backfill),
-- whose writes the credit governor holds back first
ALTER TABLE outbox ADD COLUMN origin text NOT NULL DEFAULT 'webhook';
`,
  down: `
ALTER TABLE outbox DROP COLUMN origin;
DROP TABLE desk_credit_usage;
DROP TABLE desk_credit_days;
DROP INDEX ticket_sla_contact_idx;
DROP INDEX ticket_sla_account_idx;
DROP TABLE desk_records;
`,
}
