// PLACEHOLDER: number 6 belongs to another branch of this session (issue 15). It keeps the chain
// 1…7 contiguous on this branch so migration 007 can be applied and tested; drop this file and
// import the real 006 when the branches are merged.
import type { Migration } from './types.js'

export const migration006: Migration = {
  version: 6,
  previous: 5,
  name: 'reserved',
  up: `SELECT 1;`,
  down: `SELECT 1;`,
}
