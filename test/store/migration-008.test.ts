import { expect } from 'chai'
import type { Db } from '../../src/store/db.js'
import { migrate, migrateDown } from '../../src/store/migrate.js'
import { forEachStore } from './helpers.js'

async function inboxIndexes(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'webhook_inbox' ORDER BY indexname`,
  )
  return rows.map((r) => r.name)
}

forEachStore('store: migration 008 (inbox in arrival order, issue 17)', (getDb) => {
  it('claims by installation and arrival instead of eventTime, and goes back down to the eventTime indexes', async () => {
    const db = getDb()
    const up = await inboxIndexes(db)
    expect(up).to.include.members(['webhook_inbox_queue_idx', 'webhook_inbox_ticket_idx', 'webhook_inbox_processed_idx'])
    expect(up).to.not.include('webhook_inbox_claim_idx')

    await migrateDown(db, 7)
    const down = await inboxIndexes(db)
    expect(down).to.include.members(['webhook_inbox_claim_idx', 'webhook_inbox_ticket_idx'])
    expect(down).to.not.include.members(['webhook_inbox_queue_idx', 'webhook_inbox_processed_idx'])

    await migrate(db)
    expect(await inboxIndexes(db)).to.deep.equal(up)
  })
})
