// Operations (issue #6): what is stuck and what needs an admin. Webhook inbox lag and counts,
// outbox depth, dead-lettered Desk writes and failed events (each with a retry), the last sync
// and the token health of every installation.
import type { ServiceContext } from '../../pipeline/context.js'
import { creditsToday, type InstallationCredits } from '../../pipeline/governor.js'
import { inboxQueue, type InboxStatus } from '../../store/repos/inbox.js'
import type { Installation } from '../../store/repos/installations.js'
import { outboxQueue, type OutboxStatus } from '../../store/repos/outbox.js'
import { deskTicketRef, refKey, type DeskTicketRef } from './desk-link.js'
import { failedEvents, inboxLag, installationHealth, ticketRefs, type FailedEvent, type InboxLag } from './queries.js'

export interface DeadLetter {
  id: number
  installationId: string
  ticketId: string
  kind: string
  attempts: number
  lastError: string | null
  createdAt: string
  failedAt: string | null
  /** the fields the write would set (names only: values may be long) */
  fields: string[]
}

export type TokenHealth = 'ok' | 'expired' | 'mint_paused' | 'reauth_required' | 'disabled' | 'no_token'

export interface InstallationOps {
  installationId: string
  name: string
  orgId: string
  dataCenter: string
  status: string
  statusReason: string | null
  lastSyncAt: string | null
  tokenExpiresAt: string | null
  mintPausedUntil: string | null
  tokenHealth: TokenHealth
}

export interface OperationsReport {
  computedAt: string
  inbox: { byStatus: Record<InboxStatus, number>; oldestPendingAgeSeconds: number | null } & InboxLag
  outbox: { byStatus: Record<OutboxStatus, number>; depth: number }
  deadLetters: DeadLetter[]
  failedEvents: FailedEvent[]
  /** number, subject and Desk link of the tickets above, by refKey(installationId, ticketId) */
  tickets: Record<string, DeskTicketRef>
  installations: InstallationOps[]
  /** Desk API credits used today by kind, the projected day, and what the credit governor holds back (issue 15) */
  credits: InstallationCredits[]
}

export function tokenHealthOf(inst: Installation, h: { tokenExpiresAt: string | null; mintPausedUntil: string | null; hasAccessToken: boolean } | undefined, now: number): TokenHealth {
  if (inst.status === 'reauth_required') return 'reauth_required'
  if (inst.status === 'disabled') return 'disabled'
  if (h?.mintPausedUntil && Date.parse(h.mintPausedUntil) > now) return 'mint_paused'
  if (!h || !h.hasAccessToken || !h.tokenExpiresAt) return 'no_token'
  // an expired access token is normal between calls: the next call mints one
  return Date.parse(h.tokenExpiresAt) <= now ? 'expired' : 'ok'
}

export async function operationsReport(ctx: ServiceContext, installations: Installation[]): Promise<OperationsReport> {
  const now = ctx.now()
  const [inboxCounts, lag, outboxCounts, dead, failed, health, credits] = await Promise.all([
    inboxQueue.countByStatus(ctx.db),
    inboxLag(ctx.db, now),
    outboxQueue.countByStatus(ctx.db),
    outboxQueue.listDead(ctx.db, { limit: 200 }),
    failedEvents(ctx.db, 200),
    installationHealth(ctx.db),
    creditsToday(ctx.db, ctx.credits, installations.map((i) => i.id), now),
  ])
  const healthById = new Map(health.map((h) => [h.installationId, h]))
  const ticketIds = [...new Set([...dead.map((d) => d.ticketId), ...failed.flatMap((e) => (e.ticketId ? [e.ticketId] : []))])]
  const tickets: Record<string, DeskTicketRef> = {}
  for (const t of await ticketRefs(ctx.db, installations.map((i) => i.id), ticketIds)) {
    tickets[refKey(t.installationId, t.ticketId)] = deskTicketRef({ ref: t.ref })
  }
  return {
    computedAt: new Date(now).toISOString(),
    inbox: {
      byStatus: inboxCounts,
      ...lag,
      oldestPendingAgeSeconds: lag.oldestPendingAt ? Math.max(0, Math.round((now - Date.parse(lag.oldestPendingAt)) / 1000)) : null,
    },
    outbox: { byStatus: outboxCounts, depth: outboxCounts.pending + outboxCounts.sending },
    deadLetters: dead.map((d) => ({
      id: d.id,
      installationId: d.installationId,
      ticketId: d.ticketId,
      kind: d.kind,
      attempts: d.attempts,
      lastError: d.lastError,
      createdAt: d.createdAt,
      failedAt: d.doneAt,
      fields: d.kind === 'patch' ? fieldNames(d.body) : [],
    })),
    failedEvents: failed,
    tickets,
    installations: installations.map((inst) => {
      const h = healthById.get(inst.id)
      return {
        installationId: inst.id,
        name: inst.name,
        orgId: inst.orgId,
        dataCenter: inst.dataCenter,
        status: inst.status,
        statusReason: inst.statusReason,
        lastSyncAt: h?.lastSyncAt ?? null,
        tokenExpiresAt: h?.tokenExpiresAt ?? null,
        mintPausedUntil: h?.mintPausedUntil ?? null,
        tokenHealth: tokenHealthOf(inst, h, now),
      }
    }),
    credits,
  }
}

function fieldNames(body: Record<string, unknown>): string[] {
  const top = Object.keys(body).filter((k) => k !== 'cf')
  const cf = body.cf && typeof body.cf === 'object' ? Object.keys(body.cf as object) : []
  return [...top, ...cf]
}
