// Every migration, in order. Add a file NNN-name.ts and append it here.
import { migration001 } from './001-initial.js'
import { migration002 } from './002-pipeline.js'
import { migration003 } from './003-partner-scores.js'
import { migration004 } from './004-widget-tokens.js'
import { migration005 } from './005-admin.js'
import { migration009 } from './009-credits.js'
import type { Migration } from './types.js'

export type { Migration } from './types.js'

/**
 * Versions 6 to 8 belong to other branches of this work (issue 15 was given 9): until they are
 * merged, empty stand-ins keep the chain whole. The merge replaces each with the real migration.
 */
function reserved(version: number): Migration {
  return { version, previous: version - 1, name: `reserved-${version}`, up: 'SELECT 1', down: 'SELECT 1' }
}

export const migrations: readonly Migration[] = Object.freeze([
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  reserved(6),
  reserved(7),
  reserved(8),
  migration009,
])
