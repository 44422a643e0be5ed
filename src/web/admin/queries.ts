// The dashboard's reads of the store: named SQL builders, each used by one view.
import type { Db } from '../../store/db.js'
import { isoOf, isoOfRequired, run, toIso, type Sql } from '../../store/repos/sql.js'
import { toTicketSla, type TicketSla, type TicketSlaRow } from '../../store/repos/ticket-sla.js'

/** the most tickets one view recomputes; beyond it the view says it is truncated */
export const TICKET_SCAN_LIMIT = 20_000

export function openTicketsSql(installationIds: string[], limit: number): Sql {
  return {
    text: `SELECT * FROM ticket_sla WHERE open AND installation_id = ANY($1::text[]) ORDER BY installation_id, ticket_id LIMIT $2`,
    values: [installationIds, limit],
  }
}

/** tickets touched since `since`: every ticket created after it was saved after it too */
export function ticketsUpdatedSinceSql(installationIds: string[], since: string, limit: number): Sql {
  return {
    text: `SELECT * FROM ticket_sla WHERE installation_id = ANY($1::text[]) AND updated_at >= $2 ORDER BY installation_id, ticket_id LIMIT $3`,
    values: [installationIds, since, limit],
  }
}

/** the number, subject and Desk link the processor kept for some tickets (state.ref), by installation and ticket */
export function ticketRefsSql(installationIds: string[], ticketIds: string[]): Sql {
  return {
    text: `SELECT installation_id, ticket_id, state->'ref' AS ref FROM ticket_sla WHERE installation_id = ANY($1::text[]) AND ticket_id = ANY($2::text[])`,
    values: [installationIds, ticketIds],
  }
}

export async function ticketRefs(db: Db, installationIds: string[], ticketIds: string[]): Promise<Array<{ installationId: string; ticketId: string; ref: unknown }>> {
  if (ticketIds.length === 0) return []
  const { rows } = await run<{ installation_id: string; ticket_id: string; ref: unknown }>(db, ticketRefsSql(installationIds, ticketIds))
  return rows.map((r) => ({ installationId: r.installation_id, ticketId: r.ticket_id, ref: r.ref }))
}

export async function openTickets(db: Db, installationIds: string[], limit = TICKET_SCAN_LIMIT): Promise<TicketSla[]> {
  return (await run<TicketSlaRow>(db, openTicketsSql(installationIds, limit))).rows.map(toTicketSla)
}

export async function ticketsUpdatedSince(db: Db, installationIds: string[], since: number, limit = TICKET_SCAN_LIMIT): Promise<TicketSla[]> {
  return (await run<TicketSlaRow>(db, ticketsUpdatedSinceSql(installationIds, toIso(since), limit))).rows.map(toTicketSla)
}

// ---- operations ----

export function inboxLagSql(since: string): Sql {
  return {
    text: `SELECT
  (SELECT min(received_at) FROM webhook_inbox WHERE status IN ('pending','processing')) AS oldest_pending,
  (SELECT avg(EXTRACT(EPOCH FROM (processed_at - received_at))) FROM webhook_inbox
     WHERE processed_at IS NOT NULL AND processed_at >= $1) AS avg_lag_seconds,
  (SELECT max(EXTRACT(EPOCH FROM (processed_at - received_at))) FROM webhook_inbox
     WHERE processed_at IS NOT NULL AND processed_at >= $1) AS max_lag_seconds`,
    values: [since],
  }
}

export interface InboxLag {
  oldestPendingAt: string | null
  /** received → processed, over the last hour, seconds */
  avgLagSeconds: number | null
  maxLagSeconds: number | null
}

export async function inboxLag(db: Db, now: number): Promise<InboxLag> {
  const { rows } = await run<{ oldest_pending: Date | null; avg_lag_seconds: string | number | null; max_lag_seconds: string | number | null }>(
    db,
    inboxLagSql(toIso(now - 3_600_000)),
  )
  const r = rows[0]
  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 1000) / 1000)
  return { oldestPendingAt: r?.oldest_pending ? isoOf(r.oldest_pending) : null, avgLagSeconds: num(r?.avg_lag_seconds), maxLagSeconds: num(r?.max_lag_seconds) }
}

export function failedEventsSql(limit: number): Sql {
  return {
    text: `SELECT id, installation_id, event_type, ticket_id, received_at, attempts, error FROM webhook_inbox
WHERE status = 'failed' ORDER BY id DESC LIMIT $1`,
    values: [limit],
  }
}

export interface FailedEvent {
  id: number
  installationId: string
  eventType: string
  ticketId: string | null
  receivedAt: string
  attempts: number
  error: string | null
}

export async function failedEvents(db: Db, limit = 100): Promise<FailedEvent[]> {
  const { rows } = await run<{
    id: number | string
    installation_id: string
    event_type: string
    ticket_id: string | null
    received_at: Date
    attempts: number
    error: string | null
  }>(db, failedEventsSql(limit))
  return rows.map((r) => ({
    id: Number(r.id),
    installationId: r.installation_id,
    eventType: r.event_type,
    ticketId: r.ticket_id,
    receivedAt: isoOfRequired(r.received_at),
    attempts: r.attempts,
    error: r.error,
  }))
}

export function selectEventInstallationSql(id: number): Sql {
  return { text: `SELECT installation_id FROM webhook_inbox WHERE id = $1 AND status = 'failed'`, values: [id] }
}

export async function failedEventInstallation(db: Db, id: number): Promise<string | null> {
  const { rows } = await run<{ installation_id: string }>(db, selectEventInstallationSql(id))
  return rows[0]?.installation_id ?? null
}

export function installationHealthSql(): Sql {
  return {
    text: `SELECT i.id, c.updated_at AS last_sync_at, t.expires_at, t.mint_paused_until, t.access_token_enc IS NOT NULL AS has_access_token
FROM installations i
LEFT JOIN sync_cursors c ON c.installation_id = i.id AND c.name = 'sync'
LEFT JOIN oauth_tokens t ON t.installation_id = i.id
ORDER BY i.created_at, i.id`,
    values: [],
  }
}

export interface InstallationHealth {
  installationId: string
  lastSyncAt: string | null
  tokenExpiresAt: string | null
  mintPausedUntil: string | null
  hasAccessToken: boolean
}

export async function installationHealth(db: Db): Promise<InstallationHealth[]> {
  const { rows } = await run<{ id: string; last_sync_at: Date | null; expires_at: Date | null; mint_paused_until: Date | null; has_access_token: boolean }>(
    db,
    installationHealthSql(),
  )
  return rows.map((r) => ({
    installationId: r.id,
    lastSyncAt: isoOf(r.last_sync_at),
    tokenExpiresAt: isoOf(r.expires_at),
    mintPausedUntil: isoOf(r.mint_paused_until),
    hasAccessToken: r.has_access_token,
  }))
}

// ---- partners ----

export function partnerYearsSql(installationIds: string[]): Sql {
  return {
    text: 'SELECT DISTINCT year FROM partner_scores WHERE installation_id = ANY($1::text[]) ORDER BY year DESC',
    values: [installationIds],
  }
}

export async function partnerYears(db: Db, installationIds: string[]): Promise<number[]> {
  return (await run<{ year: number }>(db, partnerYearsSql(installationIds))).rows.map((r) => Number(r.year))
}
