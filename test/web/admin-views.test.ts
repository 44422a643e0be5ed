// The admin dashboard's views and actions (issue #6, #7) against a real store: the critical
// view's working-time risk, its filters and Desk links; compliance and its CSV; retrying dead
// letters and failed events (audited); try a ticket; recompute; partners; and no secret in any answer.
import { expect } from 'chai'
import { parse } from 'csv-parse/sync'
import { listAudit } from '../../src/store/repos/audit.js'
import { inboxQueue } from '../../src/store/repos/inbox.js'
import { outboxQueue } from '../../src/store/repos/outbox.js'
import { updateInstallation } from '../../src/store/repos/installations.js'
import { upsertPartnerScore } from '../../src/store/repos/partner-scores.js'
import type { CriticalReport } from '../../src/web/admin/critical.js'
import { forEachStore, testBox } from '../store/helpers.js'
import { ADMIN_TOKEN, declaredRoutes, SECRETS, ticketInput, useAdminWorld } from './admin-fixture.js'

forEachStore('admin dashboard: views and actions', (getDb) => {
  const world = useAdminWorld(getDb)

  before(async () => {
    const w = world()
    // Monday 2 March 2026, now 14:00 UTC. Support, Premium: severity 2 → 6 h first response, 24 h determination;
    // severity 1 → 1 h and 2 h. London is on UTC in March; New York 5 h behind.
    await w.saveTicket('1001', ticketInput({ id: '1001', created: '2026-03-02T09:00:00Z', severity: '2' })) // 5 of 6 h used: at risk
    await w.saveTicket('1002', ticketInput({ id: '1002', created: '2026-03-02T07:00:00Z', severity: '2' })) // 7 h of 6: breached
    await w.saveTicket('1003', ticketInput({ id: '1003', created: '2026-03-02T13:00:00Z', severity: '2' })) // 1 h of 6: on track
    // kept before the ticket's number and link were: no link, no number
    await w.saveTicket('1004', ticketInput({ id: '1004', created: '2026-03-02T11:00:00Z', severity: '1', country: 'United States', state: 'CA' }), true, null) // 3 h of 1 and of 2
    await w.saveTicket(
      '1005',
      ticketInput({ id: '1005', created: '2026-03-02T09:30:00Z', severity: '2', threads: [{ direction: 'out', createdTime: '2026-03-02T10:00:00Z' }], closedTime: '2026-03-02T11:00:00Z' }),
      false,
    ) // answered and closed in time
    // Friday 27 Feb 20:00 London: at Monday 14:00 only 4 h (Fri) + 14 h (Mon) of working time have passed, not 66 h
    await w.saveTicket('1006', ticketInput({ id: '1006', created: '2026-02-27T20:00:00Z', severity: '3', tier: 'Authorized' }))
  })

  it('lists breached and at-risk open tickets by working time used, breached first, each linked to Desk', async () => {
    const c = await world().signedIn()
    const report = (await (await c.fetch('/admin/api/critical')).json()) as CriticalReport
    const byId = new Map(report.rows.map((r) => [r.ticketId, r]))
    expect([...byId.keys()].sort()).to.deep.equal(['1001', '1002', '1004'])
    expect(report.rows.slice(0, 2).map((r) => r.state)).to.deep.equal(['breached', 'breached'])
    expect(byId.get('1001')).to.deep.include({ state: 'at_risk', target: 'firstResponse', used: 0.833, due: '2026-03-02T15:00:00.000Z', region: 'UK & EU', subRegion: 'DACH', tier: 'Premium', severity: 2, team: 'Support' })
    expect(byId.get('1002')).to.deep.include({ state: 'breached', target: 'firstResponse', level: 1, owner: 'escalations-eu@example.com' })
    expect(byId.get('1004')).to.deep.include({ state: 'breached', region: 'Americas', subRegion: 'USA West', severity: 1 })
    // Desk's own webUrl as the API gave it (here a custom domain), never a URL built from the id
    expect(byId.get('1001')).to.deep.include({ ticketNumber: '4001', subject: 'Sync totals wrong', deskUrl: 'https://support.partnerdesk.example.com/support/partnerdesk/ShowHomePage.do#Cases/dv/1001' })
    expect(byId.get('1004')).to.deep.include({ ticketNumber: null, deskUrl: null })
    expect(report.scanned).to.equal(5)
  })

  it('filters the critical view by region, severity, state and level, in the page as in the API', async () => {
    const c = await world().signedIn()
    const ids = async (q: string) => ((await (await c.fetch(`/admin/api/critical?${q}`)).json()) as CriticalReport).rows.map((r) => r.ticketId).sort()
    expect(await ids('region=Americas')).to.deep.equal(['1004'])
    expect(await ids('severity=2')).to.deep.equal(['1001', '1002'])
    expect(await ids('state=at_risk')).to.deep.equal(['1001'])
    expect(await ids('subRegion=DACH&state=breached')).to.deep.equal(['1002'])
    expect(await ids('team=Operations')).to.deep.equal([])
    expect(await ids(`installation=${world().installation.id}&tier=Premium`)).to.deep.equal(['1001', '1002', '1004'])
    expect((await c.fetch('/admin/api/critical?severity=7')).status).to.equal(400)
    const html = await (await c.fetch('/admin?region=UK+%26+EU')).text()
    expect(html).to.contain('data-ticket="1001"')
    expect(html).to.contain('data-ticket="1002"')
    expect(html).to.not.contain('data-ticket="1004"')
    expect(html).to.contain('<option value="UK &amp; EU" selected>UK &amp; EU</option>')
    // agents see the ticket number and subject, linked to Desk's webUrl; never the 17-digit id as the label
    expect(html).to.contain('<a href="https://support.partnerdesk.example.com/support/partnerdesk/ShowHomePage.do#Cases/dv/1001" target="_blank" rel="noopener noreferrer">#4001</a><br><small class="subject">Sync totals wrong</small>')
    expect(html).to.not.contain('>#1001<')
  })

  it('counts first response and determination met, breached and open by region, tier and severity, and exports them as CSV', async () => {
    const c = await world().signedIn()
    const res = await c.fetch('/admin/compliance.csv?from=2026-03-02&to=2026-03-02')
    expect(res.status).to.equal(200)
    expect(res.headers.get('content-type')).to.match(/^text\/csv/)
    expect(res.headers.get('content-disposition')).to.equal('attachment; filename="sla-compliance-2026-03-02-to-2026-03-02.csv"')
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[]
    const row = (dimension: string, group: string) => rows.find((r) => r.dimension === dimension && r.group === group)
    // 1001 running, 1002 late, 1003 running, 1004 late, 1005 answered and closed in time (1006 was filed in February)
    expect(row('total', 'all')).to.deep.include({
      tickets: '5',
      first_response_met: '1',
      first_response_breached: '2',
      first_response_open: '2',
      first_response_compliance_percent: '33.3',
      determination_met: '1',
      determination_breached: '1',
      determination_open: '3',
      determination_compliance_percent: '50',
      period_from: '2026-03-02T00:00:00.000Z',
      period_to: '2026-03-03T00:00:00.000Z',
    })
    expect(row('region', 'UK & EU')).to.deep.include({ tickets: '4', first_response_breached: '1', first_response_met: '1' })
    expect(row('region', 'Americas')).to.deep.include({ tickets: '1', first_response_breached: '1', determination_breached: '1' })
    expect(row('severity', '1')).to.deep.include({ tickets: '1' })
    expect(row('tier', 'Premium')).to.deep.include({ tickets: '5' })
    const wider = parse(await (await c.fetch('/admin/compliance.csv?from=2026-02-27&to=2026-03-02')).text(), { columns: true }) as Record<string, string>[]
    expect(wider.find((r) => r.dimension === 'total')!.tickets).to.equal('6')
    expect((await c.fetch('/admin/compliance.csv?from=2026-03-05&to=2026-03-01')).status).to.equal(400)
  })

  it('renders compliance charts from the locally served chart.js, never a CDN', async () => {
    const c = await world().signedIn()
    const html = await (await c.fetch('/admin/compliance?from=2026-03-02&to=2026-03-02')).text()
    const src = /<script src="(\/admin\/static\/chart\.[0-9a-f]{16}\.umd\.min\.js)" defer><\/script>/.exec(html)?.[1]
    expect(src, 'chart.js under a hashed URL of the service').to.be.a('string')
    expect(html).to.not.match(/https?:\/\/(?!www\.w3\.org)[^"']*\.js/)
    expect(html).to.contain('data-chart="compliance"')
    const chart = await c.fetch(src!)
    expect(chart.status).to.equal(200)
    expect(await chart.text()).to.contain('Chart.js v4')
  })

  it('retries a dead-lettered write through the API: pending again with a fresh budget, audited under the admin', async () => {
    const c = await world().signedIn()
    const id = await world().deadLetter('1002')
    const ops = (await (await c.fetch('/admin/api/operations')).json()) as { deadLetters: { id: number; fields: string[] }[]; outbox: { byStatus: { dead: number } } }
    expect(ops.deadLetters.map((d) => d.id)).to.include(id)
    expect(ops.deadLetters.find((d) => d.id === id)!.fields).to.deep.equal(['cf_region'])
    const res = await c.fetch(`/admin/api/outbox/${id}/retry`, { method: 'POST', headers: { 'x-csrf-token': c.csrf } })
    expect(res.status).to.equal(200)
    expect(await res.json()).to.deep.equal({ retried: 1 })
    expect(await outboxQueue.get(getDb(), id)).to.deep.include({ status: 'pending', attempts: 0 })
    const audit = (await listAudit(getDb(), { installationId: world().installation.id, ticketId: '1002' })).find((a) => a.action === 'outbox.retry')!
    expect(audit).to.deep.include({ actor: 'admin:token' })
    expect(audit.changes).to.deep.include({ outboxId: id })
    // a second retry finds nothing dead
    expect((await c.fetch(`/admin/api/outbox/${id}/retry`, { method: 'POST', headers: { 'x-csrf-token': c.csrf } })).status).to.equal(404)
  })

  it('retries a dead letter and a failed event from the operations page forms', async () => {
    const c = await world().signedIn()
    const dead = await world().deadLetter('1003')
    const failed = await world().failedEvent('1003')
    const page = await (await c.fetch('/admin/operations')).text()
    expect(page).to.contain(`data-outbox-id="${dead}"`)
    expect(page).to.contain(`data-event-id="${failed}"`)
    // each row names the ticket by its number, linked to Desk's webUrl, never by the bare id
    const link = '<a href="https://support.partnerdesk.example.com/support/partnerdesk/ShowHomePage.do#Cases/dv/1003" target="_blank" rel="noopener noreferrer">#4003</a>'
    expect(page.split(link).length - 1).to.equal(2)
    expect(page).to.not.contain('#1003<')
    const r1 = await c.form('/admin/operations/outbox/retry', { _csrf: c.csrf, id: String(dead) })
    expect(r1.status).to.equal(303)
    expect(r1.headers.get('location')).to.equal('/admin/operations?notice=outbox-retried&n=1')
    expect((await outboxQueue.get(getDb(), dead))!.status).to.equal('pending')
    const r2 = await c.form('/admin/operations/inbox/retry', { _csrf: c.csrf, id: String(failed) })
    expect(r2.headers.get('location')).to.equal('/admin/operations?notice=event-retried&n=1')
    expect((await inboxQueue.get(getDb(), failed))!.status).to.equal('pending')
    const audit = await listAudit(getDb(), { installationId: world().installation.id })
    expect(audit.some((a) => a.action === 'inbox.retry' && a.actor === 'admin:token')).to.equal(true)
    expect(await (await c.fetch('/admin/operations?notice=outbox-retried&n=1')).text()).to.contain('1 dead-lettered write(s) queued again.')
  })

  it('shows inbox lag, outbox depth, last sync and token health per installation', async () => {
    const c = await world().signedIn()
    const w = world()
    await getDb().query(`INSERT INTO sync_cursors (installation_id, name, cursor, updated_at) VALUES ($1, 'sync', 'x', $2)
      ON CONFLICT (installation_id, name) DO UPDATE SET updated_at = EXCLUDED.updated_at`, [w.installation.id, '2026-03-02T13:58:00Z'])
    await getDb().query(`INSERT INTO oauth_tokens (installation_id, access_token_enc, expires_at, mint_paused_until) VALUES ($1, 'x', $2, $3)
      ON CONFLICT (installation_id) DO UPDATE SET expires_at = EXCLUDED.expires_at, mint_paused_until = EXCLUDED.mint_paused_until`, [w.installation.id, '2026-03-02T14:30:00Z', '2026-03-02T14:05:00Z'])
    const ops = (await (await c.fetch('/admin/api/operations')).json()) as { installations: { installationId: string; lastSyncAt: string; tokenHealth: string }[]; inbox: { oldestPendingAgeSeconds: number | null } }
    const mine = ops.installations.find((i) => i.installationId === w.installation.id)!
    expect(mine).to.deep.include({ lastSyncAt: '2026-03-02T13:58:00.000Z', tokenHealth: 'mint_paused' })
    w.clock.now += 10 * 60_000
    const later = (await (await c.fetch('/admin/api/operations')).json()) as typeof ops
    expect(later.installations.find((i) => i.installationId === w.installation.id)!.tokenHealth).to.equal('ok')
    w.clock.now -= 10 * 60_000
  })

  it('runs the engine on a ticket typed into the policy page and shows every field with its reasons', async () => {
    const c = await world().signedIn()
    const res = await c.fetch('/admin/api/policy/try', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': c.csrf },
      body: JSON.stringify({ subject: 'Login failure', description: 'Nobody can log in: outage since 9:00', country: 'France', tier: 'Advanced', createdTime: '2026-03-02T09:00', now: '2026-03-02T09:30' }),
    })
    expect(res.status).to.equal(200)
    const { result } = (await res.json()) as { result: Record<string, unknown> & { reasons: string[] } }
    expect(result).to.deep.include({ severity: 1, team: 'Support', tier: 'Advanced', region: 'UK & EU', subRegion: 'France', clock: '24x7', acknowledgementHours: 2, firstResponseDue: '2026-03-02T11:00:00.000Z' })
    expect(result.reasons.length).to.be.greaterThan(2)
    const html = await (await c.form('/admin/policy/try', { _csrf: c.csrf, subject: 'How do I write a Deluge function?', country: 'DE', createdTime: '2026-03-02T09:00', now: '2026-03-02T10:00' })).text()
    expect(html).to.contain('<td data-field="severity">3</td>')
    expect(html).to.contain('<td data-field="subRegion">DACH</td>')
    expect(html).to.match(/<ul class="reasons"><li>/)
    const bad = await c.fetch('/admin/api/policy/try', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': c.csrf }, body: JSON.stringify({ createdTime: 'yesterday' }) })
    expect(bad.status).to.equal(400)
    expect(((await bad.json()) as { error: { code: string } }).error.code).to.equal('SLA_BAD_DATE')
  })

  it('shows the active policy with its source file, and recomputes open tickets on request (audited)', async () => {
    const c = await world().signedIn()
    const page = await (await c.fetch('/admin/policy')).text()
    expect(page).to.match(/<code id="policy-source">[^<]*config\/policy\.yaml<\/code>/)
    const res = await c.fetch('/admin/api/policy/recompute', { method: 'POST', headers: { 'x-csrf-token': c.csrf } })
    expect(res.status).to.equal(200)
    const body = (await res.json()) as { installations: { installationId: string; seen: number; failed: number }[] }
    expect(body.installations.find((i) => i.installationId === world().installation.id)).to.deep.include({ seen: 5, failed: 0 })
    const audit = await listAudit(getDb(), { installationId: world().installation.id })
    expect(audit.find((a) => a.action === 'policy.recompute')).to.deep.include({ actor: 'admin:token' })
  })

  it("lists partners' scores with the points each needs for the next tier, and the breakdown as a chart", async () => {
    const c = await world().signedIn()
    const inst = world().installation.id
    const breakdown = { revenueGrowth: 200, customerAcquisition: 20, retention: 50, csat: 40, escalations: -20, certifications: 15, projects: 20, caseStudies: 10, practice: 10, campaigns: 10, branding: 20 }
    await upsertPartnerScore(getDb(), { installationId: inst, accountId: '7001', year: 2025, score: 375, tier: 'Authorized', breakdown })
    await upsertPartnerScore(getDb(), { installationId: inst, accountId: '7002', year: 2025, score: 720, tier: 'Premium', breakdown: { ...breakdown, revenueGrowth: 400, retention: 95 } })
    await upsertPartnerScore(getDb(), { installationId: inst, accountId: '7003', year: 2025, score: 600, tier: 'Advanced', breakdown })
    const report = (await (await c.fetch('/admin/api/partners')).json()) as { year: number; rows: { accountId: string; nextTier: unknown }[] }
    expect(report.year).to.equal(2025)
    expect(report.rows.map((r) => [r.accountId, r.nextTier])).to.deep.equal([
      ['7002', null],
      ['7003', { tier: 'Premium', pointsNeeded: 1 }],
      ['7001', { tier: 'Advanced', pointsNeeded: 26 }],
    ])
    const html = await (await c.fetch('/admin/partners')).text()
    expect(html).to.contain('26 points to Advanced')
    expect(html).to.contain('data-chart="partners"')
    expect(html).to.contain("Tier: above 600 Premium, above 400 Advanced (the policy&#39;s thresholds).")
  })

  it("states the tier thresholds of the installation's policy on the partners page, not fixed figures", async () => {
    const c = await world().signedIn()
    const inst = world().installation
    await updateInstallation(getDb(), testBox, inst.id, {
      policyOverrides: {
        // both places name the thresholds, and the policy holds them equal
        tiers: { scoreThresholds: [{ tier: 'Premium', greaterThan: 700 }, { tier: 'Advanced', greaterThan: 300 }] },
        partnerScore: { tiers: { advancedAbove: 300, premiumAbove: 700 } },
      },
    })
    try {
      const html = await (await c.fetch('/admin/partners')).text()
      expect(html).to.contain('Tier: above 700 Premium, above 300 Advanced')
      expect(html).to.not.contain('above 600 Premium')
      // and the points to the next tier follow the same thresholds: 600 is Advanced, 101 short of Premium
      expect(html).to.contain('101 points to Premium')
    } finally {
      await updateInstallation(getDb(), testBox, inst.id, { policyOverrides: {} })
    }
  })

  it('never shows a secret (client secret, refresh token, webhook secret, admin token) in any page or API answer', async () => {
    const c = await world().signedIn()
    await world().deadLetter('1001', `DESK_AUTH: refresh failed`)
    const secrets = [ADMIN_TOKEN, SECRETS.clientSecret, SECRETS.refreshToken, SECRETS.webhookSecret]
    const gets = declaredRoutes(world().router).filter((r) => r.method === 'GET' && !r.path.includes(':') && !r.path.includes('/static/'))
    expect(gets.length).to.be.greaterThan(10)
    for (const r of gets) {
      for (const q of ['', '?from=2026-02-01&to=2026-03-02']) {
        const res = await c.fetch(r.path + q)
        const text = await res.text()
        expect(res.status, r.path).to.be.oneOf([200, 303])
        for (const s of secrets) expect(text, `${r.path} shows a secret`).to.not.contain(s)
      }
    }
    const posted = await (await c.form('/admin/policy/try', { _csrf: c.csrf, subject: 'x' })).text()
    for (const s of secrets) expect(posted).to.not.contain(s)
  })
})
