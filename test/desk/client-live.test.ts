import { expect } from 'chai'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDeskClient } from '../../src/desk/client.js'
import { OrgLimiterRegistry } from '../../src/desk/rate-limit.js'
import { MemoryTokenStore } from '../../src/desk/token-store.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { fakeClock, INSTALLATION, rejection, type FakeClock } from './helpers.js'

// The client against the live in-repo sandbox on 127.0.0.1 (issue 4, "Done means"): the sandbox and the
// client share one fake clock, so Retry-After waits and token expiry pass without real waiting.

interface Live {
  sb: Sandbox
  clock: FakeClock
  client: ReturnType<typeof createDeskClient>
}

async function startLive(): Promise<Live> {
  const clock = fakeClock()
  const sb = await createSandbox({ clock: clock.now, seed: { tickets: 25, seed: 7 } })
  const client = createDeskClient({
    installationId: INSTALLATION,
    ...sb.connection(),
    tokenStore: new MemoryTokenStore(),
    limiters: new OrgLimiterRegistry(),
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
  })
  return { sb, clock, client }
}

/** a webhook receiver that answers 200 to Desk's URL check and records every delivery */
async function startReceiver(): Promise<{ url: string; batches: unknown[][]; close: () => Promise<void> }> {
  const batches: unknown[][] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      if (req.method === 'POST') batches.push(JSON.parse(body) as unknown[])
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/desk/${INSTALLATION}/s3cr3t`,
    batches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('desk client against the live sandbox', () => {
  let live: Live
  beforeEach(async () => {
    live = await startLive()
  })
  afterEach(async () => {
    await live.sb.close()
  })

  it('lists, pages to the end and searches every seeded ticket', async () => {
    const { client, sb } = live
    const seen: string[] = []
    for await (const page of client.iterateTickets({ limit: 10, sortBy: 'createdTime' })) seen.push(...page.map((t) => t.id))
    expect(seen).to.have.length(sb.state.tickets.size)
    expect(new Set(seen).size).to.equal(seen.length)
    const search = client.searchTicketsModifiedSince({ from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z', limit: 10 })
    let found = 0
    let step = await search.next()
    while (!step.done) {
      found += step.value.length
      step = await search.next()
    }
    expect(found).to.equal(sb.state.tickets.size)
  })

  it('patches only the sent fields, and reports a refused custom field with Desk\'s 422 code', async () => {
    const { client, sb } = live
    const [first] = await client.listTickets({ limit: 1 })
    const before = await client.getTicket(first!.id)
    const after = await client.updateTicket(before.id, { dueDate: '2030-01-01T00:00:00.000Z' })
    expect(after.dueDate).to.equal('2030-01-01T00:00:00.000Z')
    expect(after.subject).to.equal(before.subject)
    expect(after.status).to.equal(before.status)
    const err = await rejection(client.updateTicket(before.id, { cf: { cf_does_not_exist: 'x' } }))
    expect(err.code).to.equal('DESK_INVALID_REQUEST')
    expect(err.deskErrorCode).to.equal('INVALID_DATA')
    const patches = sb.requests.list({ method: 'PATCH', kind: 'api' })
    expect(patches).to.have.length(2) // the refused one was not retried
    expect(patches[0]!.headers.sourceid).to.equal(INSTALLATION)
  })

  it('registers a webhook, receives a customer reply through it, skips its own writes, and deletes it', async () => {
    const { client, sb } = live
    const receiver = await startReceiver()
    try {
      const hook = await client.createWebhook({
        name: 'desk-sla',
        url: receiver.url,
        subscriptions: { Ticket_Update: { includePrevState: true }, Ticket_Thread_Add: null },
        ignoreSourceId: INSTALLATION,
        isEnabled: true,
      })
      expect((await client.listWebhooks()).map((w) => w.id)).to.deep.equal([hook.id])
      const [t] = await client.listTickets({ limit: 1 })
      await client.updateTicket(t!.id, { dueDate: '2030-01-01T00:00:00.000Z' }) // our own write: no echo
      sb.ops.customerReply(t!.id, { content: 'Any news?' })
      await sb.deliveries.idle()
      const events = receiver.batches.flat() as Array<{ eventType: string; payload: { ticketId?: string } }>
      expect(events.map((e) => e.eventType)).to.deep.equal(['Ticket_Thread_Add'])
      await client.deleteWebhook(hook.id)
      expect(await client.listWebhooks()).to.deep.equal([])
    } finally {
      await receiver.close()
    }
  })

  it('waits out both kinds of 429 and then succeeds', async () => {
    const { client, sb, clock } = live
    sb.faults.set({ rateLimit: { count: 1, retryAfter: 3, method: 'GET' } })
    await client.listTickets({ limit: 5 })
    expect(clock.sleeps).to.deep.equal([3000])
    sb.faults.set({ rateLimit: { count: 2, method: 'GET' } })
    await client.listTickets({ limit: 5 })
    expect(clock.sleeps).to.deep.equal([3000, 1000, 2000])
  })

  it('refreshes a token before it expires, and once more when Desk refuses an expired one', async () => {
    const { client, sb, clock } = live
    const mints = () => sb.requests.list({ kind: 'oauth' }).length
    await client.listTickets({ limit: 1 })
    expect(mints()).to.equal(1)
    clock.advance(54 * 60_000)
    await client.listTickets({ limit: 1 })
    expect(mints()).to.equal(1)
    clock.advance(60_000) // 5 min before expiry: a new token, no 401 needed
    await client.listTickets({ limit: 1 })
    expect(mints()).to.equal(2)
    sb.oauth.expireAll()
    await client.listTickets({ limit: 1 })
    expect(mints()).to.equal(3)
  })
})
