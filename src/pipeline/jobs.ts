// Scheduled jobs (issue 5): the incremental sync every few minutes, the escalation sweep every
// minute and, every hour, the pruning of finished inbox events past retention (issue 17), on node-cron. Every replica runs the same schedule; each tick is claimed in the store
// (job_runs, one row per job and scheduled minute), so a tick runs once across replicas.
import cron, { type ScheduledTask } from 'node-cron'
import { pruneProcessedEvents } from '../store/repos/inbox.js'
import { claimTick, finishTick, pruneJobRuns } from '../store/repos/job-runs.js'
import { listInstallations } from '../store/repos/installations.js'
import { RETIER_DEFAULT_CRON, retierJob } from './retier.js'
import type { ServiceContext } from './context.js'
import { ConfigError } from '../config-errors.js'
import { sweepDue, type SweepResult } from './sweep.js'
import { syncInstallation, type SyncInstallationResult, type SyncOptions } from './sync.js'
import { describeError } from '../describe-error.js'
import { DEFAULTS } from '../config.js'

export const SYNC_JOB = 'sync'
export const SWEEP_JOB = 'sweep'
export const DEFAULT_SYNC_CRON = DEFAULTS.syncCron
export const DEFAULT_SWEEP_CRON = DEFAULTS.sweepCron
export const PRUNE_INBOX_JOB = 'prune-inbox'
export const DEFAULT_PRUNE_INBOX_CRON = '17 * * * *' // every hour, at minute 17
/** finished inbox events (done or ignored) are kept this long (ms); failed ones stay for an admin */
export const DEFAULT_INBOX_RETENTION_MS = DEFAULTS.inboxRetentionDays * 24 * 3_600_000
/** tick records older than this are dropped (ms): 7 days */
export const JOB_RUNS_RETENTION_MS = 7 * 24 * 3_600_000

export interface SyncJobResult {
  installations: SyncInstallationResult[]
  enqueued: number
}

/** Incremental sync of every active installation. One installation's failure does not stop the others. */
export async function runSyncJob(ctx: ServiceContext, now: number = ctx.now(), opts: SyncOptions = {}): Promise<SyncJobResult> {
  const out: SyncInstallationResult[] = []
  for (const inst of await listInstallations(ctx.db, { status: 'active' })) {
    try {
      out.push(await syncInstallation(ctx, inst, now, opts))
    } catch (err) {
      const error = describeError(err)
      ctx.logger.warn('sync failed for an installation', { installationId: inst.id, error })
      out.push({ installationId: inst.id, status: 'failed', seen: 0, enqueued: 0, cursor: null, error })
    }
  }
  return { installations: out, enqueued: out.reduce((n, r) => n + r.enqueued, 0) }
}

/** Escalation sweep: an inbox event for every ticket whose next check time has passed. */
export async function runSweepJob(ctx: ServiceContext, now: number = ctx.now(), opts: { batchSize?: number } = {}): Promise<SweepResult> {
  return sweepDue(ctx, now, opts)
}

/** Deletes finished inbox events processed more than `retentionMs` before `now`; returns how many. */
export async function runPruneInboxJob(ctx: ServiceContext, now: number = ctx.now(), retentionMs: number = DEFAULT_INBOX_RETENTION_MS): Promise<{ deleted: number }> {
  return { deleted: await pruneProcessedEvents(ctx.db, new Date(now - retentionMs)) }
}

/**
 * a tick's key: its scheduled minute in UTC, e.g. 2026-03-02T09:14Z, or its second when it is not
 * on a whole minute (a 6-field cron such as "*\/10 * * * * *" ticks several times a minute: 2026-03-02T09:14:10Z)
 */
export function tickKeyOf(scheduledAt: Date | number): string {
  const iso = new Date(scheduledAt).toISOString()
  return iso.slice(17, 19) === '00' ? iso.slice(0, 16) + 'Z' : iso.slice(0, 19) + 'Z'
}

export type TickOutcome<T> = { ran: true; tickKey: string; result: T } | { ran: true; tickKey: string; error: string } | { ran: false; tickKey: string }

export interface SchedulerOptions {
  /** cron expression of the incremental sync (default every 2 minutes) */
  syncCron?: string
  /** cron expression of the escalation sweep (default every minute) */
  sweepCron?: string
  /** cron expression of the yearly partner re-tiering (default 1 January 03:00; null: off) */
  retierCron?: string | null
  /** this replica's name, recorded with the ticks it claims */
  owner: string
  /** cron time zone (default UTC) */
  timezone?: string
  /** cron expression of the inbox pruning (default every hour at minute 17) */
  pruneInboxCron?: string
  /** how long finished inbox events are kept (ms, default 7 days) */
  inboxRetentionMs?: number
  sync?: SyncOptions
  sweepBatchSize?: number
  /** called after each tick this replica handled or skipped (metrics, tests) */
  onTick?: (job: string, outcome: TickOutcome<unknown>) => void
}

export interface Scheduler {
  start(): void
  stop(): Promise<void>
  /** run one tick of a job as cron would at `scheduledAt` (claims it first) */
  runTick(job: typeof SYNC_JOB | typeof SWEEP_JOB | typeof PRUNE_INBOX_JOB, scheduledAt: Date | number): Promise<TickOutcome<unknown>>
}

export function createScheduler(ctx: ServiceContext, opts: SchedulerOptions): Scheduler {
  const syncCron = opts.syncCron ?? DEFAULT_SYNC_CRON
  const sweepCron = opts.sweepCron ?? DEFAULT_SWEEP_CRON
  const pruneInboxCron = opts.pruneInboxCron ?? DEFAULT_PRUNE_INBOX_CRON
  const retierCron = opts.retierCron === undefined ? RETIER_DEFAULT_CRON : opts.retierCron
  if (retierCron && !cron.validate(retierCron)) {
    throw new ConfigError('PIPELINE_CONFIG', `retierCron "${retierCron}" is not a cron expression (e.g. "0 3 1 1 *")`, { setting: 'retierCron' })
  }
  for (const [name, expr] of [['syncCron', syncCron], ['sweepCron', sweepCron], ['pruneInboxCron', pruneInboxCron]] as const) {
    if (!cron.validate(expr)) throw new ConfigError('PIPELINE_CONFIG', `${name} "${expr}" is not a cron expression (e.g. "*/2 * * * *")`, { setting: name })
  }
  if (!opts.owner) throw new ConfigError('PIPELINE_CONFIG', 'the scheduler needs an owner (replica id)', { setting: 'owner' })
  const jobs: Record<string, (now: number) => Promise<unknown>> = {
    [SYNC_JOB]: (now) => runSyncJob(ctx, now, opts.sync),
    [SWEEP_JOB]: (now) => runSweepJob(ctx, now, { batchSize: opts.sweepBatchSize }),
    [PRUNE_INBOX_JOB]: (now) => runPruneInboxJob(ctx, now, opts.inboxRetentionMs),
  }
  let tasks: ScheduledTask[] = []
  const running = new Set<Promise<unknown>>()

  async function runTick(job: string, scheduledAt: Date | number): Promise<TickOutcome<unknown>> {
    const fn = jobs[job]
    if (!fn) throw new ConfigError('PIPELINE_CONFIG', `no scheduled job "${job}"`, { job })
    const tickKey = tickKeyOf(scheduledAt)
    const now = ctx.now()
    if (!(await claimTick(ctx.db, job, tickKey, opts.owner, new Date(now)))) return { ran: false, tickKey }
    let outcome: TickOutcome<unknown>
    try {
      outcome = { ran: true, tickKey, result: await fn(now) }
      await finishTick(ctx.db, job, tickKey, 'ok', new Date(ctx.now()))
    } catch (err) {
      const error = describeError(err)
      ctx.logger.error('scheduled job failed', { job, tickKey, error })
      await finishTick(ctx.db, job, tickKey, `error: ${error}`.slice(0, 500), new Date(ctx.now())).catch(() => {})
      outcome = { ran: true, tickKey, error }
    }
    // once an hour, the claiming replica drops old tick records
    if (job === SWEEP_JOB && tickKey.endsWith(':00Z')) {
      await pruneJobRuns(ctx.db, new Date(now - JOB_RUNS_RETENTION_MS)).catch((err) => ctx.logger.warn('pruning job runs failed', { error: describeError(err) }))
    }
    return outcome
  }

  function schedule(job: string, expr: string): ScheduledTask {
    return cron.schedule(
      expr,
      async (tc) => {
        const p = runTick(job, tc.date)
          .then((o) => opts.onTick?.(job, o))
          .catch((err) => ctx.logger.error('scheduled tick could not run', { job, error: describeError(err) }))
        running.add(p)
        await p
        running.delete(p)
      },
      { name: `desk-sla:${job}:${opts.owner}`, timezone: opts.timezone ?? 'Etc/UTC', noOverlap: true },
    )
  }

  return {
    runTick,
    start() {
      if (tasks.length > 0) return
      tasks = [schedule(SYNC_JOB, syncCron), schedule(SWEEP_JOB, sweepCron), schedule(PRUNE_INBOX_JOB, pruneInboxCron)]
      if (retierCron) {
        // the re-tiering claims its year itself (job_runs 'retier'/<year>): once a year across replicas
        tasks.push(
          cron.schedule(
            retierCron,
            async () => {
              await retierJob(ctx, ctx.now(), { owner: opts.owner }).catch((err) =>
                ctx.logger.error('partner re-tiering failed', { error: describeError(err) }),
              )
            },
            { name: `desk-sla:retier:${opts.owner}`, timezone: opts.timezone ?? 'Etc/UTC', noOverlap: true },
          ),
        )
      }
    },
    async stop() {
      for (const t of tasks) await t.destroy()
      tasks = []
      await Promise.all(running)
    },
  }
}
