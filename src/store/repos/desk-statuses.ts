// The status map cached per installation (migration 006): each ticket status name of the org with its
// status type, as the fields API listed it, and when it was read. pipeline/status-types.ts reads it
// and refreshes it from Desk when History names a status it does not hold.
import type { Db } from '../db.js'
import { isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export type StatusMapType = 'Open' | 'On Hold' | 'Closed'

export interface DeskStatus {
  name: string
  statusType: StatusMapType
}

export interface DeskStatusMap {
  installationId: string
  statuses: DeskStatus[]
  /** which listing answered: `fields` (GET /fields) or `organizationFields` (the deprecated one) */
  source: string
  fetchedAt: string
}

interface Row {
  installation_id: string
  statuses: DeskStatus[]
  source: string
  fetched_at: Date | string
}

// ---- named SQL builders ----

export function selectStatusMapSql(installationId: string): Sql {
  return { text: 'SELECT * FROM desk_status_maps WHERE installation_id = $1', values: [installationId] }
}

export function upsertStatusMapSql(installationId: string, statuses: readonly DeskStatus[], source: string, fetchedAt: string): Sql {
  return {
    text: `INSERT INTO desk_status_maps (installation_id, statuses, source, fetched_at) VALUES ($1, $2::jsonb, $3, $4)
ON CONFLICT (installation_id) DO UPDATE SET statuses = EXCLUDED.statuses, source = EXCLUDED.source, fetched_at = EXCLUDED.fetched_at`,
    values: [installationId, json(statuses), source, fetchedAt],
  }
}

// ---- repository ----

export async function getStatusMap(db: Db, installationId: string): Promise<DeskStatusMap | null> {
  const { rows } = await run<Row>(db, selectStatusMapSql(installationId))
  const r = rows[0]
  if (!r) return null
  return { installationId: r.installation_id, statuses: r.statuses, source: r.source, fetchedAt: isoOfRequired(r.fetched_at) }
}

export async function saveStatusMap(db: Db, installationId: string, statuses: readonly DeskStatus[], source: string, at: Instant): Promise<void> {
  await run(db, upsertStatusMapSql(installationId, statuses, source, toIso(at)))
}
