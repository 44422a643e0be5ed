import { expect } from 'chai'
import type { Db } from '../../src/store/db.js'
import type { RetryPolicy } from '../../src/store/repos/backoff.js'
import { inboxQueue, inboxEventKey, insertEvents, countQueuedEvents, discardQueuedEvents, pruneProcessedEvents, type InboxEventInput } from '../../src/store/repos/inbox.js'
import { forEachStore, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000)
const LATER = at(60 * 24) // "now" for claims: after every event below
const MINUTE = 60_000

function ticketEvent(ticketId: string, minute: number, eventType = 'Ticket_Update'): InboxEventInput {
  const eventTime = at(minute)
  return {
    eventKey: inboxEventKey(eventType, ticketId, eventTime),
    eventType,
    ticketId,
    eventTime,
    payload: { id: ticketId, modifiedTime: eventTime.toISOString() },
  }
}

const summary = (events: { ticketId: string | null; eventTime: string }[]) => events.map((e) => `${e.ticketId}@${e.eventTime.slice(11, 16)}`)

describe('store: inbox event key', () => {
  it('gives the same key to an epoch-ms and an ISO eventTime of the same instant', () => {
    const iso = inboxEventKey('Ticket_Update', '1', '2026-03-02T09:00:00.000Z')
    expect(inboxEventKey('Ticket_Update', '1', '1772442000000')).to.equal(iso)
    expect(inboxEventKey('Ticket_Update', '1', 1772442000000)).to.equal(iso)
    expect(iso).to.equal('Ticket_Update:1:1772442000000')
  })

  it('tells apart two events that differ only in type or ticket', () => {
    const key = inboxEventKey('Ticket_Update', '1', 1772442000000)
    expect(inboxEventKey('Ticket_Add', '1', 1772442000000)).to.not.equal(key)
    expect(inboxEventKey('Ticket_Update', '2', 1772442000000)).to.not.equal(key)
  })
})

forEachStore('store: webhook inbox', (getDb, env) => {
  const installation = useInstallation(getDb)
  const other = useInstallation(getDb, { orgId: '60009999' })

  it('stores a redelivered event once and counts only the new ones', async () => {
    const db = getDb()
    const batch = [ticketEvent('101', 0), ticketEvent('101', 1), ticketEvent('102', 2)]
    expect(await insertEvents(db, installation(), batch, at(3))).to.equal(3)
    expect(await insertEvents(db, installation(), [...batch, ticketEvent('103', 3)], at(4))).to.equal(1)
    expect((await inboxQueue.countByStatus(db, installation())).pending).to.equal(4)
  })

  it('drops a duplicate inside one delivery', async () => {
    const db = getDb()
    expect(await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('101', 0)], at(1))).to.equal(1)
  })

  it('keeps the same event key apart for two installations', async () => {
    const db = getDb()
    expect(await insertEvents(db, installation(), [ticketEvent('101', 0)], at(1))).to.equal(1)
    expect(await insertEvents(db, other(), [ticketEvent('101', 0)], at(1))).to.equal(1)
  })

  it('stores the payload, type, ticket and times as received', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [{ ...ticketEvent('101', 5, 'Ticket_Thread_Add'), source: 'sync' }], at(6))
    const [event] = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(event).to.include({
      installationId: installation(),
      eventType: 'Ticket_Thread_Add',
      ticketId: '101',
      eventTime: '2026-03-02T09:05:00.000Z',
      receivedAt: '2026-03-02T09:06:00.000Z',
      source: 'sync',
      status: 'processing',
      attempts: 1,
    })
    expect(event.payload).to.deep.equal({ id: '101', modifiedTime: '2026-03-02T09:05:00.000Z' })
  })

  it('hands out the first-arrived event of each ticket, in arrival order, one per ticket', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 10), ticketEvent('101', 20), ticketEvent('102', 5), ticketEvent('103', 15)])
    const claimed = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(summary(claimed)).to.deep.equal(['101@09:10', '102@09:05', '103@09:15'])
  })

  it('holds back a ticket’s next event until the claimed one is done', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 10), ticketEvent('101', 20)])
    const [first] = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(await inboxQueue.claim(db, 10, MINUTE, LATER)).to.deep.equal([])

    expect(await inboxQueue.complete(db, first, LATER)).to.equal(true)
    const [second] = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(summary([second])).to.deep.equal(['101@09:20'])
  })

  it('keeps a late-arriving event behind those that arrived before it, whatever its eventTime says', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 20)])
    await insertEvents(db, installation(), [ticketEvent('101', 10)])
    const claimed = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(summary(claimed)).to.deep.equal(['101@09:20'])
  })

  it('does not let an event dated 2000-01-01 jump ahead of tickets that arrived before it (issue 17)', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('102', 1)])
    const forged = new Date('2000-01-01T00:00:00.000Z')
    await insertEvents(db, installation(), [{ ...ticketEvent('999', 0), eventKey: inboxEventKey('Ticket_Update', '999', forged), eventTime: forged }])
    const claimed = await inboxQueue.claim(db, 2, MINUTE, LATER)
    expect(claimed.map((e) => e.ticketId)).to.deep.equal(['101', '102'])
  })

  it("takes turns across installations: one installation's flood does not push another's event out of the next claim", async () => {
    const db = getDb()
    await insertEvents(db, installation(), Array.from({ length: 40 }, (_, i) => ticketEvent(String(500 + i), 0)))
    await insertEvents(db, other(), [ticketEvent('101', 30)])
    const claimed = await inboxQueue.claim(db, 5, MINUTE, LATER)
    expect(claimed.map((e) => [e.installationId === other() ? 'other' : 'flooded', e.ticketId])).to.deep.equal([
      ['flooded', '500'],
      ['other', '101'],
      ['flooded', '501'],
      ['flooded', '502'],
      ['flooded', '503'],
    ])
  })

  it('hands a claim whose lease ran out to the next worker and ignores the first worker’s late answer', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 0)])
    const [stale] = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(await inboxQueue.claim(db, 10, MINUTE, new Date(LATER.getTime() + MINUTE - 1))).to.deep.equal([])

    const [again] = await inboxQueue.claim(db, 10, MINUTE, new Date(LATER.getTime() + MINUTE))
    expect(again.id).to.equal(stale.id)
    expect(again.attempts).to.equal(2)
    expect(await inboxQueue.complete(db, stale, LATER)).to.equal(false)
    expect(await inboxQueue.complete(db, again, LATER)).to.equal(true)
    expect((await inboxQueue.get(db, again.id))?.status).to.equal('done')
  })

  it('renews the lease of a claim its worker still holds, and of no claim it lost', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('102', 0)])
    const [a, b] = await inboxQueue.claim(db, 10, MINUTE, LATER)
    const halfway = new Date(LATER.getTime() + MINUTE / 2)
    expect(await inboxQueue.renew(db, [a!, b!], MINUTE, halfway)).to.equal(2)
    // the first lease would have run out here; renewed, both stay with their worker
    expect(await inboxQueue.claim(db, 10, MINUTE, new Date(LATER.getTime() + MINUTE))).to.deep.equal([])
    const [taken, other] = await inboxQueue.claim(db, 10, MINUTE, new Date(halfway.getTime() + MINUTE))
    expect([taken!.attempts, other!.attempts]).to.deep.equal([2, 2])
    // the first worker's claims are gone: renewing them changes nothing
    expect(await inboxQueue.renew(db, [a!, b!], MINUTE, new Date(halfway.getTime() + MINUTE))).to.equal(0)
    expect(await inboxQueue.complete(db, taken!, LATER)).to.equal(true)
    expect(await inboxQueue.renew(db, [taken!], MINUTE, LATER)).to.equal(0)
  })

  it('retries after the delay and keeps the ticket’s later events waiting behind the retry', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('101', 1)])
    const [first] = await inboxQueue.claim(db, 10, MINUTE, LATER)
    expect(await inboxQueue.retryAfter(db, first, 'Desk timed out', 30_000, LATER)).to.equal(true)

    expect(await inboxQueue.claim(db, 10, MINUTE, new Date(LATER.getTime() + 29_999))).to.deep.equal([])
    const [retried] = await inboxQueue.claim(db, 10, MINUTE, new Date(LATER.getTime() + 30_000))
    expect(retried).to.include({ id: first.id, attempts: 2, error: 'Desk timed out' })
  })

  it('gives up after the retry budget, and a failed event no longer blocks its ticket', async () => {
    const db = getDb()
    const policy: RetryPolicy = { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 0 }
    await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('101', 1)])
    let now = LATER.getTime()
    const [a1] = await inboxQueue.claim(db, 1, MINUTE, now)
    expect(await inboxQueue.retry(db, a1, 'boom', policy, now)).to.equal('retrying')
    now += 1000
    const [a2] = await inboxQueue.claim(db, 1, MINUTE, now)
    expect(a2.attempts).to.equal(2)
    expect(await inboxQueue.retry(db, a2, 'boom again', policy, now)).to.equal('dead')

    const [next] = await inboxQueue.claim(db, 10, MINUTE, now)
    expect(summary([next])).to.deep.equal(['101@09:01'])
    const failed = await inboxQueue.listDead(db, { installationId: installation() })
    expect(failed.map((e) => [e.id, e.error])).to.deep.equal([[a1.id, 'boom again']])
  })

  it('requeues failed events on request with a fresh attempt count', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 0)])
    const [claim] = await inboxQueue.claim(db, 1, MINUTE, LATER)
    await inboxQueue.retry(db, claim, 'broken', { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, jitter: 0 }, LATER)
    expect(await inboxQueue.requeueDead(db, { installationId: installation() }, LATER)).to.equal(1)
    const [again] = await inboxQueue.claim(db, 1, MINUTE, LATER)
    expect(again).to.include({ id: claim.id, attempts: 1 })
  })

  it('records an ignored event as finished with its reason', async () => {
    const db = getDb()
    await insertEvents(db, installation(), [ticketEvent('101', 0, 'Ticket_Comment_Add')])
    const [claim] = await inboxQueue.claim(db, 1, MINUTE, LATER)
    expect(await inboxQueue.ignore(db, claim, 'own write echoed back', LATER)).to.equal(true)
    expect(await inboxQueue.get(db, claim.id)).to.include({ status: 'ignored', error: 'own write echoed back', processedAt: LATER.toISOString() })
    expect(await inboxQueue.claim(db, 1, MINUTE, LATER)).to.deep.equal([])
  })

  it('never gives one event to two workers claiming from two connections, and keeps each ticket in order', async () => {
    const db = getDb()
    const peer = await env().openPeer()
    const tickets = ['201', '202', '203', '204', '205', '206']
    // interleaved times across tickets, inserted in shuffled batches
    const events = tickets.flatMap((t, ti) => Array.from({ length: 10 }, (_, k) => ticketEvent(t, k * 7 + ti)))
    for (let i = 0; i < events.length; i += 13) await insertEvents(db, installation(), events.slice(i, i + 13).reverse())

    const processed = new Map<string, number[]>()
    const seen = new Set<number>()
    const inFlight = new Set<string>()
    const violations: string[] = []

    async function worker(conn: Db): Promise<void> {
      for (let idle = 0; idle < 3; ) {
        const batch = await inboxQueue.claim(conn, 4, MINUTE, LATER)
        if (batch.length === 0) {
          idle++
          await new Promise((r) => setImmediate(r))
          continue
        }
        idle = 0
        for (const e of batch) {
          if (seen.has(e.id)) violations.push(`event ${e.id} handed out twice`)
          if (inFlight.has(e.ticketId!)) violations.push(`ticket ${e.ticketId} handed out twice at once`)
          seen.add(e.id)
          inFlight.add(e.ticketId!)
        }
        await Promise.all(
          batch.map(async (e) => {
            await new Promise((r) => setImmediate(r))
            processed.set(e.ticketId!, [...(processed.get(e.ticketId!) ?? []), e.id])
            inFlight.delete(e.ticketId!)
            await inboxQueue.complete(conn, e, LATER)
          }),
        )
      }
    }

    await Promise.all([worker(db), worker(peer), worker(db), worker(peer)])

    expect(violations).to.deep.equal([])
    expect(seen.size).to.equal(events.length)
    // each ticket's events ran in arrival order (the row id), not in the order of their eventTime
    for (const t of tickets) {
      const ids = (processed.get(t) ?? []).map(Number)
      expect(ids).to.have.length(10)
      expect(ids).to.deep.equal([...ids].sort((a, b) => a - b))
    }
    expect((await inboxQueue.countByStatus(db, installation())).done).to.equal(events.length)
  })

  describe('discarding queued events and pruning finished ones', () => {
    it("discards an installation's queued events received before a time, and no other installation's", async () => {
      const db = getDb()
      await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('102', 0)], at(1))
      await insertEvents(db, installation(), [ticketEvent('103', 0)], at(5))
      await insertEvents(db, other(), [ticketEvent('101', 0)], at(1))

      expect(await countQueuedEvents(db, installation(), at(5), LATER)).to.deep.equal({ count: 2, firstReceived: at(1).toISOString(), lastReceived: at(1).toISOString() })
      expect(await discardQueuedEvents(db, installation(), at(5), LATER)).to.equal(2)
      const left = await inboxQueue.claim(db, 10, MINUTE, LATER)
      expect(left.map((e) => [e.installationId === other() ? 'other' : 'discarding', e.ticketId])).to.deep.equal([
        ['discarding', '103'],
        ['other', '101'],
      ])
      expect((await inboxQueue.countByStatus(db, installation())).ignored).to.equal(2)
    })

    it('keeps the keys of discarded events, so a redelivery of the flood is dropped as a duplicate', async () => {
      const db = getDb()
      await insertEvents(db, installation(), [ticketEvent('101', 0)], at(1))
      await discardQueuedEvents(db, installation(), null, LATER)
      expect(await insertEvents(db, installation(), [ticketEvent('101', 0)], LATER)).to.equal(0)
    })

    it('leaves alone the events a live worker holds', async () => {
      const db = getDb()
      await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('102', 0)], at(1))
      const [held] = await inboxQueue.claim(db, 1, MINUTE, LATER)
      expect(await discardQueuedEvents(db, installation(), null, LATER)).to.equal(1)
      expect(await inboxQueue.complete(db, held!, LATER)).to.equal(true)
    })

    it('deletes finished events processed before the retention point, and keeps failed, queued and recent ones', async () => {
      const db = getDb()
      await insertEvents(db, installation(), [ticketEvent('101', 0), ticketEvent('102', 0), ticketEvent('103', 0), ticketEvent('104', 0), ticketEvent('105', 0)], at(0))
      const [a, b, c, d] = await inboxQueue.claim(db, 4, MINUTE, at(1))
      await inboxQueue.complete(db, a!, at(2))
      await inboxQueue.ignore(db, b!, 'comment', at(2))
      await inboxQueue.retry(db, c!, 'broken', { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, jitter: 0 }, at(2))
      await inboxQueue.complete(db, d!, at(10))

      expect(await pruneProcessedEvents(db, at(5), 1)).to.equal(2)
      const left = await db.query<{ ticket_id: string; status: string }>('SELECT ticket_id, status FROM webhook_inbox WHERE installation_id = $1 ORDER BY id', [installation()])
      expect(left.rows.map((r) => `${r.ticket_id}:${r.status}`)).to.deep.equal(['103:failed', '104:done', '105:pending'])
    })
  })
})
