// Every migration, in order. Add a file NNN-name.ts and append it here.
import { migration001 } from './001-initial.js'
import { migration002 } from './002-pipeline.js'
import { migration003 } from './003-partner-scores.js'
import { migration004 } from './004-widget-tokens.js'
import { migration005 } from './005-admin.js'
import { migration006 } from './006-desk-statuses.js'
import { migration007 } from './007-classifier-feedback.js'
import { migration008 } from './008-inbox-arrival-order.js'
import { migration009 } from './009-credits.js'
import type { Migration } from './types.js'

export type { Migration } from './types.js'

export const migrations: readonly Migration[] = Object.freeze([migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009])
