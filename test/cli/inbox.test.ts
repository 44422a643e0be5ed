import { expect } from 'chai'
import { randomUUID } from 'node:crypto'
import { inboxCommand } from '../../src/cli/inbox.js'
import { main } from '../../src/cli/main.js'
import type { ServiceOpener } from '../../src/service-context.js'
import { inboxQueue, inboxEventKey, insertEvents, type InboxEventInput } from '../../src/store/repos/inbox.js'
import { startHarness, T0, type JobsHarness } from '../pipeline/jobs-helpers.js'
import { forEachStore } from '../store/helpers.js'
import { fakeIo } from './fake-io.js'

const MINUTE = 60_000

function opener(h: JobsHarness): ServiceOpener {
  return async () => ({ ctx: h.ctx, db: h.ctx.db, policySource: 'test', close: async () => {} })
}

function flood(from: number, count: number): InboxEventInput[] {
  return Array.from({ length: count }, (_, i) => {
    const ticketId = `9${String(from + i).padStart(16, '0')}`
    return { eventKey: inboxEventKey('Ticket_Add', ticketId, T0), eventType: 'Ticket_Add', ticketId, eventTime: new Date(T0), payload: {} }
  })
}

forEachStore('cli: desk-sla inbox discard', (getDb) => {
  let h: JobsHarness
  beforeEach(async () => {
    h = await startHarness(getDb(), { tickets: 1 })
    await insertEvents(getDb(), h.inst.id, flood(0, 30), new Date(T0))
    await insertEvents(getDb(), h.inst.id, flood(30, 5), new Date(T0 + 10 * MINUTE))
  })
  afterEach(async () => {
    await h.close()
  })

  it('says what a dry run would discard and discards nothing', async () => {
    const io = fakeIo()
    expect(await inboxCommand({ open: opener(h) })(['discard', '--installation', h.inst.id, '--dry-run'], io), io.err).to.equal(0)
    expect(io.out).to.equal(
      `dry run: would discard 35 queued event(s) of installation ${h.inst.id} (received 2026-03-02T09:00:00.000Z to 2026-03-02T09:10:00.000Z)\n`,
    )
    expect((await inboxQueue.countByStatus(getDb(), h.inst.id)).pending).to.equal(35)
  })

  it('discards the queued events received before --before and leaves the later ones queued', async () => {
    const io = fakeIo()
    const args = ['discard', '--installation', h.inst.id, '--before', '2026-03-02T09:05:00Z']
    expect(await inboxCommand({ open: opener(h) })(args, io), io.err).to.equal(0)
    expect(io.out).to.equal(`30 queued event(s) of installation ${h.inst.id} received before 2026-03-02T09:05:00.000Z discarded\n`)
    expect(await inboxQueue.countByStatus(getDb(), h.inst.id)).to.include({ pending: 5, ignored: 30 })
  })

  it('discards every queued event of the installation without --before', async () => {
    const io = fakeIo()
    expect(await inboxCommand({ open: opener(h) })(['discard', '--installation', h.inst.id], io), io.err).to.equal(0)
    expect(io.out).to.equal(`35 queued event(s) of installation ${h.inst.id} discarded\n`)
    expect(await inboxQueue.countByStatus(getDb(), h.inst.id)).to.include({ pending: 0, ignored: 35 })
  })

  it('refuses, in one line, an unknown installation and a --before that is no instant', async () => {
    const unknown = fakeIo()
    await inboxCommand({ open: opener(h) })(['discard', '--installation', randomUUID()], unknown).then(
      () => expect.fail('an unknown installation was accepted'),
      (error: Error) => expect(error.message).to.match(/^no installation [0-9a-f-]{36}/),
    )
    const io = fakeIo()
    expect(await main(['inbox', 'discard', '--installation', h.inst.id, '--before', 'yesterday'], io)).to.equal(2)
    expect(io.err).to.match(/^desk-sla inbox: --before "yesterday" is not an instant/)
    expect(io.err.trim().split('\n')).to.have.length(1)
    expect((await inboxQueue.countByStatus(getDb(), h.inst.id)).pending).to.equal(35)
  })

  it('needs --installation: discarding every installation at once is not offered', async () => {
    const io = fakeIo()
    expect(await main(['inbox', 'discard'], io)).to.equal(2)
    expect(io.err).to.match(/discard needs --installation ID/)
  })
})
