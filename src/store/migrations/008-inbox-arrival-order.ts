// The inbox under abuse (issue 17): events are claimed in arrival order (the row id) per
// installation, taking turns across installations, instead of by the sender's eventTime; finished
// events are pruned after retention.
import type { Migration } from './types.js'

export const migration008: Migration = {
  version: 8,
  previous: 7,
  name: 'inbox-arrival-order',
  up: `
DROP INDEX webhook_inbox_claim_idx;
DROP INDEX webhook_inbox_ticket_idx;
-- each installation's unfinished events in arrival order
CREATE INDEX webhook_inbox_queue_idx ON webhook_inbox (installation_id, id) WHERE status IN ('pending','processing');
-- "is there an earlier unfinished event, or a live claim, for this ticket?"
CREATE INDEX webhook_inbox_ticket_idx ON webhook_inbox (installation_id, ticket_id, id) WHERE status IN ('pending','processing');
-- finished events past retention
CREATE INDEX webhook_inbox_processed_idx ON webhook_inbox (processed_at) WHERE status IN ('done','ignored');
`,
  down: `
DROP INDEX webhook_inbox_processed_idx;
DROP INDEX webhook_inbox_ticket_idx;
DROP INDEX webhook_inbox_queue_idx;
CREATE INDEX webhook_inbox_ticket_idx ON webhook_inbox (installation_id, ticket_id, event_time, id)
  WHERE status IN ('pending','processing');
CREATE INDEX webhook_inbox_claim_idx ON webhook_inbox (event_time, id) WHERE status IN ('pending','processing');
`,
}
