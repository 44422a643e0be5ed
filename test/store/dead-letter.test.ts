// A dead letter (an inbox event out of retries, a Desk write refused for good) and its audit entry
// are written in one transaction (issue 16): a failure between the two leaves neither, and the
// claim still holds for the worker to try again.
import { expect } from 'chai'
import type { Db } from '../../src/store/db.js'
import { listAudit } from '../../src/store/repos/audit.js'
import { inboxEventKey, inboxQueue, insertEvents } from '../../src/store/repos/inbox.js'
import { enqueueOutbox, outboxQueue } from '../../src/store/repos/outbox.js'
import { forEachStore, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const MINUTE = 60_000

/** the same store, except that every insert into the audit log fails, inside transactions too */
function auditFails(db: Db): Db {
  return {
    kind: db.kind,
    query: ((text: string, values?: unknown[]) =>
      /INSERT INTO audit_log/.test(text) ? Promise.reject(new Error('the audit log refused the entry')) : db.query(text, values)) as Db['query'],
    exec: (text) => db.exec(text),
    transaction: (fn) => db.transaction((tx) => fn(auditFails(tx))),
    close: () => db.close(),
  }
}

forEachStore('store: dead letters and their audit entries', (getDb) => {
  const installation = useInstallation(getDb)

  const claimedEvent = async (ticketId: string) => {
    const db = getDb()
    const eventTime = new Date(T0)
    await insertEvents(db, installation(), [{ eventKey: inboxEventKey('Ticket_Update', ticketId, eventTime), eventType: 'Ticket_Update', ticketId, eventTime, payload: {} }], T0)
    const [event] = await inboxQueue.claim(db, 10, MINUTE, T0)
    expect(event).to.include({ ticketId })
    return event!
  }
  const claimedWrite = async (ticketId: string) => {
    const db = getDb()
    await enqueueOutbox(db, { installationId: installation(), ticketId, kind: 'patch', body: { n: 1 } }, T0)
    const [write] = await outboxQueue.claim(db, 10, MINUTE, T0)
    expect(write).to.include({ ticketId })
    return write!
  }
  const auditOf = async (ticketId: string) => (await listAudit(getDb(), { installationId: installation(), ticketId })).map((a) => [a.action, a.reason])

  it('records an inbox event out of retries as failed together with its audit entry', async () => {
    const event = await claimedEvent('201')
    expect(await inboxQueue.deadLetter(getDb(), event, 'boom', T0)).to.equal(true)
    expect(await inboxQueue.get(getDb(), event.id)).to.include({ status: 'failed', error: 'boom' })
    expect(await auditOf('201')).to.deep.equal([['inbox.failed', 'boom']])
  })

  it('leaves an inbox event claimed and unaudited when its audit entry cannot be written', async () => {
    const event = await claimedEvent('202')
    let error: unknown
    await inboxQueue.deadLetter(auditFails(getDb()), event, 'boom', T0).catch((e: unknown) => (error = e))
    expect((error as Error).message).to.equal('the audit log refused the entry')
    expect(await inboxQueue.get(getDb(), event.id)).to.include({ status: 'processing', attempts: 1, error: null })
    expect(await auditOf('202')).to.deep.equal([])
    expect(await inboxQueue.complete(getDb(), event, T0)).to.equal(true) // the claim still holds
  })

  it('records a Desk write refused for good as dead together with its audit entry', async () => {
    const write = await claimedWrite('301')
    expect(await outboxQueue.deadLetter(getDb(), write, 'Desk refused: 422', T0)).to.equal(true)
    expect(await outboxQueue.get(getDb(), write.id)).to.include({ status: 'dead', lastError: 'Desk refused: 422' })
    expect(await auditOf('301')).to.deep.equal([['outbox.dead', 'Desk refused: 422']])
  })

  it('leaves a Desk write claimed and unaudited when its audit entry cannot be written, even out of retries', async () => {
    const write = await claimedWrite('302')
    let error: unknown
    await outboxQueue.retry(auditFails(getDb()), write, '503', { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, jitter: 0 }, T0).catch((e: unknown) => (error = e))
    expect((error as Error).message).to.equal('the audit log refused the entry')
    expect(await outboxQueue.get(getDb(), write.id)).to.include({ status: 'sending', attempts: 1, lastError: null })
    expect(await auditOf('302')).to.deep.equal([])
  })
})
