// Admin dashboard sign-in (issue #6): sessions (only the sha256 of the cookie's session id is
// stored, beside the session's CSRF token and expiry) and failed sign-ins per client, for lockout.
import type { Migration } from './types.js'

export const migration005: Migration = {
  version: 5,
  previous: 4,
  name: 'admin-sessions',
  up: `
CREATE TABLE admin_sessions (
  id_hash text PRIMARY KEY,
  csrf_token text NOT NULL,
  -- "admin:token" or "admin:password": who the audit entries of this session name
  actor text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);
CREATE INDEX admin_sessions_expires_idx ON admin_sessions (expires_at);

CREATE TABLE admin_login_failures (
  client text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  first_failure_at timestamptz NOT NULL,
  locked_until timestamptz
);
`,
  down: `
DROP TABLE admin_login_failures;
DROP TABLE admin_sessions;
`,
}
