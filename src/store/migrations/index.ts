// Every migration, in order. Add a file NNN-name.ts and append it here.
import { migration001 } from './001-initial.js'
import { migration002 } from './002-pipeline.js'
import { migration003 } from './003-partner-scores.js'
import { migration004 } from './004-widget-tokens.js'
import { migration005 } from './005-admin.js'
import { migration008 } from './008-inbox-arrival-order.js'
import type { Migration } from './types.js'

export type { Migration } from './types.js'

// Branch harden-inbox only: versions 6 and 7 belong to other branches of issue 17's work. These two
// empty steps keep the chain whole here; the merge replaces them with the real 006 and 007.
const reserved006: Migration = { version: 6, previous: 5, name: 'reserved-006', up: 'SELECT 1', down: 'SELECT 1' }
const reserved007: Migration = { version: 7, previous: 6, name: 'reserved-007', up: 'SELECT 1', down: 'SELECT 1' }

export const migrations: readonly Migration[] = Object.freeze([migration001, migration002, migration003, migration004, migration005, reserved006, reserved007, migration008])
