// A live Desk sandbox, an installation pointing at it and a service context, all on one hand-moved
// clock (the sandbox's and the service's), for the scheduled-job and CLI tests. Nothing sleeps.
import { randomBytes } from 'node:crypto'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import type { Policy } from '../../src/engine/policy.js'
import { createContext, type ServiceContext } from '../../src/pipeline/context.js'
import type { CreditSettings } from '../../src/pipeline/governor.js'
import { createOutboxWorker } from '../../src/pipeline/outbox-worker.js'
import { planDelivery, parseDelivery } from '../../src/pipeline/webhook-events.js'
import { createInboxWorker } from '../../src/pipeline/inbox-worker.js'
import { insertEvents } from '../../src/store/repos/inbox.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createSecretBox, type SecretBox } from '../../src/store/crypto.js'
import type { Db } from '../../src/store/db.js'
import { createInstallation, deleteInstallation, type Installation, type NewInstallation } from '../../src/store/repos/installations.js'
import { shippedPolicy } from '../engine/helpers.js'

export const T0 = Date.parse('2026-03-02T09:00:00.000Z') // a Monday

export interface JobsHarness {
  sb: Sandbox
  ctx: ServiceContext
  inst: Installation
  box: SecretBox
  policy: Policy
  now(): number
  advanceMinutes(m: number): void
  /** a new ticket filed now by a contact of a seeded account; no webhook is registered, so Desk tells nobody */
  fileTicket(fields?: Record<string, unknown>): string
  close(): Promise<void>
}

/** a new ticket filed now in the sandbox by a contact of a seeded account; returns its id */
export function fileSandboxTicket(sb: Sandbox, fields: Record<string, unknown> = {}): string {
  const contact = [...sb.state.contacts.values()].find((c) => c.accountId)!
  const created = sb.ops.create(
    {
      subject: 'Sync fails',
      description: 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly sync returns incorrect results',
      contactId: contact.id,
      departmentId: [...sb.state.departments.keys()][0],
      ...fields,
    },
    { actor: { name: 'Customer', type: 'END_USER' } as never },
  )
  return String(created.id)
}

export async function startHarness(
  db: Db,
  o: {
    tickets?: number
    seed?: number
    installation?: Partial<NewInstallation>
    policy?: Policy
    /** the credit governor's settings (issue 15) */
    credits?: Partial<CreditSettings>
    /** the sandbox org's daily API credits */
    dailyCredits?: number
  } = {},
): Promise<JobsHarness> {
  let t = T0
  const now = () => t
  const sb = await createSandbox({ clock: now, seed: { tickets: o.tickets ?? 6, seed: o.seed ?? 11 }, ...(o.dailyCredits ? { rateLimit: { dailyCredits: o.dailyCredits } } : {}) })
  const box = createSecretBox(randomBytes(32))
  const inst = await createInstallation(db, box, {
    ...sb.connection(),
    ...o.installation,
  })
  const policy = o.policy ?? (await shippedPolicy())
  const ctx = createContext({
    db,
    box,
    policy,
    now,
    desk: { sleep: async () => {}, random: () => 0.5, limiters: new OrgLimiterRegistry(), requestsPerMinute: 1_000_000 },
    ...(o.credits ? { credits: o.credits } : {}),
  })
  return {
    sb,
    ctx,
    inst,
    box,
    policy,
    now,
    advanceMinutes(m) {
      t += m * 60_000
    },
    fileTicket(fields = {}) {
      return fileSandboxTicket(sb, fields)
    },
    async close() {
      await deleteInstallation(db, inst.id)
      await sb.close()
    },
  }
}

/** Desk's event as the receiver stores it, then the workers (processing, then the writes); the events stored */
export async function deliverEvent(h: JobsHarness, db: Db, event: Record<string, unknown>): Promise<number> {
  const parsed = parseDelivery([{ orgId: h.sb.orgId, eventTime: String(h.now()), ...event }])
  if (parsed.invalid > 0) throw new Error(`not a delivery: ${JSON.stringify(parsed.issues)}`)
  const stored = await insertEvents(db, h.inst.id, planDelivery(parsed.events, parsed.raw, h.inst.orgId).toStore, new Date(h.now()))
  await createInboxWorker(h.ctx).drain()
  await createOutboxWorker(h.ctx).drain()
  return stored
}
