// The status map of an installation's org (issue 13): every ticket status name Desk knows, custom ones
// included, with its status type (Open / On Hold / Closed), read from the status field of the fields
// API. History gives status names; this map turns them into the clock's pauses and stops.
import type { Migration } from './types.js'

export const migration006: Migration = {
  version: 6,
  previous: 5,
  name: 'desk-statuses',
  up: `
CREATE TABLE desk_status_maps (
  installation_id text PRIMARY KEY REFERENCES installations(id) ON DELETE CASCADE,
  statuses jsonb NOT NULL,
  source text NOT NULL,
  fetched_at timestamptz NOT NULL
);
`,
  down: `
DROP TABLE desk_status_maps;
`,
}
