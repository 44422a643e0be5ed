// A world for the widget API and widget tests: the Desk sandbox with one German partner account
// (partner score 720: Premium), two installations of the same org (each with its own widget
// token), a ServiceContext on a movable clock, and helpers that file, change and process
// tickets through the real pipeline. Call inside a describe (it registers before/after hooks).
import { randomBytes } from 'node:crypto'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import { processTicket } from '../../src/pipeline/processor.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createSecretBox } from '../../src/store/crypto.js'
import type { Db } from '../../src/store/db.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { setWidgetToken } from '../../src/store/repos/widget-tokens.js'
import type { Policy } from '../../src/engine/policy.js'
import { shippedPolicy } from '../engine/helpers.js'

export const MONDAY_9_UTC = Date.parse('2026-03-02T09:00:00.000Z')
const HOUR = 3_600_000

export interface WidgetWorld {
  sb: Sandbox
  ctx: ServiceContext
  policy: Policy
  /** the installation whose tickets are processed, with its widget token */
  main: { installation: Installation; token: string }
  /** a second installation of the same org: its own token, none of main's tickets */
  other: { installation: Installation; token: string }
  now(): number
  /** sets the clock (sandbox and service) to an ISO instant */
  at(iso: string): void
  advance(hours: number): void
  /** files a ticket from the partner's contact at the current sandbox time */
  fileTicket(subject: string, description: string): string
  agentReply(ticketId: string): void
  customerReply(ticketId: string): void
  setStatus(ticketId: string, status: 'Open' | 'On Hold' | 'Closed'): void
  /** runs the pipeline on the ticket for `main` (as a sync would) */
  process(ticketId: string): Promise<void>
}

export const TEMPLATE_SEVERITY_2 = [
  'Type of Support request: Technical Support',
  'Severity: 2',
  'Zoho product name: Zoho CRM',
  'Description of the issue/question: the nightly sync to Zoho Books returns incorrect totals',
].join('\n')

export const FEATURE_REQUEST = [
  'Type of Support request: Product Management Related',
  'Description of the issue/question: feature request: export dashboards as PDF',
].join('\n')

export function useWidgetWorld(getDb: () => Db): () => WidgetWorld {
  let world: WidgetWorld | undefined
  let clock = MONDAY_9_UTC

  before(async () => {
    clock = MONDAY_9_UTC
    const sb = await createSandbox({
      clock: () => clock,
      seed: {
        departments: [{ name: 'Partner Support' }],
        accounts: [{ accountName: 'Müller Systemhaus GmbH', country: 'Germany', cf: { cf_partner_score: '720' } }],
        contacts: [{ firstName: 'Jana', lastName: 'Müller', email: 'jana@mueller.example.com' }],
      },
    })
    const account = [...sb.state.accounts.values()].find((a) => a.accountName.startsWith('Müller'))!
    const contact = [...sb.state.contacts.values()].find((c) => c.lastName === 'Müller')!
    contact.accountId = account.id
    const department = [...sb.state.departments.values()].find((d) => d.name === 'Partner Support')!
    const box = createSecretBox(randomBytes(32))
    const policy = await shippedPolicy()
    const db = getDb()
    const install = async (name: string) => {
      const installation = await createInstallation(db, box, {
        name,
        ...sb.connection(),
      })
      return { installation, token: await setWidgetToken(db, installation.id) }
    }
    const main = await install('Main org')
    const other = await install('Other org')
    const ctx = createContext({ db, box, policy, now: () => clock, desk: { sleep: async () => {}, random: () => 0.5 } })
    const agent = { actor: { name: 'Ana Agent', type: 'AGENT' as const } }

    world = {
      sb,
      ctx,
      policy,
      main,
      other,
      now: () => clock,
      at(iso) {
        clock = Date.parse(iso)
      },
      advance(hours) {
        clock += hours * HOUR
      },
      fileTicket(subject, description) {
        const created = sb.ops.create(
          { subject, description, contactId: contact.id, departmentId: department.id },
          { actor: { name: 'Jana Müller', type: 'END_USER' } },
        )
        return String(created.id)
      },
      agentReply(ticketId) {
        sb.ops.sendReply(ticketId, { content: 'We are looking into it.' }, agent)
      },
      customerReply(ticketId) {
        sb.ops.customerReply(ticketId, { content: 'Any news?' })
      },
      setStatus(ticketId, status) {
        sb.ops.update(ticketId, { status }, agent)
      },
      async process(ticketId) {
        await processTicket(ctx, main.installation, ticketId, { source: 'sync' })
      },
    }
  })

  after(async () => {
    if (!world) return
    // the installations go with the suite's schema, which forEachStore drops
    await world.sb.close()
    world = undefined
  })

  return () => {
    if (!world) throw new Error('the widget world is not set up (before() failed)')
    return world
  }
}
