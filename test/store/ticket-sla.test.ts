import { expect } from 'chai'
import { isStoreError } from '../../src/store/errors.js'
import { dueForCheck, getTicketSla, listOpenTickets, saveTicketSla, setNextCheck, type TicketSlaWrite } from '../../src/store/repos/ticket-sla.js'
import { forEachStore, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()

forEachStore('store: ticket SLA state', (getDb) => {
  const installation = useInstallation(getDb)
  const write = (ticketId: string, overrides: Partial<TicketSlaWrite> = {}): TicketSlaWrite => ({
    installationId: installation(),
    ticketId,
    state: { severity: 2, firstResponseDue: at(240) },
    lastWritten: { cf_sla_severity: '2' },
    escalationLevel: 0,
    nextCheckAt: at(240),
    lastEventTime: at(0),
    ticketModifiedTime: at(0),
    statusIntervals: [],
    open: true,
    ...overrides,
  })

  it('stores a new ticket at version 1 and reads it back as written', async () => {
    const db = getDb()
    const saved = await saveTicketSla(db, write('101', { statusIntervals: [{ statusType: 'On Hold', start: at(10), end: at(20) }] }), null, at(1))
    expect(saved).to.include({ ticketId: '101', version: 1, escalationLevel: 0, nextCheckAt: at(240), open: true, updatedAt: at(1) })
    const read = await getTicketSla(db, installation(), '101')
    expect(read).to.deep.equal(saved)
    expect(read?.statusIntervals).to.deep.equal([{ statusType: 'On Hold', start: at(10), end: at(20) }])
    expect(read?.state).to.deep.equal({ severity: 2, firstResponseDue: at(240) })
  })

  it('bumps the version on each save made from the current version', async () => {
    const db = getDb()
    const v1 = await saveTicketSla(db, write('101'), null)
    const v2 = await saveTicketSla(db, write('101', { escalationLevel: 1, lastEventTime: at(5) }), v1.version)
    expect(v2).to.include({ version: 2, escalationLevel: 1, lastEventTime: at(5) })
  })

  it('refuses a save based on a version someone else already replaced', async () => {
    const db = getDb()
    const v1 = await saveTicketSla(db, write('101'), null)
    await saveTicketSla(db, write('101', { escalationLevel: 1 }), v1.version)
    const error = await saveTicketSla(db, write('101', { escalationLevel: 2 }), v1.version).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_VERSION_CONFLICT')).to.equal(true)
    expect((await getTicketSla(db, installation(), '101'))?.escalationLevel).to.equal(1)
  })

  it('refuses a second first save of the same ticket', async () => {
    const db = getDb()
    await saveTicketSla(db, write('101'), null)
    const error = await saveTicketSla(db, write('101'), null).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_VERSION_CONFLICT')).to.equal(true)
  })

  it('rejects an escalation level outside 0–4', async () => {
    const error = await saveTicketSla(getDb(), write('101', { escalationLevel: 5 }), null).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_BAD_INPUT')).to.equal(true)
  })

  it('lists for the sweep only open tickets whose check time has passed, earliest first', async () => {
    const db = getDb()
    await saveTicketSla(db, write('101', { nextCheckAt: at(30) }), null)
    await saveTicketSla(db, write('102', { nextCheckAt: at(10) }), null)
    await saveTicketSla(db, write('103', { nextCheckAt: at(61) }), null)
    await saveTicketSla(db, write('104', { nextCheckAt: at(5), open: false }), null)
    await saveTicketSla(db, write('105', { nextCheckAt: null }), null)
    await saveTicketSla(db, write('106', { nextCheckAt: at(60) }), null)

    const due = await dueForCheck(db, at(60), 10)
    expect(due.map((t) => t.ticketId)).to.deep.equal(['102', '101', '106'])
    expect((await dueForCheck(db, at(60), 2)).map((t) => t.ticketId)).to.deep.equal(['102', '101'])
  })

  it('moves a ticket out of the sweep when its next check is pushed later', async () => {
    const db = getDb()
    await saveTicketSla(db, write('101', { nextCheckAt: at(10) }), null)
    expect(await setNextCheck(db, installation(), '101', at(100))).to.equal(true)
    expect(await dueForCheck(db, at(60), 10)).to.deep.equal([])
  })

  it('pages through the open tickets by ticket id for a recompute', async () => {
    const db = getDb()
    for (const id of ['105', '101', '103', '102', '104']) await saveTicketSla(db, write(id, { open: id !== '103' }), null)
    const first = await listOpenTickets(db, installation(), null, 2)
    const second = await listOpenTickets(db, installation(), first.at(-1)!.ticketId, 2)
    const third = await listOpenTickets(db, installation(), second.at(-1)!.ticketId, 2)
    expect([first, second, third].map((p) => p.map((t) => t.ticketId))).to.deep.equal([['101', '102'], ['104', '105'], []])
  })

  it('uses the next-check index for the sweep query', async function () {
    const db = getDb()
    await db.query('SET enable_seqscan = off')
    try {
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT * FROM ticket_sla WHERE open AND next_check_at IS NOT NULL AND next_check_at <= $1 ORDER BY next_check_at LIMIT 10`,
        [at(0)],
      )
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).to.match(/ticket_sla_next_check_idx/)
    } finally {
      await db.query('RESET enable_seqscan')
    }
  })
})
