// Desk API credits on the Operations page and in /metrics (issue 15): today's credits by kind, the
// projected day, the governor's level and what it holds back.
import { expect } from 'chai'
import express from 'express'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createCreditGovernor } from '../../src/pipeline/governor.js'
import { silentLogger } from '../../src/logger.js'
import { ensureCreditDay, noteDeferred, reserveCredits } from '../../src/store/repos/credits.js'
import { createInstallation } from '../../src/store/repos/installations.js'
import { createMetrics, createMetricsRouter } from '../../src/web/metrics.js'
import { forEachStore, installationInput, testBox } from '../store/helpers.js'
import { MONDAY_14_UTC, useAdminWorld } from './admin-fixture.js'

const DAY = '2026-03-02'

forEachStore('admin: Desk API credits on the Operations page', (getDb) => {
  const world = useAdminWorld(getDb)

  it("shows today's credits by kind, the total against the allowance, the projected day and what the governor holds back", async () => {
    const w = world()
    const db = getDb()
    await ensureCreditDay(db, w.installation.id, DAY, 1000)
    for (const [kind, n] of [['webhook', 3], ['write', 140], ['sync', 12], ['backfill', 400]] as const) {
      await reserveCredits(db, { installationId: w.installation.id, day: DAY, kind, weight: n, floor: 0, reserve: 0, now: MONDAY_14_UTC })
    }
    await noteDeferred(db, w.installation.id, DAY, 'backfill', 7)
    const c = await w.signedIn()
    const page = await (await c.fetch('/admin/operations')).text()
    const row = /<tr data-installation="[^"]+">[\s\S]*?<\/tr>/.exec(page.slice(page.indexOf('id="credits"')))![0]
    expect(row).to.contain('data-kind="write" data-credits="140"')
    expect(row).to.contain('data-kind="backfill" data-credits="400"')
    expect(row).to.contain('7 deferred')
    expect(row).to.contain('data-used="555"')
    expect(row).to.contain('of 1000')
    // 14:00 UTC: 555 credits in 14 hours → 951 for the day
    expect(row).to.contain('data-projected="951"')
    // 445 left of 1000: below the 50 % bulk floor
    expect(row).to.contain('data-level="bulk-deferred"')
    const api = (await (await c.fetch('/admin/api/operations')).json()) as { credits: Array<{ status: { used: number; level: string }; byKind: Record<string, { credits: number }> }> }
    expect(api.credits[0]!.status).to.include({ used: 555, level: 'bulk-deferred' })
    expect(api.credits[0]!.byKind.sync!.credits).to.equal(12)
  })
})

forEachStore('metrics: Desk API credits', (getDb) => {
  it('exports the credits used today by kind, the projected day, the allowance and the governor level', async () => {
    const db = getDb()
    const inst = await createInstallation(db, testBox, installationInput())
    await ensureCreditDay(db, inst.id, DAY, 1000)
    await reserveCredits(db, { installationId: inst.id, day: DAY, kind: 'webhook', weight: 70, floor: 0, reserve: 0, now: MONDAY_14_UTC })
    await noteDeferred(db, inst.id, DAY, 'sync', 2)
    const governor = createCreditGovernor({ db, now: () => MONDAY_14_UTC, logger: silentLogger, settings: { perDay: 1000 } })
    const app = express()
    app.use(createMetricsRouter({ db, token: 'metrics-token-0123456789abcdef', now: () => MONDAY_14_UTC, metrics: createMetrics({ defaultMetrics: false }), credits: governor }))
    const server: Server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789abcdef' } })
      const lines = (await res.text()).split('\n')
      for (const line of [
        `desk_sla_desk_credits_used_today{installation="${inst.id}",kind="webhook"} 70`,
        `desk_sla_desk_calls_today{installation="${inst.id}",kind="webhook"} 1`,
        `desk_sla_desk_credits_used_today{installation="${inst.id}",kind="write"} 0`,
        `desk_sla_desk_credits_deferred_today{installation="${inst.id}",kind="sync"} 2`,
        `desk_sla_desk_credits_projected_today{installation="${inst.id}"} 120`,
        `desk_sla_desk_credits_allowance{installation="${inst.id}"} 1000`,
        `desk_sla_desk_credits_headroom{installation="${inst.id}"} 930`,
        `desk_sla_desk_credit_governor_level{installation="${inst.id}"} 0`,
      ]) {
        expect(lines, line).to.include(line)
      }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
