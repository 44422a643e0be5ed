// `desk-sla install`: connect a Desk org. Every value can come as a flag (scripts); what is missing is
// asked for when stdin is a terminal (secrets without echo), and is a usage error naming the missing
// flags otherwise. Secrets can also come from the environment, so they stay out of the process list.
// Nothing this command prints contains a secret: the webhook URL is shown with its secret masked.
import * as readline from 'node:readline/promises'
import { Writable } from 'node:stream'
import type { Policy } from '../engine/policy.js'
import type { ServiceContext } from '../pipeline/context.js'
import { DataCenter, type Installation } from '../store/repos/installations.js'
import { hasWidgetToken, setWidgetToken } from '../store/repos/widget-tokens.js'
import { installOrg, type InstallProgress, type InstallRequest, type InstallResult } from '../install/install.js'
import { isInstallError } from '../install/errors.js'
import { DEFAULT_BACKFILL_DAYS } from '../install/input.js'
import { hookPathPrefix } from '../install/webhooks.js'
import { flagString, parseArgs } from './args.js'
import type { CliIo, Command } from './io.js'
import { UsageError } from './io.js'
import { createProgress, stderrIsTTY, type Progress } from './progress.js'
import { openServiceContext, type OpenedService, type ServiceOpener } from '../service-context.js'
import { describeHolder, type LockHolder } from '../store/data-dir-lock.js'
import { isStoreError, StoreError } from '../store/errors.js'
import { CodedError } from '../engine/coded-error.js'

const USAGE = `usage: desk-sla install [options]

Connects a Zoho Desk org: checks the credentials and the policy's custom fields, stores the secrets
encrypted, subscribes the webhooks and backfills the recent tickets. Installing an org again updates it.

  --data-center DC        com, eu, in, com.au, jp, ca, sa, uk or com.cn
  --org-id ID             the Desk org id (Setup → Developer Space → API)
  --client-id ID          OAuth client of the Zoho API console
  --client-secret S       (or DESK_SLA_CLIENT_SECRET)
  --refresh-token T       (or DESK_SLA_REFRESH_TOKEN), or instead:
  --auth-code C --redirect-uri URL
                          an authorization code (or DESK_SLA_AUTH_CODE) to exchange for a refresh token
  --public-url URL        where Desk reaches this service (default PUBLIC_URL)
  --department ID         only this department (repeatable, or comma-separated); default all
  --name NAME             a label for the installation
  --backfill-days N       backfill the tickets modified in the last N days (default ${DEFAULT_BACKFILL_DAYS}; 0 = none)
  --force                 install although custom fields named in the policy are missing
  --rotate-webhook-secret when installing an org again: give its webhook a new secret
  --new-widget-token      make a new widget token (the agents' widget setting); the old one stops working
  --api-base URL          override the data center's Desk API root (e.g. the Desk sandbox)
  --accounts-url URL      override the data center's accounts server

Values not given are asked for when stdin is a terminal. Secrets given as flags are visible in the
process list: prefer the prompts or the environment variables.`

export interface Prompter {
  ask(question: string, o?: { secret?: boolean }): Promise<string>
  close(): void
}

/** readline prompts on stderr (stdout stays for the result); secrets are read without echo */
export function terminalPrompter(): Prompter {
  let muted = false
  // readline echoes what is typed to its output: a pass-through to stderr that drops it while muted
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!muted) process.stderr.write(chunk)
      done()
    },
  })
  Object.assign(output, { isTTY: true, columns: process.stderr.columns ?? 80 })
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true })
  return {
    async ask(question, o = {}) {
      if (!o.secret) return (await rl.question(question)).trim()
      process.stderr.write(question)
      muted = true
      try {
        return (await rl.question('')).trim()
      } finally {
        muted = false
        process.stderr.write('\n')
      }
    },
    close() {
      rl.close()
    },
  }
}

export interface InstallCommandDeps {
  open?: ServiceOpener
  /** prompts are asked only when this says stdin is a terminal */
  stdinIsTTY?: () => boolean
  /** a progress bar only when stderr is a terminal */
  stderrIsTTY?: () => boolean
  prompter?: () => Prompter
}

const VALUE_FLAGS = [
  'data-center', 'org-id', 'client-id', 'client-secret', 'refresh-token', 'auth-code', 'redirect-uri',
  'public-url', 'name', 'backfill-days', 'api-base', 'accounts-url', 'department',
]

/** every `--department X` / `--department=X`, commas split; the rest for parseArgs */
export function takeRepeated(args: string[], flag: string): { values: string[]; rest: string[] } {
  const values: string[] = []
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--') {
      rest.push(...args.slice(i))
      break
    }
    if (a === `--${flag}`) {
      const v = args[++i]
      if (v === undefined || v === '') throw new UsageError(`--${flag} needs a value`)
      values.push(v)
    } else if (a.startsWith(`--${flag}=`)) values.push(a.slice(flag.length + 3))
    else rest.push(a)
  }
  return { values: values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''), rest }
}

interface Collected {
  name?: string
  dataCenter?: string
  orgId?: string
  clientId?: string
  clientSecret?: string
  refreshToken?: string
  authCode?: string
  redirectUri?: string
  publicUrl?: string
  departmentIds: string[]
  backfillDays?: number
  apiBase?: string
  accountsUrl?: string
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim()
}

function missingOf(c: Collected): string[] {
  const missing: string[] = []
  if (!c.dataCenter) missing.push('--data-center')
  if (!c.orgId) missing.push('--org-id')
  if (!c.clientId) missing.push('--client-id')
  if (!c.clientSecret) missing.push('--client-secret')
  if (!c.refreshToken && !c.authCode) missing.push('--refresh-token (or --auth-code)')
  if (c.authCode && !c.redirectUri) missing.push('--redirect-uri')
  if (!c.publicUrl) missing.push('--public-url')
  return missing
}

async function promptMissing(c: Collected, p: Prompter): Promise<void> {
  const dcs = DataCenter.options.join(', ')
  while (!c.dataCenter || !DataCenter.safeParse(c.dataCenter).success) c.dataCenter = nonEmpty(await p.ask(`Zoho data center (${dcs}): `))
  while (!c.orgId) c.orgId = nonEmpty(await p.ask('Desk org id (Setup → Developer Space → API): '))
  while (!c.clientId) c.clientId = nonEmpty(await p.ask('OAuth client id: '))
  while (!c.clientSecret) c.clientSecret = nonEmpty(await p.ask('OAuth client secret (not shown): ', { secret: true }))
  if (!c.refreshToken && !c.authCode) {
    c.refreshToken = nonEmpty(await p.ask('Refresh token (not shown; leave empty to use an authorization code): ', { secret: true }))
    while (!c.refreshToken && !c.authCode) c.authCode = nonEmpty(await p.ask('Authorization code (not shown): ', { secret: true }))
  }
  while (c.authCode && !c.redirectUri) c.redirectUri = nonEmpty(await p.ask('Redirect URI the code was issued for: '))
  while (!c.publicUrl) c.publicUrl = nonEmpty(await p.ask('Public URL of this service (Desk calls it): '))
  if (c.name === undefined) c.name = nonEmpty(await p.ask('Name for this installation (optional): '))
  if (c.departmentIds.length === 0) {
    const d = await p.ask('Department ids to handle, comma-separated (empty: all): ')
    c.departmentIds = d.split(',').map((s) => s.trim()).filter((s) => s !== '')
  }
}

function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--backfill-days must be a whole number of days, not "${value}"`)
  return Number(value)
}

function maskedHookUrl(publicUrl: string, installationId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${hookPathPrefix(installationId)}[secret]`
}

export function installSummary(r: InstallResult, publicUrl: string): string[] {
  const inst = r.installation
  const lines = [
    `${r.created ? 'installed' : 'updated'} org ${inst.orgId} (${inst.dataCenter}) as installation ${inst.id}${inst.name ? ` "${inst.name}"` : ''}`,
    `departments: ${inst.departmentIds.length > 0 ? inst.departmentIds.join(', ') : 'all'}`,
  ]
  if (r.fields.status === 'ok') lines.push(`custom fields: all ${r.fields.required.length} found`)
  else if (r.fields.status === 'unverified') lines.push(`custom fields: not checked (${r.fields.reason})`)
  else lines.push(`custom fields: MISSING ${r.fields.missing.map((m) => m.apiName).join(', ')} (installed with --force: Desk refuses writes to them)`)
  if (r.replacedWebhooks && r.replacedWebhooks.deleted.length > 0) lines.push(`webhooks replaced: ${r.replacedWebhooks.deleted.join(', ')}`)
  if (r.webhooks.status === 'registered') lines.push(`webhook ids: ${r.webhooks.ids.join(', ')} → ${maskedHookUrl(publicUrl, inst.id)}`)
  else lines.push(`webhooks: ${r.webhooks.status}: ${r.webhooks.message}`)
  if (r.webhooks.status === 'registered' && r.webhooks.ignoreSourceIdRefused) lines.push(`webhooks: ${r.webhooks.message}`)
  lines.push(`ticket statuses: ${r.statuses.message}`)
  const b = r.backfill
  if (b.status === 'skipped') lines.push('backfill: skipped')
  else if (b.status === 'failed') lines.push(`backfill: failed: ${b.message}`)
  else {
    const x = b.result
    lines.push(`backfill since ${b.since}: ${x.seen} ticket(s) seen, ${x.updated} updated, ${x.unchanged} unchanged, ${x.failed} failed` +
      (b.status === 'deferred' ? `; paused (the org is low on API credits): continue with npx desk-sla sync --since ${b.since} --installation ${inst.id}` : ''))
  }
  return lines
}

/** steps as lines on stderr; the backfill's windows as a bar on a terminal, else one line each */
function progressReporter(io: CliIo, progress: Progress): (p: InstallProgress) => void {
  let barStarted = false
  return (p) => {
    if (p.step === 'backfill' && p.window) {
      if (!barStarted) progress.start(p.window.total, 'backfill')
      barStarted = true
      progress.update(p.window.index + (p.window.done ? 1 : 0), p.window.from.slice(0, 10))
      if (p.window.done) progress.line(`backfill ${p.message}`)
      return
    }
    io.stderr(`${p.message}\n`)
  }
}

export function installCommand(deps: InstallCommandDeps = {}): Command {
  const open = deps.open ?? openServiceContext
  return async (args: string[], io: CliIo) => {
    const { values: departments, rest } = takeRepeated(args, 'department')
    const a = parseArgs(rest, { values: VALUE_FLAGS.filter((f) => f !== 'department'), booleans: ['force', 'rotate-webhook-secret', 'new-widget-token', 'help'] })
    if (a.flags.help) {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`)
    const c: Collected = {
      name: nonEmpty(flagString(a, 'name')),
      dataCenter: nonEmpty(flagString(a, 'data-center')),
      orgId: nonEmpty(flagString(a, 'org-id')),
      clientId: nonEmpty(flagString(a, 'client-id')),
      clientSecret: nonEmpty(flagString(a, 'client-secret') ?? io.env.DESK_SLA_CLIENT_SECRET),
      refreshToken: nonEmpty(flagString(a, 'refresh-token') ?? io.env.DESK_SLA_REFRESH_TOKEN),
      authCode: nonEmpty(flagString(a, 'auth-code') ?? io.env.DESK_SLA_AUTH_CODE),
      redirectUri: nonEmpty(flagString(a, 'redirect-uri')),
      publicUrl: nonEmpty(flagString(a, 'public-url') ?? io.env.PUBLIC_URL),
      departmentIds: departments,
      backfillDays: parseDays(flagString(a, 'backfill-days')),
      apiBase: nonEmpty(flagString(a, 'api-base')),
      accountsUrl: nonEmpty(flagString(a, 'accounts-url')),
    }
    if (c.refreshToken && c.authCode) throw new UsageError('give --refresh-token or --auth-code, not both')
    const missing = missingOf(c)
    if (missing.length > 0) {
      const interactive = (deps.stdinIsTTY ?? (() => process.stdin.isTTY === true))()
      if (!interactive) throw new UsageError(`missing ${missing.join(', ')} (stdin is not a terminal, so nothing is asked)\n${USAGE}`)
      const prompter = (deps.prompter ?? terminalPrompter)()
      try {
        await promptMissing(c, prompter)
      } finally {
        prompter.close()
      }
    }

    let service: OpenedService
    try {
      service = await open(io.env, { now: io.now, command: 'install' })
    } catch (err) {
      // the running service holds the embedded store: the install goes through it (issue #17)
      const holder = isStoreError(err, 'STORE_DATA_DIR_LOCKED') ? (err.details.holder as LockHolder | undefined) : undefined
      if (holder?.command !== 'serve' || !holder.url) throw err
      return installThroughService(holder, err as StoreError, c, a.flags, io)
    }
    const progress = createProgress(io, (deps.stderrIsTTY ?? stderrIsTTY)())
    try {
      const request: InstallRequest = {
        ...(c.name !== undefined ? { name: c.name } : {}),
        dataCenter: c.dataCenter as InstallRequest['dataCenter'],
        orgId: c.orgId!,
        clientId: c.clientId!,
        clientSecret: c.clientSecret!,
        ...(c.refreshToken ? { refreshToken: c.refreshToken } : { authorizationCode: c.authCode!, redirectUri: c.redirectUri! }),
        ...(c.apiBase ? { apiBase: c.apiBase } : {}),
        ...(c.accountsUrl ? { accountsUrl: c.accountsUrl } : {}),
        departmentIds: c.departmentIds,
        publicUrl: c.publicUrl!,
        ...(c.backfillDays !== undefined ? { backfillDays: c.backfillDays } : {}),
        force: a.flags.force === true,
        rotateWebhookSecret: a.flags['rotate-webhook-secret'] === true,
        onProgress: progressReporter(io, progress),
      }
      let result: InstallResult
      try {
        result = await installOrg({ db: service.db, box: service.ctx.box, policy: basePolicy(service.ctx), ctx: service.ctx }, request)
      } catch (err) {
        progress.stop()
        if (isInstallError(err) && err.code === 'INSTALL_FIELDS_MISSING' && typeof err.details.report === 'string') io.stderr(`${err.details.report}\n`)
        throw err
      }
      progress.stop()
      io.stdout(`${installSummary(result, c.publicUrl!).join('\n')}\n`)
      // The agents' widget reads with a per-installation token: made at the first install (or on
      // --new-widget-token), shown once, stored only as a hash.
      const instId = result.installation.id
      if (a.flags['new-widget-token'] === true || !(await hasWidgetToken(service.db, instId))) {
        const token = await setWidgetToken(service.db, instId, new Date(io.now()))
        io.stdout(
          `widget settings for the Desk extension (the token is shown once; --new-widget-token makes another):\n` +
            `  service URL      ${c.publicUrl}\n  installation id  ${instId}\n  widget token     ${token}\n`,
        )
      } else {
        io.stdout(`widget token: unchanged (install again with --new-widget-token to replace it)\n`)
      }
      return result.webhooks.status === 'failed' || result.backfill.status === 'failed' ? 1 : 0
    } finally {
      progress.stop()
      await service.close()
    }
  }
}

/** what the service's admin API answers to an install (POST /admin/api/installations) */
interface RemoteInstall {
  created: boolean
  installation: { id: string; name: string; orgId: string; dataCenter: string; departmentIds: string[] }
  fields: { status: 'ok' | 'missing' | 'unverified'; required: number; missing: string[]; reason: string | null }
  webhooks: { status: string; ids: string[]; message: string | null }
  replacedWebhooks: string[]
  backfill: { status: 'running' | 'skipped'; days: number }
  widgetToken: string | null
}

/** an error the service answered with: its code (ADMIN_… or INSTALL_…) kept for the one line */
class ServiceAnswerError extends CodedError<string> {
  readonly name = 'ServiceAnswerError'
}

/**
 * The install, sent to the running service that holds the embedded store: its admin API with
 * ADMIN_TOKEN. The service writes the installation where its receiver sees it, so Desk's check of
 * the new hook URL succeeds; the backfill runs in the service.
 */
async function installThroughService(holder: LockHolder, locked: StoreError, c: Collected, flags: Record<string, unknown>, io: CliIo): Promise<number> {
  const token = io.env.ADMIN_TOKEN?.trim()
  if (!token) {
    throw new StoreError(
      'STORE_DATA_DIR_LOCKED',
      `${describeHolder(holder)} holds the data directory: set ADMIN_TOKEN (the service's) so the install goes through it, or use its admin page (${holder.url}/admin/installations), or stop it first`,
      locked.details,
    )
  }
  io.stderr(`${describeHolder(holder)} holds the data directory: installing through it at ${holder.url}\n`)
  const body = {
    ...(c.name !== undefined ? { name: c.name } : {}),
    dataCenter: c.dataCenter,
    orgId: c.orgId,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    ...(c.refreshToken ? { refreshToken: c.refreshToken } : { authorizationCode: c.authCode, redirectUri: c.redirectUri }),
    ...(c.apiBase ? { apiBase: c.apiBase } : {}),
    ...(c.accountsUrl ? { accountsUrl: c.accountsUrl } : {}),
    departmentIds: c.departmentIds,
    publicUrl: c.publicUrl,
    ...(c.backfillDays !== undefined ? { backfillDays: c.backfillDays } : {}),
    force: flags.force === true,
    rotateWebhookSecret: flags['rotate-webhook-secret'] === true,
    newWidgetToken: flags['new-widget-token'] === true,
  }
  let res: Response
  try {
    res = await fetch(`${holder.url}/admin/api/installations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    })
  } catch (err) {
    throw new StoreError('STORE_DATA_DIR_LOCKED', `${describeHolder(holder)} holds the data directory, and its admin API at ${holder.url} did not answer (${(err as Error).message}): stop it, or use its admin page`, locked.details)
  }
  const answer = (await res.json().catch(() => null)) as (RemoteInstall & { error?: { code?: string; message?: string; fix?: string; report?: string } }) | null
  if (!res.ok || !answer || answer.error) {
    const e = answer?.error
    if (e?.report) io.stderr(`${e.report}\n`)
    throw new ServiceAnswerError(e?.code ?? 'ADMIN_INTERNAL', `the service refused the install (HTTP ${res.status}): ${e?.message ?? 'no reason given'}${e?.fix ? ` — ${e.fix}` : ''}`)
  }
  io.stdout(`${remoteInstallSummary(answer, c.publicUrl!).join('\n')}\n`)
  if (answer.widgetToken) {
    io.stdout(
      `widget settings for the Desk extension (the token is shown once; --new-widget-token makes another):\n` +
        `  service URL      ${c.publicUrl}\n  installation id  ${answer.installation.id}\n  widget token     ${answer.widgetToken}\n`,
    )
  } else {
    io.stdout(`widget token: unchanged (install again with --new-widget-token to replace it)\n`)
  }
  return answer.webhooks.status === 'failed' ? 1 : 0
}

export function remoteInstallSummary(r: RemoteInstall, publicUrl: string): string[] {
  const inst = r.installation
  const lines = [
    `${r.created ? 'installed' : 'updated'} org ${inst.orgId} (${inst.dataCenter}) as installation ${inst.id}${inst.name ? ` "${inst.name}"` : ''}`,
    `departments: ${inst.departmentIds.length > 0 ? inst.departmentIds.join(', ') : 'all'}`,
  ]
  if (r.fields.status === 'ok') lines.push(`custom fields: all ${r.fields.required} found`)
  else if (r.fields.status === 'unverified') lines.push(`custom fields: not checked (${r.fields.reason})`)
  else lines.push(`custom fields: MISSING ${r.fields.missing.join(', ')} (installed with --force: Desk refuses writes to them)`)
  if (r.replacedWebhooks.length > 0) lines.push(`webhooks replaced: ${r.replacedWebhooks.join(', ')}`)
  if (r.webhooks.status === 'registered') lines.push(`webhook ids: ${r.webhooks.ids.join(', ')} → ${maskedHookUrl(publicUrl, inst.id)}`)
  else lines.push(`webhooks: ${r.webhooks.status}: ${r.webhooks.message}`)
  lines.push(
    r.backfill.status === 'running'
      ? `backfill: the last ${r.backfill.days} day(s) are being backfilled by the service (its installations page shows the progress)`
      : 'backfill: skipped',
  )
  return lines
}

/** the service's base policy: what an installation without overrides gets */
function basePolicy(ctx: ServiceContext): Policy {
  return ctx.policyFor({ policyOverrides: {} } as unknown as Installation)
}

export const runInstall: Command = (args, io) => installCommand()(args, io)
