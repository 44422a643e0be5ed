// The audit log: every change the service made to a ticket (or an installation) and why.
import type { Db } from '../db.js'
import { isoOfRequired, json, run, toIso, type Instant, type Sql } from './sql.js'

export interface AuditInput {
  installationId: string
  ticketId: string | null
  /** who acted: "desk-sla", "cli:recompute", "admin:<user>" … */
  actor: string
  /** what happened: "ticket.patch", "ticket.comment", "escalation.raise" … */
  action: string
  /** field -> { from, to } or any detail of the change */
  changes: Record<string, unknown>
  reason: string
  at?: Instant
}

export interface AuditEntry {
  id: number
  installationId: string
  ticketId: string | null
  at: string
  actor: string
  action: string
  changes: Record<string, unknown>
  reason: string
}

interface AuditRow {
  id: number
  installation_id: string
  ticket_id: string | null
  at: Date
  actor: string
  action: string
  changes: Record<string, unknown>
  reason: string
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    installationId: r.installation_id,
    ticketId: r.ticket_id,
    at: isoOfRequired(r.at),
    actor: r.actor,
    action: r.action,
    changes: r.changes,
    reason: r.reason,
  }
}

export function appendAuditSql(e: AuditInput, at: string): Sql {
  return {
    text: `INSERT INTO audit_log (installation_id, ticket_id, at, actor, action, changes, reason)
VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING *`,
    values: [e.installationId, e.ticketId, at, e.actor, e.action, json(e.changes), e.reason],
  }
}

export function listAuditSql(installationId: string, ticketId: string | null, beforeId: number | null, limit: number): Sql {
  return {
    text: `SELECT * FROM audit_log WHERE installation_id = $1 AND ($2::text IS NULL OR ticket_id = $2)
  AND ($3::bigint IS NULL OR id < $3) ORDER BY id DESC LIMIT $4`,
    values: [installationId, ticketId, beforeId, limit],
  }
}

export async function appendAudit(db: Db, entry: AuditInput): Promise<AuditEntry> {
  const { rows } = await run<AuditRow>(db, appendAuditSql(entry, toIso(entry.at ?? new Date())))
  return toEntry(rows[0])
}

/** newest first; page with `beforeId` = the last id of the previous page */
export async function listAudit(
  db: Db,
  filter: { installationId: string; ticketId?: string; beforeId?: number; limit?: number },
): Promise<AuditEntry[]> {
  const { rows } = await run<AuditRow>(db, listAuditSql(filter.installationId, filter.ticketId ?? null, filter.beforeId ?? null, filter.limit ?? 100))
  return rows.map(toEntry)
}
