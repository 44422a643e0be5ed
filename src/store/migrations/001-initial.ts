// Installations (one per connected Desk org), their OAuth tokens, sync cursors,
// the audit log of every change the service makes to a ticket, and cron tick claims.
import type { Migration } from './types.js'

export const migration001: Migration = {
  version: 1,
  previous: 0,
  name: 'initial',
  up: `
CREATE TABLE installations (
  -- text, not uuid: the id arrives in webhook URLs and token-store calls, and a malformed one
  -- must read as "unknown installation", not as a cast error
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  name text NOT NULL DEFAULT '',
  org_id text NOT NULL,
  data_center text NOT NULL CHECK (data_center IN ('com','eu','in','com.au','jp','ca','sa','uk','com.cn')),
  api_base text,
  accounts_url text,
  client_id text NOT NULL,
  client_secret_enc text NOT NULL,
  refresh_token_enc text NOT NULL,
  -- the webhook secret travels in the hook URL: its sha256 is compared in constant time on
  -- every delivery, the encrypted copy lets the service register the same URL again
  webhook_secret_hash text,
  webhook_secret_enc text,
  webhook_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Desk department ids this installation handles; empty = every department
  department_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  policy_overrides jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','reauth_required','disabled')),
  status_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX installations_org_idx ON installations (org_id);

CREATE TABLE oauth_tokens (
  installation_id text PRIMARY KEY REFERENCES installations(id) ON DELETE CASCADE,
  access_token_enc text,
  expires_at timestamptz,
  -- Zoho allows 10 mints per refresh token per 10 minutes; over it, minting waits until here
  mint_paused_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sync_cursors (
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  name text NOT NULL,
  cursor text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (installation_id, name)
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  ticket_id text,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  changes jsonb NOT NULL DEFAULT '{}'::jsonb,
  reason text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_ticket_idx ON audit_log (installation_id, ticket_id, id);
CREATE INDEX audit_log_at_idx ON audit_log (installation_id, at);

-- one row per (job, tick): the replica whose INSERT wins runs the tick
CREATE TABLE job_runs (
  job text NOT NULL,
  tick_key text NOT NULL,
  owner text NOT NULL DEFAULT '',
  claimed_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  outcome text,
  PRIMARY KEY (job, tick_key)
);
CREATE INDEX job_runs_claimed_idx ON job_runs (claimed_at);
`,
  down: `
DROP TABLE job_runs;
DROP TABLE audit_log;
DROP TABLE sync_cursors;
DROP TABLE oauth_tokens;
DROP TABLE installations;
`,
}
