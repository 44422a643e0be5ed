// The yearly retier (issue #7, "In Desk"; DOMAIN.md §7): read every account of an installation,
// score the partners from the figures their account fields hold, and bring each account's score and
// tier fields in line. A dry run only plans; `apply` writes the changed fields to Desk, records every
// partner's score, audits each change, and recomputes the open tickets of the account so their due
// dates follow the new tier (DOMAIN.md §5: targets recomputed from the original start).
import { withCreditKind } from '../desk/credits.js'
import type { Account } from '../desk/schemas.js'
import { compilePolicy } from '../engine/compiled-policy.js'
import { tierFromScore } from '../engine/classify.js'
import { fieldText, readField } from '../engine/input.js'
import type { Policy } from '../engine/policy.js'
import { resolveRegion } from '../engine/region.js'
import { PARTNER_FIGURES } from '../engine/score-policy.js'
import { developmentOf, parsePartnerFigures, PARTNER_TIERS, scorePartner, type PartnerTier } from '../engine/score.js'
import { lookupKey } from '../engine/text.js'
import { appendAudit } from '../store/repos/audit.js'
import type { Installation } from '../store/repos/installations.js'
import { listInstallations } from '../store/repos/installations.js'
import { claimTick, finishTick } from '../store/repos/job-runs.js'
import { upsertPartnerScore } from '../store/repos/partner-scores.js'
import type { ServiceContext } from './context.js'
import { ConfigError } from '../config-errors.js'
import { createOutboxWorker } from './outbox-worker.js'
import { reevaluateTicket } from './processor.js'
import { putCachedRecord } from '../store/repos/desk-records.js'
import { describeError } from '../describe-error.js'

export const RETIER_JOB = 'retier'
/** 1 January, 03:00 (in the scheduler's time zone, UTC by default); RETIER_CRON overrides it */
export const RETIER_DEFAULT_CRON = '0 3 1 1 *'

export type RetierDirection = 'up' | 'down' | 'unchanged'

export interface RetierProgress {
  /** reading: account pages being read (total unknown); scoring: dry run; applying: writes */
  phase: 'reading' | 'scoring' | 'applying'
  done: number
  /** null while reading */
  total: number | null
}

export interface RetierOptions {
  /** false: plan only, nothing is written anywhere */
  apply: boolean
  /** the year the figures describe, recorded with the scores; default: the calendar year before now (UTC) */
  year?: number
  /** who the audit entries name: 'cli:retier' (default) or 'job:retier' */
  actor?: string
  /** after applying, deliver the queued ticket writes now (the CLI); otherwise the service's outbox worker does */
  deliver?: boolean
  onProgress?: (p: RetierProgress) => void
}

/** One partner account: what it holds, what the figures earn, what is (or would be) written. */
export interface RetierEntry {
  accountId: string
  accountName: string
  country: string | null
  developedRegion: boolean
  /** the tier and score the account holds, as they are */
  oldTier: string | null
  oldScore: number | null
  /** the tier the SLA engine served the account at before: its tier field, else its score, else the policy's unknown tier */
  servedTier: PartnerTier
  newTier: PartnerTier
  newScore: number
  direction: RetierDirection
  /** the account fields that differ from the new values: written when applying */
  write: Record<string, string | number>
  nextTier: { tier: PartnerTier; pointsNeeded: number } | null
  reasons: string[]
  /** open tickets whose targets were worked out with another tier (recomputed when applying) */
  openTickets: string[]
  /** planned / unchanged (dry run); written / unchanged / failed (apply) */
  status: 'planned' | 'unchanged' | 'written' | 'failed'
  ticketsRecomputed: number
  ticketsUpdated: number
  errors: string[]
}

export interface RetierResult {
  installationId: string
  year: number
  apply: boolean
  accountsRead: number
  /** accounts with none of the figure fields filled in: not partners */
  notPartners: number
  entries: RetierEntry[]
  /** partner accounts whose figures cannot be read (a text in a number field…) */
  invalid: Array<{ accountId: string; accountName: string; error: string }>
  summary: RetierSummary
  ticketsRecomputed: number
  ticketsUpdated: number
  /** Desk writes delivered at the end (deliver: true) */
  delivered: number
}

export interface RetierSummary {
  up: number
  down: number
  unchanged: number
  /** by the new tier */
  byTier: Record<PartnerTier, { up: number; down: number; unchanged: number }>
  /** accounts whose fields change (dry run: would change) */
  changed: number
  failed: number
}

/** The calendar year whose figures a run at `now` scores: the year before (tiers are updated by January). */
export function scoredYearAt(now: number): number {
  return new Date(now).getUTCFullYear() - 1
}

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) {
    throw new ConfigError('PIPELINE_CONFIG', `the retier year must be a whole year from 2000 to 2200, not ${year}`, { year })
  }
  return year
}

const TIER_RANK: Record<PartnerTier, number> = { Authorized: 0, Advanced: 1, Premium: 2 }

function numberOf(value: unknown): number | null {
  const t = fieldText(value)
  if (t === null) return null
  const n = Number(t.replace(/[,_\s](?=\d{3}\b)/g, ''))
  return Number.isFinite(n) ? n : null
}

/** The tier the engine served an account at: the classifier's reading of tier field, then score field. */
function servedTierOf(policy: Policy, account: Account): PartnerTier {
  const f = policy.deskFields.account
  const name = fieldText(readField(account, f.partnerTier))
  if (name !== null) {
    const tier = compilePolicy(policy).tierByAlias.get(lookupKey(name))
    if (tier) return tier
    const asScore = numberOf(name)
    if (asScore !== null && asScore >= 0 && asScore <= 1000) return tierFromScore(policy, asScore)
  }
  const score = numberOf(readField(account, f.partnerScore))
  if (score !== null && score >= 0 && score <= 1000) return tierFromScore(policy, score)
  return policy.tiers.unknownTier
}

// Yes/no figures: an org may keep them in a Number field counting the events of the year (the
// sandbox does). A whole count reads as "held" above 0; every other value goes to the score's parser.
const YES_NO_FIGURES: ReadonlySet<string> = new Set(['leadGenEvents', 'brandedEvents'])

/** The account's figures as the score reads them, or null when no figure field is filled (not a partner). */
function figuresOf(policy: Policy, account: Account): Record<string, unknown> | null {
  const fields = policy.partnerScore.fields
  const raw: Record<string, unknown> = {}
  let any = false
  for (const figure of PARTNER_FIGURES) {
    const v = readField(account, fields[figure])
    const text = fieldText(v)
    if (text === null) continue
    any = true
    raw[figure] = YES_NO_FIGURES.has(figure) && /^\d+$/.test(text) ? Number(text) > 0 : v
  }
  if (!any) return null
  raw.country = fieldText(readField(account, policy.deskFields.account.country))
  raw.state = fieldText(readField(account, policy.deskFields.account.state))
  return raw
}

/**
 * The fields the retier reads, named in the account list's `fields` parameter: Desk's account list
 * carries only the basic fields unless asked for more (Account.json `getAccounts`, at most 30).
 */
export function accountListFields(policy: Policy): string[] {
  const f = policy.deskFields.account
  const names = [f.partnerTier, f.partnerScore, f.country, f.state, ...PARTNER_FIGURES.map((figure) => policy.partnerScore.fields[figure])]
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))]
}

/** `account`: the account as read (its open tickets are re-evaluated with it, or with Desk's answer to the write) */
type Planned = { entry: RetierEntry; breakdown: Record<string, number>; account: Account }

function plan(policy: Policy, account: Account): Planned {
  const figures = parsePartnerFigures(figuresOf(policy, account))
  const resolved = figures.country ? resolveRegion(policy, figures.country, figures.state) : null
  const development = developmentOf(policy.partnerScore, figures.country, resolved)
  const result = scorePartner(figures, { policy: policy.partnerScore, developed: development.developed })
  const f = policy.deskFields.account
  const oldTier = fieldText(readField(account, f.partnerTier))
  const oldScore = numberOf(readField(account, f.partnerScore))
  const servedTier = servedTierOf(policy, account)
  const write: Record<string, string | number> = {}
  if (oldScore !== result.score) write[f.partnerScore] = result.score
  if (oldTier !== result.tier) write[f.partnerTier] = result.tier
  const rank = TIER_RANK[result.tier] - TIER_RANK[servedTier]
  return {
    entry: {
      accountId: account.id,
      accountName: account.accountName,
      country: figures.country,
      developedRegion: development.developed,
      oldTier,
      oldScore,
      servedTier,
      newTier: result.tier,
      newScore: result.score,
      direction: rank > 0 ? 'up' : rank < 0 ? 'down' : 'unchanged',
      write,
      nextTier: result.nextTier,
      reasons: [development.reason, ...result.reasons],
      openTickets: [],
      status: Object.keys(write).length > 0 ? 'planned' : 'unchanged',
      ticketsRecomputed: 0,
      ticketsUpdated: 0,
      errors: [],
    },
    breakdown: { ...result.breakdown },
    account,
  }
}

/** Open tickets of the installation by account, with the tier their stored result was worked out with. */
async function openTicketsByAccount(ctx: ServiceContext, installationId: string): Promise<Map<string, Array<{ ticketId: string; tier: string | null }>>> {
  const { rows } = await ctx.db.query<{ ticket_id: string; account_id: string; tier: string | null }>(
    `SELECT ticket_id, state->>'accountId' AS account_id, state->'result'->>'tier' AS tier
       FROM ticket_sla WHERE installation_id = $1 AND open AND state->>'accountId' IS NOT NULL ORDER BY ticket_id`,
    [installationId],
  )
  const out = new Map<string, Array<{ ticketId: string; tier: string | null }>>()
  for (const r of rows) {
    const list = out.get(r.account_id) ?? []
    list.push({ ticketId: r.ticket_id, tier: r.tier })
    out.set(r.account_id, list)
  }
  return out
}

function summarize(entries: RetierEntry[]): RetierSummary {
  const byTier = Object.fromEntries(PARTNER_TIERS.map((t) => [t, { up: 0, down: 0, unchanged: 0 }])) as RetierSummary['byTier']
  const s: RetierSummary = { up: 0, down: 0, unchanged: 0, byTier, changed: 0, failed: 0 }
  for (const e of entries) {
    s[e.direction]++
    byTier[e.newTier][e.direction]++
    if (e.status === 'planned' || e.status === 'written') s.changed++
    if (e.status === 'failed' || e.errors.length > 0) s.failed++
  }
  return s
}

/**
 * Scores every partner account of an installation. Dry run (`apply: false`) reads only. With
 * `apply`, per account: PATCH the score and tier fields that differ, record the score with its
 * breakdown, audit the change, then recompute its open tickets that were worked out with another
 * tier (so a rerun also finishes a recompute an earlier run could not). One account's failure does
 * not stop the others; it is reported in its entry.
 */
export async function retier(ctx: ServiceContext, inst: Installation, opts: RetierOptions): Promise<RetierResult> {
  // its reads and account writes are retier credits, the first the governor holds back (issue 15)
  return withCreditKind('retier', () => retierCharged(ctx, inst, opts))
}

async function retierCharged(ctx: ServiceContext, inst: Installation, opts: RetierOptions): Promise<RetierResult> {
  const year = checkYear(opts.year ?? scoredYearAt(ctx.now()))
  const actor = opts.actor ?? 'cli:retier'
  const policy = ctx.policyFor(inst)
  const desk = await ctx.deskFor(inst)
  const progress = opts.onProgress ?? (() => {})

  const accounts: Account[] = []
  progress({ phase: 'reading', done: 0, total: null })
  for await (const page of desk.iterateAccounts({ fields: accountListFields(policy) })) {
    accounts.push(...page)
    progress({ phase: 'reading', done: accounts.length, total: null })
  }

  const planned: Planned[] = []
  const invalid: RetierResult['invalid'] = []
  let notPartners = 0
  for (const account of accounts) {
    if (figuresOf(policy, account) === null) {
      notPartners++
      continue
    }
    try {
      planned.push(plan(policy, account))
    } catch (err) {
      invalid.push({ accountId: account.id, accountName: account.accountName, error: describeError(err) })
    }
  }

  const open = await openTicketsByAccount(ctx, inst.id)
  for (const { entry } of planned) {
    entry.openTickets = (open.get(entry.accountId) ?? []).filter((t) => t.tier !== entry.newTier).map((t) => t.ticketId)
  }

  const phase = opts.apply ? 'applying' : 'scoring'
  let done = 0
  progress({ phase, done, total: planned.length })
  for (const p of planned) {
    if (opts.apply) await applyOne(ctx, inst, p, year, actor)
    progress({ phase, done: ++done, total: planned.length })
  }

  const entries = planned.map((p) => p.entry)
  const delivered = opts.apply && opts.deliver ? await createOutboxWorker(ctx).drain() : 0
  return {
    installationId: inst.id,
    year,
    apply: opts.apply,
    accountsRead: accounts.length,
    notPartners,
    entries,
    invalid,
    summary: summarize(entries),
    ticketsRecomputed: entries.reduce((n, e) => n + e.ticketsRecomputed, 0),
    ticketsUpdated: entries.reduce((n, e) => n + e.ticketsUpdated, 0),
    delivered,
  }
}

async function applyOne(ctx: ServiceContext, inst: Installation, { entry, breakdown, account }: Planned, year: number, actor: string): Promise<void> {
  const policy = ctx.policyFor(inst)
  const f = policy.deskFields.account
  const changing = Object.keys(entry.write).length > 0
  let current = account
  if (changing) {
    try {
      const desk = await ctx.deskFor(inst)
      current = await desk.updateAccount(entry.accountId, { cf: entry.write })
      await putCachedRecord(ctx.db, inst.id, 'account', entry.accountId, current, ctx.now())
    } catch (err) {
      entry.status = 'failed'
      entry.errors.push(`account not updated: ${describeError(err)}`)
      return
    }
  }
  const at = new Date(ctx.now())
  await ctx.db.transaction(async (tx) => {
    await upsertPartnerScore(tx, {
      installationId: inst.id,
      accountId: entry.accountId,
      year,
      score: entry.newScore,
      tier: entry.newTier,
      breakdown,
      computedAt: at,
    })
    if (changing) {
      await appendAudit(tx, {
        installationId: inst.id,
        ticketId: null,
        actor,
        action: 'account.retier',
        changes: {
          accountId: entry.accountId,
          [f.partnerTier]: { from: entry.oldTier, to: entry.newTier },
          [f.partnerScore]: { from: entry.oldScore, to: entry.newScore },
          direction: entry.direction,
        },
        reason: `partner value score ${year} of ${entry.accountName}: ${entry.newScore} → ${entry.newTier} (${entry.direction}); ${entry.reasons.slice(0, 3).join('; ')}`,
        at,
      })
    }
  })
  entry.status = changing ? 'written' : 'unchanged'

  // the open tickets are re-evaluated from their stored input with the account as it now is: no Desk read (issue 15)
  for (const ticketId of entry.openTickets) {
    try {
      const out = await reevaluateTicket(ctx, inst, ticketId, { source: 'recompute', actor }, { account: current })
      entry.ticketsRecomputed++
      if (out.status === 'updated') entry.ticketsUpdated++
    } catch (err) {
      entry.errors.push(`ticket ${ticketId} not recomputed: ${describeError(err)}`)
    }
  }
}

export interface RetierJobResult {
  ran: boolean
  year: number
  installations: Array<{ installationId: string; result?: RetierResult; error?: string }>
}

/**
 * The yearly scheduled run: `retier(apply)` for every active installation, once across replicas
 * (claimed as job 'retier', tick = the scored year). Ticket writes are left to the service's outbox
 * worker. A failed installation is logged and reported; rerun it with `desk-sla retier --apply`.
 */
export async function retierJob(ctx: ServiceContext, now: number = ctx.now(), opts: { owner?: string } = {}): Promise<RetierJobResult> {
  const year = scoredYearAt(now)
  const tickKey = String(year)
  if (!(await claimTick(ctx.db, RETIER_JOB, tickKey, opts.owner ?? '', new Date(now)))) return { ran: false, year, installations: [] }
  const installations: RetierJobResult['installations'] = []
  try {
    for (const inst of await listInstallations(ctx.db, { status: 'active' })) {
      try {
        const result = await retier(ctx, inst, { apply: true, year, actor: 'job:retier' })
        installations.push({ installationId: inst.id, result })
        ctx.logger.info('partner tiers updated', { installationId: inst.id, year, ...countsOf(result) })
      } catch (err) {
        const error = describeError(err)
        ctx.logger.error('partner retier failed for an installation', { installationId: inst.id, year, error })
        installations.push({ installationId: inst.id, error })
      }
    }
  } catch (err) {
    await finishTick(ctx.db, RETIER_JOB, tickKey, `error: ${describeError(err)}`.slice(0, 500), new Date(ctx.now())).catch(() => {})
    throw err
  }
  const failed = installations.filter((i) => i.error || (i.result && i.result.summary.failed > 0))
  const outcome = failed.length === 0 ? 'ok' : `error: ${failed.length} installation(s) incomplete: ${failed.map((i) => i.installationId).join(', ')}`
  await finishTick(ctx.db, RETIER_JOB, tickKey, outcome.slice(0, 500), new Date(ctx.now()))
  return { ran: true, year, installations }
}

function countsOf(r: RetierResult): Record<string, number> {
  return { partners: r.entries.length, up: r.summary.up, down: r.summary.down, unchanged: r.summary.unchanged, failed: r.summary.failed, invalid: r.invalid.length, ticketsRecomputed: r.ticketsRecomputed }
}
