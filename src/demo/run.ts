// `npm run demo`: the Desk sandbox with seeded tickets, the service on an embedded store, the
// webhooks subscribed, and a live table of what Desk's tickets show as desk-sla fills them in and
// escalates them. Time runs faster (DEMO_TIME_FACTOR, default 600: one second is ten minutes).
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSandbox, type Sandbox } from '../sandbox/server.js'
import { startService, type RunningService } from '../service.js'
import { createInstallation } from '../store/repos/installations.js'
import { insertEvents } from '../store/repos/inbox.js'
import { runSweepJob, runSyncJob } from '../pipeline/jobs.js'
import { syncEvent } from '../pipeline/sync.js'
import { silentLogger } from '../logger.js'

export interface DemoOptions {
  seconds: number
  timeFactor: number
  tickets: number
  out: (line: string) => void
  /** print the table every this many real seconds */
  tableEverySeconds?: number
}

export interface DemoSummary {
  tickets: number
  filled: number
  escalated: number
  comments: number
  writes: number
}

const MONDAY_MORNING = Date.parse('2026-03-02T07:00:00.000Z')

export async function runDemo(opts: DemoOptions): Promise<DemoSummary> {
  const realStart = Date.now()
  const clock = () => MONDAY_MORNING + (Date.now() - realStart) * opts.timeFactor
  const dir = await mkdtemp(join(tmpdir(), 'desk-sla-demo-'))
  let sb: Sandbox | undefined
  let service: RunningService | undefined
  const timers: NodeJS.Timeout[] = []
  try {
    sb = await createSandbox({ clock, seed: { tickets: opts.tickets, seed: 2026 } })
    service = await startService(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(dir, 'data'),
        DESK_SLA_SECRET_KEY: randomBytes(32).toString('base64'),
        DISABLE_JOBS: 'true', // the demo drives sync and sweep itself, on its fast clock
        LOG_LEVEL: 'error',
      },
      { now: clock, logger: silentLogger, desk: { random: () => 0.5 } },
    )
    const ctx = service.ctx
    const secret = randomBytes(24).toString('hex')
    const inst = await createInstallation(ctx.db, ctx.box, {
      name: 'Demo org', ...sb.connection(), webhookSecret: secret,
    })
    const desk = await ctx.deskFor(inst)
    const hook = await desk.createWebhook({
      name: 'desk-sla',
      url: `${service.url}/hooks/desk/${inst.id}/${secret}`,
      subscriptions: { Ticket_Add: null, Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null, Ticket_Comment_Add: null },
      ignoreSourceId: inst.id,
      isEnabled: true,
    })
    opts.out(`Desk sandbox  ${sb.url}  (org ${sb.orgId}, ${sb.state.tickets.size} seeded tickets)`)
    opts.out(`desk-sla      ${service.url}  (embedded store in ${dir})`)
    opts.out(`webhook       ${hook.id} → ${service.url}/hooks/desk/${inst.id}/…`)
    opts.out(`time          ×${opts.timeFactor}: one real second is ${formatDuration(opts.timeFactor * 1000)} of Desk time\n`)

    // Backfill the seeded tickets through the same path as the sync job.
    const seeded = [...sb.state.tickets.values()].map((t) => syncEvent({ id: t.id, modifiedTime: t.modifiedTime, createdTime: t.createdTime }, 'backfill'))
    await insertEvents(ctx.db, inst.id, seeded, new Date(clock()))

    // Activity: new tickets arrive, agents answer, customers write back.
    const contacts = [...sb.state.contacts.values()].filter((c) => c.accountId)
    const departmentId = [...sb.state.departments.keys()][0]!
    const subjects = [
      ['Outage: nobody can log in to CRM', 'Type of Support request: Technical Support\nDescription of the issue/question: complete outage since 9:00, login fails for all users'],
      ['Rechnung falsch', 'Art der Supportanfrage: Rechnungsänderungen\nBeschreibung des Problems/der Frage: Die Rechnung hat einen falschen Betrag.'],
      ['Question sur une intégration', 'Type de demande de support : Support technique\nDescription du problème/de la question : comment configurer une intégration ?'],
      ['Report returns incorrect results', 'Type of Support request: Technical Support\nDescription of the issue/question: the function returns incorrect results'],
      ['Feature request: dark mode', 'Type of Support request: Product Management Related\nDescription of the issue/question: please add a dark mode'],
    ] as const
    let n = 0
    timers.push(setInterval(() => {
      const [subject, description] = subjects[n % subjects.length]!
      const contact = contacts[(n * 7) % contacts.length]!
      sb!.ops.create({ subject, description, contactId: contact.id, departmentId }, { actor: { name: 'Customer', type: 'END_USER' } })
      n++
    }, 3000))
    timers.push(setInterval(() => {
      const open = [...sb!.state.tickets.values()].filter((t) => t.statusType === 'Open')
      const t = open[(n * 3) % Math.max(open.length, 1)]
      if (!t) return
      if (n % 2 === 0) sb!.ops.sendReply(t.id, { content: 'Thanks, we are on it.' }, { actor: { name: 'Agent', type: 'AGENT' } })
      else sb!.ops.customerReply(t.id, { content: 'Any news?' })
    }, 2000))
    // The scheduled jobs, on the fast clock: sweep every second (a minute is 1/timeFactor s), sync every 10 s.
    timers.push(setInterval(() => void runSweepJob(ctx, clock()).catch(() => {}), 1000))
    timers.push(setInterval(() => void runSyncJob(ctx, clock()).catch(() => {}), 10_000))
    timers.push(setInterval(() => printTable(sb!, opts.out, clock), (opts.tableEverySeconds ?? 10) * 1000))

    await new Promise((r) => setTimeout(r, opts.seconds * 1000))
    for (const t of timers) clearInterval(t)
    await service.inbox.drain()
    await service.outbox.drain()
    printTable(sb, opts.out, clock)
    const tickets = [...sb.state.tickets.values()]
    const summary: DemoSummary = {
      tickets: tickets.length,
      filled: tickets.filter((t) => t.cf.cf_region).length,
      escalated: tickets.filter((t) => Number(t.cf.cf_escalation_level ?? 0) > 0).length,
      comments: tickets.reduce((sum, t) => sum + sb!.state.commentsOf(t.id).length, 0),
      writes: sb.requests.list().filter((r) => r.method === 'PATCH').length,
    }
    opts.out(
      `\n${summary.filled}/${summary.tickets} tickets carry desk-sla's fields; ${summary.escalated} escalated, ` +
        `${summary.comments} private escalation comments, ${summary.writes} PATCH writes in Desk's request log.`,
    )
    return summary
  } finally {
    for (const t of timers) clearInterval(t)
    await service?.close().catch(() => {})
    await sb?.close().catch(() => {})
    await rm(dir, { recursive: true, force: true }).catch(() => {})
  }
}

function printTable(sb: Sandbox, out: (line: string) => void, clock: () => number): void {
  const rows = [...sb.state.tickets.values()].sort((a, b) => b.createdTime.localeCompare(a.createdTime)).slice(0, 12)
  out(`— Desk at ${new Date(clock()).toISOString().slice(0, 16).replace('T', ' ')} UTC: the newest tickets as agents see them —`)
  out(pad(['#', 'subject', 'status', 'sev', 'type', 'region', 'reply due', 'due', 'lvl', 'owner'], WIDTHS))
  for (const t of rows) {
    out(
      pad(
        [
          t.ticketNumber,
          t.subject,
          t.statusType,
          String(t.cf.cf_severity ?? '·'),
          String(t.cf.cf_ticket_type ?? '·'),
          String(t.cf.cf_region ?? '·'),
          short(t.cf.cf_response_due ?? null),
          short(t.dueDate),
          String(t.cf.cf_escalation_level ?? '·'),
          String(t.cf.cf_escalation_owner ?? '·'),
        ],
        WIDTHS,
      ),
    )
  }
  out('')
}

const WIDTHS = [5, 28, 8, 4, 20, 13, 12, 12, 4, 30]

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join(' ')
}

function short(iso: string | null | undefined): string {
  return iso ? iso.slice(5, 16).replace('T', ' ') : '—'
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  return minutes >= 60 ? `${(minutes / 60).toFixed(minutes % 60 === 0 ? 0 : 1)} h` : `${minutes} min`
}
