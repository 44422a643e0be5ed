// Accounts and contacts as Desk last showed them (issue 15): read once, then served from here until
// Desk says they changed (Account_Update / Contact_Update) or the copy outlives the cache's time to
// live. An older copy never replaces a newer one; the open tickets of an account or contact are
// found through ticket_sla.state (indexed), so a change reaches every ticket that depends on it.
import type { Db } from '../db.js'
import { isoOf, json, run, toIso, type Instant, type Sql } from './sql.js'

export type DeskRecordKind = 'account' | 'contact'

export interface CachedRecord {
  kind: DeskRecordKind
  recordId: string
  data: Record<string, unknown>
  /** Desk's modifiedTime of this copy (ISO), null when Desk gave none */
  modifiedTime: string | null
  fetchedAt: string
}

interface RecordRow {
  kind: DeskRecordKind
  record_id: string
  data: Record<string, unknown>
  modified_time: Date | null
  fetched_at: Date
}

function toRecord(r: RecordRow): CachedRecord {
  return { kind: r.kind, recordId: r.record_id, data: r.data, modifiedTime: isoOf(r.modified_time), fetchedAt: isoOf(r.fetched_at)! }
}

export function selectRecordSql(installationId: string, kind: DeskRecordKind, recordId: string): Sql {
  return {
    text: 'SELECT kind, record_id, data, modified_time, fetched_at FROM desk_records WHERE installation_id = $1 AND kind = $2 AND record_id = $3',
    values: [installationId, kind, recordId],
  }
}

/**
 * Stores a copy unless the stored one is newer (by Desk's modifiedTime); a copy of the same
 * modifiedTime refreshes fetched_at. Returns the row when this copy was kept.
 */
export function upsertRecordSql(installationId: string, kind: DeskRecordKind, recordId: string, data: unknown, modifiedTime: string | null, fetchedAt: string): Sql {
  return {
    text: `INSERT INTO desk_records (installation_id, kind, record_id, data, modified_time, fetched_at)
VALUES ($1, $2, $3, $4::jsonb, $5, $6)
ON CONFLICT (installation_id, kind, record_id) DO UPDATE
  SET data = EXCLUDED.data, modified_time = EXCLUDED.modified_time, fetched_at = EXCLUDED.fetched_at
  WHERE desk_records.modified_time IS NULL OR EXCLUDED.modified_time IS NULL OR EXCLUDED.modified_time >= desk_records.modified_time
RETURNING kind, record_id, data, modified_time, fetched_at`,
    values: [installationId, kind, recordId, json(data), modifiedTime, fetchedAt],
  }
}

/** open tickets whose stored state names the account (or contact), in ticket id order */
export function dependentTicketsSql(installationId: string, kind: DeskRecordKind, recordId: string, after: string | null, limit: number): Sql {
  const key = kind === 'account' ? 'accountId' : 'contactId'
  return {
    text: `SELECT ticket_id FROM ticket_sla
WHERE installation_id = $1 AND open AND state->>'${key}' = $2 AND ($3::text IS NULL OR ticket_id > $3)
ORDER BY ticket_id LIMIT $4`,
    values: [installationId, recordId, after, limit],
  }
}

export async function getCachedRecord(db: Db, installationId: string, kind: DeskRecordKind, recordId: string): Promise<CachedRecord | null> {
  const { rows } = await run<RecordRow>(db, selectRecordSql(installationId, kind, recordId))
  return rows[0] ? toRecord(rows[0]) : null
}

/** keeps `data` unless a newer copy is stored; true when it was kept */
export async function putCachedRecord(
  db: Db,
  installationId: string,
  kind: DeskRecordKind,
  recordId: string,
  data: Record<string, unknown>,
  fetchedAt: Instant,
): Promise<boolean> {
  const modified = typeof data.modifiedTime === 'string' && !Number.isNaN(Date.parse(data.modifiedTime)) ? toIso(data.modifiedTime) : null
  const { rows } = await run<RecordRow>(db, upsertRecordSql(installationId, kind, recordId, data, modified, toIso(fetchedAt)))
  return rows.length === 1
}

export async function dependentTickets(db: Db, installationId: string, kind: DeskRecordKind, recordId: string, after: string | null = null, limit = 200): Promise<string[]> {
  const { rows } = await run<{ ticket_id: string }>(db, dependentTicketsSql(installationId, kind, recordId, after, limit))
  return rows.map((r) => r.ticket_id)
}
