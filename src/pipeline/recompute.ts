// Recompute (`desk-sla recompute`, issue 5): after a policy or calendar change, every open ticket
// of an installation is re-evaluated from its stored input through the processor's own path, so
// only fields that change are queued for Desk and every change is audited. A dry run does the
// same inside a transaction that is rolled back.
import { isStoreError } from '../store/errors.js'
import type { Installation } from '../store/repos/installations.js'
import type { Sql } from '../store/repos/sql.js'
import { listOpenTickets, type TicketSla } from '../store/repos/ticket-sla.js'
import type { ServiceContext } from './context.js'
import type { FieldValues } from './decide.js'
import { reevaluateTicket, type ProcessOutcome } from './processor.js'
import { describeError } from '../describe-error.js'
import { DEFAULTS } from '../config.js'

export const RECOMPUTE_ACTOR = 'cli:recompute'
const CONFLICT_RETRIES = 3

export interface RecomputeChange {
  ticketId: string
  /** field → value before (as the service last knew the ticket) and after */
  changes: Record<string, { from: string | null; to: string | null }>
  level: number
  raisedFrom: number | null
}

export interface RecomputeResult {
  installationId: string
  dryRun: boolean
  seen: number
  changed: number
  unchanged: number
  failed: number
  /** what changed (or would change), ticket by ticket */
  changes: RecomputeChange[]
  errors: Array<{ ticketId: string; error: string }>
}

export interface RecomputeOptions {
  dryRun?: boolean
  pageSize?: number
  actor?: string
  onProgress?: (done: number, total: number) => void
}

export function countOpenTicketsSql(installationId: string): Sql {
  return { text: 'SELECT count(*) AS n FROM ticket_sla WHERE installation_id = $1 AND open', values: [installationId] }
}

class DryRunRollback extends Error {
  constructor(readonly outcome: ProcessOutcome) {
    super('dry run: rolled back')
  }
}

/** one ticket, retried when a webhook's processing saved the same ticket in between */
async function reevaluateOne(ctx: ServiceContext, inst: Installation, ticketId: string, dryRun: boolean, actor: string): Promise<ProcessOutcome> {
  const trigger = { source: 'recompute' as const, actor }
  for (let attempt = 1; ; attempt++) {
    try {
      if (!dryRun) return await reevaluateTicket(ctx, inst, ticketId, trigger)
      try {
        await ctx.db.transaction(async (tx) => {
          throw new DryRunRollback(await reevaluateTicket({ ...ctx, db: tx }, inst, ticketId, trigger))
        })
      } catch (err) {
        if (err instanceof DryRunRollback) return err.outcome
        throw err
      }
      throw new Error('unreachable: the dry-run transaction did not roll back')
    } catch (err) {
      if (attempt < CONFLICT_RETRIES && isStoreError(err) && err.code === 'STORE_VERSION_CONFLICT') continue
      throw err
    }
  }
}

export async function runRecompute(ctx: ServiceContext, inst: Installation, opts: RecomputeOptions = {}): Promise<RecomputeResult> {
  const pageSize = opts.pageSize ?? DEFAULTS.recomputePageSize
  const dryRun = opts.dryRun ?? false
  const actor = opts.actor ?? RECOMPUTE_ACTOR
  const q = countOpenTicketsSql(inst.id)
  const total = Number((await ctx.db.query<{ n: number | string }>(q.text, q.values)).rows[0]?.n ?? 0)
  const result: RecomputeResult = { installationId: inst.id, dryRun, seen: 0, changed: 0, unchanged: 0, failed: 0, changes: [], errors: [] }
  opts.onProgress?.(0, total)
  let after: string | null = null
  for (;;) {
    const page = await listOpenTickets(ctx.db, inst.id, after, pageSize)
    for (const row of page) {
      result.seen++
      try {
        const out = await reevaluateOne(ctx, inst, row.ticketId, dryRun, actor)
        if (out.status === 'updated') {
          result.changed++
          result.changes.push({ ticketId: out.ticketId, changes: withPrevious(row, out.changes), level: out.level, raisedFrom: out.raisedFrom })
        } else result.unchanged++
      } catch (err) {
        result.failed++
        const error = describeError(err)
        result.errors.push({ ticketId: row.ticketId, error })
        ctx.logger.warn('recompute failed for a ticket', { installationId: inst.id, ticketId: row.ticketId, error })
      }
      opts.onProgress?.(result.seen, Math.max(total, result.seen))
    }
    if (page.length < pageSize) return result
    after = page[page.length - 1]!.ticketId
  }
}

/** pairs each new value with the one the ticket held as far as the service knew: what it read, then what it wrote */
function withPrevious(row: TicketSla, changes: FieldValues): RecomputeChange['changes'] {
  const read = ((row.state as { ticketValues?: FieldValues }).ticketValues ?? {}) as FieldValues
  const known: FieldValues = { ...read, ...(row.lastWritten as FieldValues) }
  return Object.fromEntries(Object.entries(changes).map(([k, to]) => [k, { from: known[k] ?? null, to: to ?? null }]))
}
