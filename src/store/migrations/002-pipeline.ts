// The pipeline's durable queues and state: webhook inbox, per-ticket SLA state, outbox of Desk writes.
import type { Migration } from './types.js'

export const migration002: Migration = {
  version: 2,
  previous: 1,
  name: 'pipeline',
  up: `
CREATE TABLE webhook_inbox (
  id bigserial PRIMARY KEY,
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  -- dedupe key: eventType + ticket id + eventTime for webhooks (DESK_API.md), one delivery stored once
  event_key text NOT NULL,
  event_type text NOT NULL,
  ticket_id text,
  event_time timestamptz NOT NULL,
  source text NOT NULL DEFAULT 'webhook' CHECK (source IN ('webhook','sync','sweep','recompute','backfill')),
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','processing','done','failed','ignored')),
  attempts integer NOT NULL DEFAULT 0,
  -- pending: not before this instant (retry backoff); processing: the claim's lease ends here
  locked_until timestamptz,
  error text,
  processed_at timestamptz,
  UNIQUE (installation_id, event_key)
);
-- claiming walks unfinished events in (event_time, id) order
CREATE INDEX webhook_inbox_claim_idx ON webhook_inbox (event_time, id) WHERE status IN ('pending','processing');
-- "is there an earlier unfinished event, or a live claim, for this ticket?"
CREATE INDEX webhook_inbox_ticket_idx ON webhook_inbox (installation_id, ticket_id, event_time, id)
  WHERE status IN ('pending','processing');
CREATE INDEX webhook_inbox_failed_idx ON webhook_inbox (installation_id, id) WHERE status = 'failed';

CREATE TABLE ticket_sla (
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  ticket_id text NOT NULL,
  -- the engine's last result (targets, classification, flags)
  state jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- field -> value desk-sla last wrote to the ticket (loop prevention; a human's value wins)
  last_written jsonb NOT NULL DEFAULT '{}'::jsonb,
  escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 4),
  next_check_at timestamptz,
  last_event_time timestamptz,
  ticket_modified_time timestamptz,
  -- On Hold / Closed intervals as the service recorded them: [{statusType, start, end}]
  status_intervals jsonb NOT NULL DEFAULT '[]'::jsonb,
  open boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (installation_id, ticket_id)
);
-- the escalation sweep reads only tickets whose check time has passed
CREATE INDEX ticket_sla_next_check_idx ON ticket_sla (next_check_at) WHERE open AND next_check_at IS NOT NULL;
-- recompute walks the open tickets of an installation
CREATE INDEX ticket_sla_open_idx ON ticket_sla (installation_id, ticket_id) WHERE open;

CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  ticket_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('patch','comment')),
  body jsonb NOT NULL,
  -- optional: the same effect is enqueued once (e.g. the escalation comment for level 3)
  dedupe_key text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sending','done','dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, id) WHERE status IN ('pending','sending');
CREATE INDEX outbox_ticket_idx ON outbox (installation_id, ticket_id, id) WHERE status IN ('pending','sending');
CREATE INDEX outbox_dead_idx ON outbox (installation_id, id) WHERE status = 'dead';
CREATE UNIQUE INDEX outbox_dedupe_idx ON outbox (installation_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
`,
  down: `
DROP TABLE outbox;
DROP TABLE ticket_sla;
DROP TABLE webhook_inbox;
`,
}
