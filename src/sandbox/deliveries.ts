import type { SandboxClock } from './clock.js'
import type { FaultSwitches } from './faults.js'
import type { IdGenerator } from './ids.js'
import type { DeskEvent } from './operations.js'
import type { WebhookSigner } from './signing.js'
import type { Webhook, WebhookRegistry } from './webhooks.js'

// Webhook deliveries: real HTTP POSTs of Desk-shaped event arrays, sent after the API answered,
// one queue per hook (so order holds unless the reorder fault is on), retried on failure,
// recorded with status and duration, and flagged slow beyond Desk's 5 s deadline.

export const SLOW_DELIVERY_MS = 5_000

export type DeliveryOptions = {
  /** Attempts per delivery including the first (default 4). */
  maxAttempts?: number
  /** Real-time waits before attempt 2, 3, … (default 1 s, 5 s, 30 s; the last repeats). */
  retryDelaysMs?: number[]
  /** Real-time deadline of one POST (default 10 s; Desk's is 5–10 s). */
  timeoutMs?: number
}

export type DeliveryRecord = {
  id: string
  webhookId: string
  eventType: string
  ticketId: string
  eventTime: string
  attempt: number
  /** HTTP status the receiver answered, null when none (network error, timeout, dropped). */
  status: number | null
  ok: boolean
  durationMs: number
  slow: boolean
  error: string | null
  /** Set when a fault switch shaped this delivery. */
  fault: 'dropped' | 'duplicate' | 'reordered' | null
  /** The receiver answered 410 and the subscription was deleted. */
  subscriptionDeleted: boolean
  sentAt: string
}

type Job = {
  hookId: string
  event: DeskEvent
  body: string
  attempt: number
  fault: DeliveryRecord['fault']
}

export class DeliveryDispatcher {
  private readonly records: DeliveryRecord[] = []
  private readonly queues = new Map<string, Job[]>()
  private readonly running = new Set<string>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private held: Job[] = []
  private pending = 0
  private waiters: Array<() => void> = []
  private closed = false
  readonly maxAttempts: number
  readonly retryDelaysMs: number[]
  readonly timeoutMs: number

  constructor(
    private readonly orgId: string,
    private readonly registry: WebhookRegistry,
    private readonly signer: WebhookSigner,
    private readonly clock: SandboxClock,
    private readonly faults: FaultSwitches,
    private readonly ids: IdGenerator,
    opts: DeliveryOptions = {},
  ) {
    this.maxAttempts = opts.maxAttempts ?? 4
    this.retryDelaysMs = opts.retryDelaysMs ?? [1_000, 5_000, 30_000]
    this.timeoutMs = opts.timeoutMs ?? 10_000
  }

  /** Event sink for operations.ts: matches hooks and queues one delivery per matching hook. */
  readonly publish = (event: DeskEvent): void => {
    if (this.closed) return
    for (const hook of this.registry.list()) {
      const filter = matchHook(hook, event)
      if (filter === false) continue
      const item: Record<string, unknown> = {
        eventType: event.eventType,
        orgId: this.orgId,
        // Unverified format (DESK_API.md): the sandbox sends epoch milliseconds as a string.
        eventTime: String(event.eventTimeMs),
        payload: event.payload,
      }
      if (filter?.includePrevState && event.prevState) item.prevState = event.prevState
      const job: Job = { hookId: hook.id, event, body: JSON.stringify([item]), attempt: 1, fault: null }
      const fault = this.faults.takeDeliveryFault()
      if (fault === 'drop') {
        this.record(job, { status: null, ok: false, durationMs: 0, error: 'dropped by fault switch', fault: 'dropped' })
        continue
      }
      if (fault === 'duplicate') {
        this.enqueue(job)
        this.enqueue({ ...job, fault: 'duplicate' })
        continue
      }
      if (fault === 'reorder') {
        this.pending++
        this.held.push({ ...job, fault: 'reordered' })
        if (this.faults.reorderPending === 0) this.releaseHeld()
        continue
      }
      this.enqueue(job)
    }
  }

  list(filter: { webhookId?: string } = {}): DeliveryRecord[] {
    return this.records.filter((r) => !filter.webhookId || r.webhookId === filter.webhookId).map((r) => ({ ...r }))
  }

  clearRecords(): void {
    this.records.length = 0
  }

  /** Resolves once every queued, held and retrying delivery has finished. Held (reorder) batches are released. */
  idle(): Promise<void> {
    this.releaseHeld()
    if (this.pending === 0) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  get inProgress(): number {
    return this.pending
  }

  close(): void {
    this.closed = true
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    this.queues.clear()
    this.held = []
    this.pending = 0
    this.wake()
  }

  private releaseHeld(): void {
    const batch = this.held.reverse()
    this.held = []
    for (const job of batch) {
      this.pending-- // enqueue counts it again
      this.enqueue(job)
    }
  }

  private enqueue(job: Job): void {
    this.pending++
    let q = this.queues.get(job.hookId)
    if (!q) this.queues.set(job.hookId, (q = []))
    q.push(job)
    // Never inside the API request: the response goes out first.
    setImmediate(() => void this.drain(job.hookId))
  }

  private async drain(hookId: string): Promise<void> {
    if (this.running.has(hookId) || this.closed) return
    this.running.add(hookId)
    try {
      const q = this.queues.get(hookId) ?? []
      let job: Job | undefined
      while ((job = q.shift()) && !this.closed) {
        await this.attempt(job)
      }
    } finally {
      this.running.delete(hookId)
    }
  }

  private async attempt(job: Job): Promise<void> {
    const hook = this.registry.hooks.get(job.hookId)
    if (!hook) return this.done() // deleted meanwhile: Desk stops delivering to it
    const startedClock = this.clock.now()
    const startedReal = performance.now()
    let status: number | null = null
    let error: string | null = null
    try {
      const jwt = await this.signer.sign(this.orgId, hook.id, this.clock.now())
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zdesk-jwt': jwt, 'user-agent': 'ZohoDesk-Webhook-Sandbox/1.0' },
        body: job.body,
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      status = res.status
      await res.arrayBuffer().catch(() => undefined)
    } catch (e) {
      error = (e as Error).name === 'TimeoutError' ? 'timeout' : `network error: ${(e as Error).message}`
    }
    if (this.closed) return
    // Duration on whichever clock moved more: real time, or the sandbox clock a test advanced.
    const durationMs = Math.max(Math.round(performance.now() - startedReal), this.clock.now() - startedClock)
    const ok = status !== null && status >= 200 && status < 300
    const gone = status === 410
    if (gone) this.registry.hooks.delete(hook.id)
    this.record(job, { status, ok, durationMs, error, fault: job.fault, subscriptionDeleted: gone })
    if (ok || gone || job.attempt >= this.maxAttempts) return this.done()
    const delay = this.retryDelaysMs[Math.min(job.attempt - 1, this.retryDelaysMs.length - 1)] ?? 1_000
    const retry: Job = { ...job, attempt: job.attempt + 1 }
    // The retry keeps its pending slot; it rejoins the front of the hook's queue after the delay.
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => { this.timers.delete(t); resolve() }, delay)
      this.timers.add(t)
    })
    if (this.closed) return
    return this.attempt(retry)
  }

  private record(job: Job, r: Pick<DeliveryRecord, 'status' | 'ok' | 'durationMs' | 'error' | 'fault'> & { subscriptionDeleted?: boolean }): void {
    this.records.push({
      id: this.ids.next('delivery'),
      webhookId: job.hookId,
      eventType: job.event.eventType,
      ticketId: job.event.ticketId,
      eventTime: String(job.event.eventTimeMs),
      attempt: job.attempt,
      status: r.status,
      ok: r.ok,
      durationMs: r.durationMs,
      slow: r.durationMs > SLOW_DELIVERY_MS,
      error: r.error,
      fault: r.fault,
      subscriptionDeleted: r.subscriptionDeleted ?? false,
      sentAt: this.clock.iso(),
    })
    if (this.records.length > 10_000) this.records.splice(0, this.records.length - 10_000)
  }

  private done(): void {
    this.pending--
    if (this.pending <= 0) { this.pending = 0; this.wake() }
  }

  private wake(): void {
    const w = this.waiters
    this.waiters = []
    for (const resolve of w) resolve()
  }
}

/** The hook's filter for this event, null for an unfiltered subscription, false when it does not apply. */
export function matchHook(hook: Webhook, event: DeskEvent): Webhook['subscriptions'][keyof Webhook['subscriptions']] | false {
  if (!hook.isEnabled) return false
  if (!(event.eventType in hook.subscriptions)) return false
  // Loop prevention: a write carrying the hook's ignoreSourceId as `sourceId` does not trigger it.
  if (hook.ignoreSourceId && event.sourceId === hook.ignoreSourceId) return false
  const filter = hook.subscriptions[event.eventType] ?? null
  if (!filter) return null
  if (filter.departmentIds && !filter.departmentIds.includes(event.departmentId)) return false
  if (filter.fields && event.eventType === 'Ticket_Update' && !(event.changedFields ?? []).some((f) => filter.fields!.includes(f))) return false
  if (filter.direction && event.direction !== filter.direction) return false
  return filter
}
