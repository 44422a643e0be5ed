import { expect } from 'chai'
import type { RetryPolicy } from '../../src/store/repos/backoff.js'
import { retryDelayMs } from '../../src/store/repos/backoff.js'
import { outboxQueue, enqueueOutbox } from '../../src/store/repos/outbox.js'
import { forEachStore, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const MINUTE = 60_000
const noJitter = () => 0.5
const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 10_000, maxDelayMs: 15_000, jitter: 0.2 }

describe('store: retry backoff', () => {
  it('doubles from the base delay and stops at the cap', () => {
    const p: RetryPolicy = { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 5000, jitter: 0 }
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, p))).to.deep.equal([1000, 2000, 4000, 5000, 5000])
  })

  it('spreads a delay by at most the jitter either way', () => {
    const p: RetryPolicy = { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 5000, jitter: 0.2 }
    expect(retryDelayMs(1, p, () => 0)).to.equal(800)
    expect(retryDelayMs(1, p, () => 0.5)).to.equal(1000)
    expect(retryDelayMs(1, p, () => 0.999999)).to.equal(1200)
  })
})

forEachStore('store: outbox', (getDb, env) => {
  const installation = useInstallation(getDb)
  const patch = (ticketId: string, body: Record<string, unknown>, dedupeKey?: string) => ({
    installationId: installation(),
    ticketId,
    kind: 'patch' as const,
    body,
    dedupeKey,
  })

  it('delivers a ticket’s writes one at a time in the order they were enqueued', async () => {
    const db = getDb()
    const first = await enqueueOutbox(db, patch('101', { cf: { cf_sla_level: '1' } }), T0)
    const second = await enqueueOutbox(db, { ...patch('101', { content: 'escalated' }), kind: 'comment' }, T0)
    const otherTicket = await enqueueOutbox(db, patch('102', { dueDate: '2026-03-03T09:00:00.000Z' }), T0)

    const claimed = await outboxQueue.claim(db, 10, MINUTE, T0)
    expect(claimed.map((c) => c.id)).to.deep.equal([first!.id, otherTicket!.id])
    expect(claimed[0]).to.include({ status: 'sending', attempts: 1, kind: 'patch', ticketId: '101' })
    expect(claimed[0].body).to.deep.equal({ cf: { cf_sla_level: '1' } })

    await outboxQueue.complete(db, claimed[0], T0)
    const [next] = await outboxQueue.claim(db, 10, MINUTE, T0)
    expect(next).to.include({ id: second!.id, kind: 'comment' })
  })

  it('enqueues an effect with a dedupe key only once', async () => {
    const db = getDb()
    expect(await enqueueOutbox(db, patch('101', { n: 1 }, 'escalation-comment:101:3'), T0)).to.not.equal(null)
    expect(await enqueueOutbox(db, patch('101', { n: 2 }, 'escalation-comment:101:3'), T0)).to.equal(null)
    expect(await enqueueOutbox(db, patch('101', { n: 3 }), T0)).to.not.equal(null)
    expect(await enqueueOutbox(db, { ...patch('101', { content: 'note' }), kind: 'comment' }, T0)).to.not.equal(null)
    expect((await outboxQueue.countByStatus(db, installation())).pending).to.equal(3)
  })

  it("joins a ticket's field patches waiting unclaimed into one: later values win, custom fields merge key by key", async () => {
    const db = getDb()
    const first = await enqueueOutbox(db, patch('101', { dueDate: '2026-03-03T09:00:00.000Z', cf: { cf_region: 'UK & EU', cf_sla_status: 'On track' } }), T0)
    const second = await enqueueOutbox(db, patch('101', { dueDate: null, cf: { cf_sla_status: 'Paused' } }), T0)
    expect(second!.id).to.equal(first!.id)
    expect(second!.body).to.deep.equal({ dueDate: null, cf: { cf_region: 'UK & EU', cf_sla_status: 'Paused' } })
    expect((await outboxQueue.countByStatus(db, installation())).pending).to.equal(1)
    // once claimed (being sent) it is left alone: the next patch is a write of its own
    const [sending] = await outboxQueue.claim(db, 10, MINUTE, T0)
    const third = await enqueueOutbox(db, patch('101', { cf: { cf_sla_status: 'On track' } }), T0)
    expect(third!.id).to.not.equal(sending!.id)
    // and so is one queued behind a comment
    const comment = await enqueueOutbox(db, { ...patch('102', { content: 'escalated' }), kind: 'comment' }, T0)
    const afterComment = await enqueueOutbox(db, patch('102', { dueDate: null }), T0)
    expect(afterComment!.id).to.not.equal(comment!.id)
  })

  it("holds a ticket's write while one of its events waits in the inbox, so the event's write can join it", async () => {
    const db = getDb()
    await enqueueOutbox(db, patch('101', { dueDate: null }), T0)
    await db.query(
      `INSERT INTO webhook_inbox (installation_id, event_key, event_type, ticket_id, event_time, payload, received_at) VALUES ($1, 'k-101', 'Ticket_Update', '101', $2, '{}', $2)`,
      [installation(), new Date(T0).toISOString()],
    )
    expect(await outboxQueue.claim(db, 10, MINUTE, T0)).to.deep.equal([])
    await db.query(`UPDATE webhook_inbox SET status = 'done' WHERE event_key = 'k-101'`)
    expect(await outboxQueue.claim(db, 10, MINUTE, T0)).to.have.length(1)
  })

  it('backs off after a failure and delivers again once the delay has passed', async () => {
    const db = getDb()
    await enqueueOutbox(db, patch('101', { n: 1 }), T0)
    const [item] = await outboxQueue.claim(db, 10, MINUTE, T0)
    expect(await outboxQueue.retry(db, item, 'Desk answered 503', policy, T0, noJitter)).to.equal('retrying')

    const stored = await outboxQueue.get(db, item.id)
    expect(stored).to.include({ status: 'pending', lastError: 'Desk answered 503', nextAttemptAt: new Date(T0 + 10_000).toISOString() })
    expect(await outboxQueue.claim(db, 10, MINUTE, T0 + 9_999)).to.deep.equal([])
    const [again] = await outboxQueue.claim(db, 10, MINUTE, T0 + 10_000)
    expect(again).to.include({ id: item.id, attempts: 2 })
  })

  it('moves a write to the dead letters after its retry budget and lets the next write of the ticket go', async () => {
    const db = getDb()
    const doomed = await enqueueOutbox(db, patch('101', { n: 1 }), T0)
    const follower = await enqueueOutbox(db, { ...patch('101', { content: 'escalated' }), kind: 'comment' }, T0)
    let now = T0
    const outcomes: string[] = []
    for (let i = 0; i < 3; i++) {
      const [item] = await outboxQueue.claim(db, 1, MINUTE, now)
      expect(item.id).to.equal(doomed!.id)
      outcomes.push(await outboxQueue.retry(db, item, `503 #${i + 1}`, policy, now, noJitter))
      now += 60_000
    }
    expect(outcomes).to.deep.equal(['retrying', 'retrying', 'dead'])

    const dead = await outboxQueue.listDead(db, { installationId: installation() })
    expect(dead.map((d) => [d.id, d.status, d.attempts, d.lastError])).to.deep.equal([[doomed!.id, 'dead', 3, '503 #3']])
    const [next] = await outboxQueue.claim(db, 10, MINUTE, now)
    expect(next.id).to.equal(follower!.id)
  })

  it('sends a dead write again with a fresh budget when an admin retries it', async () => {
    const db = getDb()
    await enqueueOutbox(db, patch('101', { n: 1 }), T0)
    const [item] = await outboxQueue.claim(db, 1, MINUTE, T0)
    expect(await outboxQueue.deadLetter(db, item, 'Desk refused: UNPROCESSABLE_ENTITY', T0)).to.equal(true)
    expect(await outboxQueue.claim(db, 10, MINUTE, T0 + MINUTE)).to.deep.equal([])

    expect(await outboxQueue.requeueDead(db, { installationId: installation() }, T0 + MINUTE)).to.equal(1)
    expect(await outboxQueue.listDead(db, { installationId: installation() })).to.deep.equal([])
    const [again] = await outboxQueue.claim(db, 10, MINUTE, T0 + MINUTE)
    expect(again).to.include({ id: item.id, attempts: 1, status: 'sending' })
  })

  it('retries only the dead writes it is asked to', async () => {
    const db = getDb()
    const ids: number[] = []
    for (const t of ['101', '102']) {
      await enqueueOutbox(db, patch(t, { n: 1 }), T0)
    }
    for (const item of await outboxQueue.claim(db, 10, MINUTE, T0)) {
      await outboxQueue.deadLetter(db, item, 'refused', T0)
      ids.push(item.id)
    }
    expect(await outboxQueue.requeueDead(db, { ids: [ids[1]] }, T0)).to.equal(1)
    expect((await outboxQueue.listDead(db, { installationId: installation() })).map((d) => d.id)).to.deep.equal([ids[0]])
  })

  it('takes a write back from a sender whose lease ran out', async () => {
    const db = getDb()
    await enqueueOutbox(db, patch('101', { n: 1 }), T0)
    const [stale] = await outboxQueue.claim(db, 1, MINUTE, T0)
    const [fresh] = await outboxQueue.claim(db, 1, MINUTE, T0 + MINUTE)
    expect(fresh).to.include({ id: stale.id, attempts: 2 })
    expect(await outboxQueue.complete(db, stale, T0 + MINUTE)).to.equal(false)
    expect(await outboxQueue.retry(db, stale, 'late', policy, T0 + MINUTE, noJitter)).to.equal('lease-lost')
    expect(await outboxQueue.complete(db, fresh, T0 + MINUTE)).to.equal(true)
    expect(await outboxQueue.get(db, fresh.id)).to.include({ status: 'done', doneAt: new Date(T0 + MINUTE).toISOString() })
  })

  it('keeps a write with a sender that renews its lease, and renews no lease it lost', async () => {
    const db = getDb()
    await enqueueOutbox(db, patch('101', { n: 1 }), T0)
    const [held] = await outboxQueue.claim(db, 1, MINUTE, T0)
    expect(await outboxQueue.renew(db, [held!], MINUTE, T0 + MINUTE / 2)).to.equal(1)
    expect(await outboxQueue.claim(db, 1, MINUTE, T0 + MINUTE)).to.deep.equal([])
    const [taken] = await outboxQueue.claim(db, 1, MINUTE, T0 + 2 * MINUTE)
    expect(taken).to.include({ id: held!.id, attempts: 2 })
    expect(await outboxQueue.renew(db, [held!], MINUTE, T0 + 2 * MINUTE)).to.equal(0)
  })

  it('never hands one write to two senders on two connections', async () => {
    const db = getDb()
    const peer = await env().openPeer()
    // comments: field patches of one ticket waiting together would join into one write
    for (let i = 0; i < 40; i++) await enqueueOutbox(db, { ...patch(String(300 + (i % 8)), { content: `note ${i}` }), kind: 'comment' }, T0)
    const seen: number[] = []
    const sender = async (conn: typeof db) => {
      for (;;) {
        const batch = await outboxQueue.claim(conn, 3, MINUTE, T0)
        if (batch.length === 0) {
          const left = await outboxQueue.countByStatus(conn, installation())
          if (left.pending === 0 && left.sending === 0) return
          await new Promise((r) => setImmediate(r))
          continue
        }
        for (const item of batch) {
          seen.push(item.id)
          await outboxQueue.complete(conn, item, T0)
        }
      }
    }
    await Promise.all([sender(db), sender(peer), sender(peer)])
    expect(seen).to.have.length(40)
    expect(new Set(seen).size).to.equal(40)
  })
})
