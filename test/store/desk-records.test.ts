import { expect } from 'chai'
import { migrateDown, migrate } from '../../src/store/migrate.js'
import { dependentTickets, getCachedRecord, putCachedRecord } from '../../src/store/repos/desk-records.js'
import { createInstallation } from '../../src/store/repos/installations.js'
import { saveTicketSla } from '../../src/store/repos/ticket-sla.js'
import { forEachStore, installationInput, testBox } from './helpers.js'

forEachStore('store: cached accounts and contacts', (getDb) => {
  let installationId: string
  before(async () => {
    installationId = (await createInstallation(getDb(), testBox, installationInput())).id
  })

  it('keeps the newer copy of an account whatever order the copies arrive in', async () => {
    const db = getDb()
    const newer = { id: 'a1', accountName: 'Nordwerk', modifiedTime: '2026-03-02T10:00:00.000Z', cf: { cf_partner_tier: 'Premium' } }
    const older = { ...newer, modifiedTime: '2026-03-02T09:00:00.000Z', cf: { cf_partner_tier: 'Advanced' } }
    expect(await putCachedRecord(db, installationId, 'account', 'a1', newer, '2026-03-02T10:01:00.000Z')).to.equal(true)
    expect(await putCachedRecord(db, installationId, 'account', 'a1', older, '2026-03-02T10:02:00.000Z')).to.equal(false)
    const got = await getCachedRecord(db, installationId, 'account', 'a1')
    expect(got).to.deep.include({ modifiedTime: '2026-03-02T10:00:00.000Z', fetchedAt: '2026-03-02T10:01:00.000Z' })
    expect(got!.data.cf).to.deep.equal({ cf_partner_tier: 'Premium' })
    // the same copy read again refreshes its age
    expect(await putCachedRecord(db, installationId, 'account', 'a1', newer, '2026-03-02T11:00:00.000Z')).to.equal(true)
    expect((await getCachedRecord(db, installationId, 'account', 'a1'))!.fetchedAt).to.equal('2026-03-02T11:00:00.000Z')
  })

  it('keeps accounts and contacts apart', async () => {
    await putCachedRecord(getDb(), installationId, 'contact', 'a1', { id: 'a1', lastName: 'Fischer' }, new Date())
    expect((await getCachedRecord(getDb(), installationId, 'contact', 'a1'))!.data.lastName).to.equal('Fischer')
    expect((await getCachedRecord(getDb(), installationId, 'account', 'a1'))!.data.accountName).to.equal('Nordwerk')
  })

  it("lists the open tickets that depend on an account, page by page, and not the closed ones", async () => {
    const db = getDb()
    const save = (ticketId: string, accountId: string, open: boolean) =>
      saveTicketSla(
        db,
        { installationId, ticketId, state: { accountId, contactId: 'c9' }, lastWritten: {}, escalationLevel: 0, nextCheckAt: null, lastEventTime: null, ticketModifiedTime: null, statusIntervals: [], open },
        null,
      )
    await save('t1', 'acc', true)
    await save('t2', 'acc', true)
    await save('t3', 'acc', false)
    await save('t4', 'other', true)
    expect(await dependentTickets(db, installationId, 'account', 'acc')).to.deep.equal(['t1', 't2'])
    expect(await dependentTickets(db, installationId, 'account', 'acc', 't1', 10)).to.deep.equal(['t2'])
    expect(await dependentTickets(db, installationId, 'contact', 'c9')).to.deep.equal(['t1', 't2', 't4'])
  })

  it('drops the cache, the budget tables and the outbox origin when migrated down to 8, and brings them back', async () => {
    const db = getDb()
    await migrateDown(db, 8)
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('desk_records','desk_credit_days','desk_credit_usage')`,
    )
    expect(Number(rows[0]!.n)).to.equal(0)
    await migrate(db)
    const again = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'outbox' AND column_name = 'origin'`,
    )
    expect(Number(again.rows[0]!.n)).to.equal(1)
  })
})
