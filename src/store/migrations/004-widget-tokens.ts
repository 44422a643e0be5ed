// The widget token of an installation (issue #6): the agents' ticket widget sends it with every
// read of a ticket's SLA view. Only its sha256 is stored, compared in constant time; the token
// itself is shown once, when it is set, and pasted by the admin into the extension's settings.
import type { Migration } from './types.js'

export const migration004: Migration = {
  version: 4,
  previous: 3,
  name: 'widget-tokens',
  up: `
ALTER TABLE installations ADD COLUMN widget_token_hash text;
`,
  down: `
ALTER TABLE installations DROP COLUMN widget_token_hash;
`,
}
