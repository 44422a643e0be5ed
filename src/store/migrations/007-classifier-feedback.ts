// Learning from the agents (issue 14): every severity and ticket type desk-sla wrote to a ticket,
// with the engine's evidence, and — when an agent changed it by hand — the agent's value. The
// Classifier page counts agreement from it; `desk-sla classify-report` exports the disagreements.
import type { Migration } from './types.js'

export const migration007: Migration = {
  version: 7,
  previous: 6,
  name: 'classifier-feedback',
  up: `
CREATE TABLE classifier_feedback (
  id bigserial PRIMARY KEY,
  installation_id text NOT NULL REFERENCES installations(id) ON DELETE CASCADE,
  ticket_id text NOT NULL,
  ticket_number text,
  subject text NOT NULL DEFAULT '',
  -- the description the engine read (as Desk sent it: plain text or HTML), for the labelled export
  description text NOT NULL DEFAULT '',
  -- the ticket's address in Desk as Desk gave it (http/https only), else null
  web_url text,
  field text NOT NULL CHECK (field IN ('severity','type')),
  -- what the service wrote: "1"/"2"/"3", or a ticket type name
  engine_value text NOT NULL,
  -- where the engine's answer came from: template | text | default
  source text NOT NULL,
  -- the policy rule that decided (e.g. "Support severity 1"), and the concept when the engine names one
  rule text NOT NULL,
  concept text,
  -- the ticket's words that matched
  words jsonb NOT NULL DEFAULT '[]'::jsonb,
  language text,
  team text NOT NULL,
  -- the engine's whole evidence for both fields (src/pipeline/classifier-evidence.ts)
  evidence jsonb NOT NULL,
  written_at timestamptz NOT NULL,
  -- set when an agent changed the value by hand: the agent's value and when
  human_value text,
  overridden_at timestamptz,
  CHECK ((human_value IS NULL) = (overridden_at IS NULL))
);
-- at most one value per ticket and field still waiting for an agent's verdict: a second
-- processing of the same change (a duplicate webhook, a sync) finds it and changes nothing
CREATE UNIQUE INDEX classifier_feedback_open_idx ON classifier_feedback (installation_id, ticket_id, field) WHERE overridden_at IS NULL;
CREATE INDEX classifier_feedback_ticket_idx ON classifier_feedback (installation_id, ticket_id, field, id);
CREATE INDEX classifier_feedback_written_idx ON classifier_feedback (written_at);
CREATE INDEX classifier_feedback_overridden_idx ON classifier_feedback (overridden_at) WHERE overridden_at IS NOT NULL;
`,
  down: `
DROP TABLE classifier_feedback;
`,
}
