// Per-ticket SLA state. Writes are optimistic: a save names the version it read, so two workers
// (or an old event racing a newer one) cannot silently overwrite each other.
import type { Db } from '../db.js'
import { StoreError } from '../errors.js'
import { isoOf, isoOfRequired, json, run, toIso, toIsoOrNull, type Instant, type Sql } from './sql.js'

export interface TicketSla {
  installationId: string
  ticketId: string
  state: Record<string, unknown>
  lastWritten: Record<string, unknown>
  escalationLevel: number
  nextCheckAt: string | null
  lastEventTime: string | null
  ticketModifiedTime: string | null
  statusIntervals: unknown[]
  open: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export interface TicketSlaWrite {
  installationId: string
  ticketId: string
  state: Record<string, unknown>
  lastWritten: Record<string, unknown>
  escalationLevel: number
  nextCheckAt: Instant | null
  lastEventTime: Instant | null
  ticketModifiedTime: Instant | null
  statusIntervals: unknown[]
  open: boolean
}

export interface TicketSlaRow {
  installation_id: string
  ticket_id: string
  state: Record<string, unknown>
  last_written: Record<string, unknown>
  escalation_level: number
  next_check_at: Date | null
  last_event_time: Date | null
  ticket_modified_time: Date | null
  status_intervals: unknown[]
  open: boolean
  version: number
  created_at: Date
  updated_at: Date
}

export function toTicketSla(r: TicketSlaRow): TicketSla {
  return {
    installationId: r.installation_id,
    ticketId: r.ticket_id,
    state: r.state,
    lastWritten: r.last_written,
    escalationLevel: r.escalation_level,
    nextCheckAt: isoOf(r.next_check_at),
    lastEventTime: isoOf(r.last_event_time),
    ticketModifiedTime: isoOf(r.ticket_modified_time),
    statusIntervals: r.status_intervals,
    open: r.open,
    version: r.version,
    createdAt: isoOfRequired(r.created_at),
    updatedAt: isoOfRequired(r.updated_at),
  }
}

function writeValues(w: TicketSlaWrite): unknown[] {
  if (!Number.isInteger(w.escalationLevel) || w.escalationLevel < 0 || w.escalationLevel > 4) {
    throw new StoreError('STORE_BAD_INPUT', `escalation level ${w.escalationLevel} is not 0–4`, { escalationLevel: w.escalationLevel })
  }
  return [
    w.installationId,
    w.ticketId,
    json(w.state),
    json(w.lastWritten),
    w.escalationLevel,
    toIsoOrNull(w.nextCheckAt),
    toIsoOrNull(w.lastEventTime),
    toIsoOrNull(w.ticketModifiedTime),
    json(w.statusIntervals),
    w.open,
  ]
}

// ---- named SQL builders ----

export function selectTicketSlaSql(installationId: string, ticketId: string, forUpdate: boolean): Sql {
  return {
    text: `SELECT * FROM ticket_sla WHERE installation_id = $1 AND ticket_id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    values: [installationId, ticketId],
  }
}

/** first save of a ticket: inserts version 1, or nothing if another worker got there first */
export function insertTicketSlaSql(w: TicketSlaWrite, now: string): Sql {
  return {
    text: `INSERT INTO ticket_sla (installation_id, ticket_id, state, last_written, escalation_level, next_check_at,
  last_event_time, ticket_modified_time, status_intervals, open, version, created_at, updated_at)
VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9::jsonb, $10, 1, $11, $11)
ON CONFLICT (installation_id, ticket_id) DO NOTHING
RETURNING *`,
    values: [...writeValues(w), now],
  }
}

/** later saves: only if the row still has the version the caller read */
export function updateTicketSlaSql(w: TicketSlaWrite, expectedVersion: number, now: string): Sql {
  return {
    text: `UPDATE ticket_sla SET state = $3::jsonb, last_written = $4::jsonb, escalation_level = $5, next_check_at = $6,
  last_event_time = $7, ticket_modified_time = $8, status_intervals = $9::jsonb, open = $10,
  version = version + 1, updated_at = $11
WHERE installation_id = $1 AND ticket_id = $2 AND version = $12
RETURNING *`,
    values: [...writeValues(w), now, expectedVersion],
  }
}

export function dueForCheckSql(now: string, limit: number): Sql {
  // matches the partial index ticket_sla_next_check_idx
  return {
    text: `SELECT * FROM ticket_sla WHERE open AND next_check_at IS NOT NULL AND next_check_at <= $1
ORDER BY next_check_at LIMIT $2`,
    values: [now, limit],
  }
}

export function listOpenTicketsSql(installationId: string, afterTicketId: string | null, limit: number): Sql {
  return {
    text: `SELECT * FROM ticket_sla WHERE installation_id = $1 AND open AND ($2::text IS NULL OR ticket_id > $2)
ORDER BY ticket_id LIMIT $3`,
    values: [installationId, afterTicketId, limit],
  }
}

export function setNextCheckSql(installationId: string, ticketId: string, at: string | null): Sql {
  return {
    text: 'UPDATE ticket_sla SET next_check_at = $3 WHERE installation_id = $1 AND ticket_id = $2',
    values: [installationId, ticketId, at],
  }
}

// ---- repository ----

export async function getTicketSla(
  db: Db,
  installationId: string,
  ticketId: string,
  options: { forUpdate?: boolean } = {},
): Promise<TicketSla | null> {
  const { rows } = await run<TicketSlaRow>(db, selectTicketSlaSql(installationId, ticketId, options.forUpdate ?? false))
  return rows[0] ? toTicketSla(rows[0]) : null
}

/**
 * Save the state. `expectedVersion` is the version read (null: the ticket has no row yet).
 * Throws STORE_VERSION_CONFLICT when someone else saved in between; the caller re-reads and recomputes.
 */
export async function saveTicketSla(db: Db, write: TicketSlaWrite, expectedVersion: number | null, now: Instant = new Date()): Promise<TicketSla> {
  const sql = expectedVersion === null ? insertTicketSlaSql(write, toIso(now)) : updateTicketSlaSql(write, expectedVersion, toIso(now))
  const { rows } = await run<TicketSlaRow>(db, sql)
  if (!rows[0]) {
    throw new StoreError('STORE_VERSION_CONFLICT', `ticket ${write.ticketId} changed since version ${expectedVersion ?? 'none'} was read`, {
      installationId: write.installationId,
      ticketId: write.ticketId,
      expectedVersion,
    })
  }
  return toTicketSla(rows[0])
}

/** open tickets whose next check time has passed, earliest first (the escalation sweep) */
export async function dueForCheck(db: Db, now: Instant, limit: number): Promise<TicketSla[]> {
  const { rows } = await run<TicketSlaRow>(db, dueForCheckSql(toIso(now), limit))
  return rows.map(toTicketSla)
}

/** one page of an installation's open tickets, by ticket id after `afterTicketId` (recompute) */
export async function listOpenTickets(db: Db, installationId: string, afterTicketId: string | null, limit: number): Promise<TicketSla[]> {
  const { rows } = await run<TicketSlaRow>(db, listOpenTicketsSql(installationId, afterTicketId, limit))
  return rows.map(toTicketSla)
}

export async function setNextCheck(db: Db, installationId: string, ticketId: string, at: Instant | null): Promise<boolean> {
  return (await run(db, setNextCheckSql(installationId, ticketId, toIsoOrNull(at)))).rowCount === 1
}

/**
 * Desk's answer to desk-sla's own PATCH is a fresh copy of the ticket (issue 15): keep it as the
 * stored copy and move the stored modifiedTime to it, so the next sync does not take desk-sla's write
 * for a change. Only while the row is the version the caller read, and without a new version: a
 * save made in between wins.
 */
export function noteTicketCopySql(installationId: string, ticketId: string, version: number, copy: Record<string, unknown>, copiedAt: number, modifiedTime: string): Sql {
  return {
    text: `UPDATE ticket_sla SET state = state || jsonb_build_object('ticket', $4::jsonb, 'ticketAt', $5::bigint), ticket_modified_time = $6
WHERE installation_id = $1 AND ticket_id = $2 AND version = $3 AND (ticket_modified_time IS NULL OR ticket_modified_time <= $6)`,
    values: [installationId, ticketId, version, json(copy), copiedAt, toIso(modifiedTime)],
  }
}

export async function noteTicketCopy(db: Db, installationId: string, ticketId: string, version: number, copy: Record<string, unknown>, copiedAt: number, modifiedTime: string): Promise<boolean> {
  return (await run(db, noteTicketCopySql(installationId, ticketId, version, copy, copiedAt, modifiedTime))).rowCount === 1
}
