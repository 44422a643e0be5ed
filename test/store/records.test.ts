import { expect } from 'chai'
import { appendAudit, listAudit } from '../../src/store/repos/audit.js'
import { deleteCursor, getCursor, setCursor } from '../../src/store/repos/cursors.js'
import { getPartnerScore, listPartnerScores, upsertPartnerScore } from '../../src/store/repos/partner-scores.js'
import { isStoreError } from '../../src/store/errors.js'
import { forEachStore, useInstallation } from './helpers.js'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')

forEachStore('store: sync cursors', (getDb) => {
  const installation = useInstallation(getDb)

  it('has no cursor before the first sync', async () => {
    expect(await getCursor(getDb(), installation(), 'tickets.modified')).to.equal(null)
  })

  it('keeps the latest cursor per name', async () => {
    const db = getDb()
    await setCursor(db, installation(), 'tickets.modified', '2026-03-02T09:00:00.000Z', T0)
    await setCursor(db, installation(), 'tickets.modified', '2026-03-02T09:05:00.000Z', T0 + 300_000)
    await setCursor(db, installation(), 'backfill', 'from=400', T0)
    expect(await getCursor(db, installation(), 'tickets.modified')).to.equal('2026-03-02T09:05:00.000Z')
    expect(await getCursor(db, installation(), 'backfill')).to.equal('from=400')
    expect(await deleteCursor(db, installation(), 'backfill')).to.equal(true)
    expect(await getCursor(db, installation(), 'backfill')).to.equal(null)
  })
})

forEachStore('store: audit log', (getDb) => {
  const installation = useInstallation(getDb)

  it('keeps every change with who made it and why, newest first', async () => {
    const db = getDb()
    const first = await appendAudit(db, {
      installationId: installation(),
      ticketId: '101',
      actor: 'desk-sla',
      action: 'ticket.patch',
      changes: { dueDate: { from: null, to: '2026-03-03T09:00:00.000Z' } },
      reason: 'severity 2 determination target',
      at: T0,
    })
    await appendAudit(db, { installationId: installation(), ticketId: '102', actor: 'desk-sla', action: 'ticket.patch', changes: {}, reason: 'x', at: T0 + 1 })
    const third = await appendAudit(db, {
      installationId: installation(),
      ticketId: '101',
      actor: 'cli:recompute',
      action: 'escalation.raise',
      changes: { level: { from: 1, to: 2 } },
      reason: '80 % of the determination target elapsed',
      at: T0 + 2,
    })

    const forTicket = await listAudit(db, { installationId: installation(), ticketId: '101' })
    expect(forTicket.map((e) => e.id)).to.deep.equal([third.id, first.id])
    expect(forTicket[1]).to.deep.include({
      actor: 'desk-sla',
      action: 'ticket.patch',
      at: new Date(T0).toISOString(),
      changes: { dueDate: { from: null, to: '2026-03-03T09:00:00.000Z' } },
      reason: 'severity 2 determination target',
    })
    expect(await listAudit(db, { installationId: installation() })).to.have.length(3)
  })

  it('pages backwards from the last entry seen', async () => {
    const db = getDb()
    const ids: number[] = []
    for (let i = 0; i < 5; i++) {
      ids.push((await appendAudit(db, { installationId: installation(), ticketId: '1', actor: 'desk-sla', action: 'a', changes: {}, reason: String(i), at: T0 })).id)
    }
    const page1 = await listAudit(db, { installationId: installation(), limit: 2 })
    const page2 = await listAudit(db, { installationId: installation(), limit: 2, beforeId: page1.at(-1)!.id })
    expect([...page1, ...page2].map((e) => e.id)).to.deep.equal(ids.slice(1).reverse())
  })
})

forEachStore('store: partner scores', (getDb) => {
  const installation = useInstallation(getDb)
  const score = (overrides = {}) => ({
    installationId: installation(),
    accountId: '20001000000052077',
    year: 2026,
    score: 512.5,
    tier: 'Advanced' as const,
    breakdown: { revenueGrowth: 300, csat: 80 },
    computedAt: T0,
    ...overrides,
  })

  it('keeps one global and one score per served region for an account and year', async () => {
    const db = getDb()
    await upsertPartnerScore(db, score())
    await upsertPartnerScore(db, score({ region: 'MEA', score: 200, tier: 'Authorized' }))
    expect(await getPartnerScore(db, installation(), '20001000000052077', 2026)).to.deep.include({ region: 'global', score: 512.5, tier: 'Advanced' })
    expect(await getPartnerScore(db, installation(), '20001000000052077', 2026, 'MEA')).to.deep.include({ score: 200, tier: 'Authorized' })
    expect(await getPartnerScore(db, installation(), '20001000000052077', 2025)).to.equal(null)
  })

  it('replaces a score when the year is evaluated again', async () => {
    const db = getDb()
    await upsertPartnerScore(db, score())
    const again = await upsertPartnerScore(db, score({ score: 650, tier: 'Premium', breakdown: { revenueGrowth: 400 }, computedAt: T0 + 1000 }))
    expect(again).to.deep.include({ score: 650, tier: 'Premium', computedAt: new Date(T0 + 1000).toISOString() })
    expect((await listPartnerScores(db, installation(), 2026)).map((s) => s.score)).to.deep.equal([650])
  })

  it('refuses a score outside 0–1000', async () => {
    const error = await upsertPartnerScore(getDb(), score({ score: 1000.5 })).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_BAD_INPUT')).to.equal(true)
  })
})
