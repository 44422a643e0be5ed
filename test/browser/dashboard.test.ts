// The admin dashboard in headless Chromium (test/support/chromium.ts, driven by playwright-core) against the real
// service: startService on a PGlite data directory with the admin router plugged in through
// `routers`, sandbox tickets processed through the pipeline. Sign in, the critical view loads and
// filters, the compliance CSV downloads, a dead letter is retried from the operations page.
// Screenshots go to docs/screenshots/dashboard*.png.
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { launchChromium } from '../support/chromium.js'
import { silentLogger } from '../../src/logger.js'
import { processTicket } from '../../src/pipeline/processor.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startService, type RunningService } from '../../src/service.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { outboxQueue } from '../../src/store/repos/outbox.js'
import { upsertPartnerScore } from '../../src/store/repos/partner-scores.js'
import { createAdminRouter } from '../../src/web/admin/router.js'
import { createMetricsRouter } from '../../src/web/metrics.js'
import { screenshotPath } from '../support/screenshots.js'

const ADMIN_TOKEN = randomBytes(24).toString('base64url')
const GERMAN_ACCOUNT = '4000000000001'
const US_ACCOUNT = '4000000000002'

function template(severity: 1 | 2 | 3, text: string): string {
  return ['Type of Support request: Technical Support', `Severity: ${severity}`, 'Zoho product name: Zoho CRM', `Description of the issue/question: ${text}`].join('\n')
}

describe('admin dashboard in the browser', function () {
  this.timeout(120_000)
  let clock = Date.parse('2026-03-02T07:00:00.000Z') // a Monday
  let sb: Sandbox
  let service: RunningService
  let installation: Installation
  let dataDir: string
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let downloads: string
  /** requests the page tried to make outside the service */
  const external: string[] = []

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'desk-sla-dashboard-'))
    downloads = join(dataDir, 'downloads')
    sb = await createSandbox({
      clock: () => clock,
      seed: {
        departments: [{ name: 'Partner Support' }],
        accounts: [
          { id: GERMAN_ACCOUNT, accountName: 'Müller Systemhaus GmbH', country: 'Germany', cf: { cf_partner_score: '720' } },
          { id: US_ACCOUNT, accountName: 'Golden Gate Consulting', country: 'United States', state: 'CA', cf: { cf_partner_tier: 'Advanced' } },
        ],
        contacts: [
          { id: '5000000000001', lastName: 'Müller', email: 'jana@mueller.example.com', accountId: GERMAN_ACCOUNT },
          { id: '5000000000002', lastName: 'Rivera', email: 'sam@goldengate.example.com', accountId: US_ACCOUNT },
        ],
      },
    })
    service = await startService(
      {
        DESK_SLA_SECRET_KEY: randomBytes(32).toString('base64'),
        DATA_DIR: join(dataDir, 'pglite'),
        PORT: '0',
        HOST: '127.0.0.1',
        DISABLE_JOBS: 'true',
        LOG_LEVEL: 'error',
        ADMIN_TOKEN,
        // plain http on loopback: the cookie cannot be Secure here (the default is Secure)
        COOKIE_SECURE: 'false',
      },
      {
        logger: silentLogger,
        now: () => clock,
        desk: { sleep: async () => {}, random: () => 0.5 },
        routers: (ctx, config) => [createAdminRouter({ ctx, config }), createMetricsRouter({ db: ctx.db, token: config.METRICS_TOKEN ?? config.ADMIN_TOKEN })],
      },
    )
    installation = await createInstallation(service.ctx.db, service.ctx.box, {
      name: 'Partner Desk (sandbox)',
      ...sb.connection(),
    })
    const department = [...sb.state.departments.values()][0]!.id
    const file = (contactId: string, subject: string, description: string) =>
      String(sb.ops.create({ subject, description, contactId, departmentId: department }, { actor: { name: 'Customer', type: 'END_USER' } as never }).id)
    const tickets: string[] = []
    // filed through the morning; at 14:00 UTC: 07:00 (sev 2) breached, 09:00 at risk, 13:00 on track, US sev 1 breached
    tickets.push(file('5000000000001', 'Sync totals wrong', template(2, 'the nightly sync returns incorrect totals')))
    clock = Date.parse('2026-03-02T09:00:00.000Z')
    tickets.push(file('5000000000001', 'Report slower than documented', template(2, 'the report takes twice as long as documented')))
    clock = Date.parse('2026-03-02T11:00:00.000Z')
    tickets.push(file('5000000000002', 'Cannot log in', template(1, 'no user can log in to the account')))
    clock = Date.parse('2026-03-02T13:00:00.000Z')
    tickets.push(file('5000000000001', 'How do I write a Deluge function?', template(3, 'how to write a function for a workflow')))
    clock = Date.parse('2026-03-02T14:00:00.000Z')
    for (const id of tickets) await processTicket(service.ctx, installation, id, { source: 'sync' })
    await service.outbox.drain()
    await upsertPartnerScore(service.ctx.db, {
      installationId: installation.id,
      accountId: GERMAN_ACCOUNT,
      year: 2025,
      score: 720,
      tier: 'Premium',
      breakdown: { revenueGrowth: 400, customerAcquisition: 40, retention: 80, csat: 60, escalations: 0, certifications: 25, projects: 40, caseStudies: 20, practice: 10, campaigns: 15, branding: 30 },
    })
    await upsertPartnerScore(service.ctx.db, {
      installationId: installation.id,
      accountId: US_ACCOUNT,
      year: 2025,
      score: 455,
      tier: 'Advanced',
      breakdown: { revenueGrowth: 250, customerAcquisition: 20, retention: 50, csat: 40, escalations: -10, certifications: 15, projects: 30, caseStudies: 10, practice: 10, campaigns: 10, branding: 30 },
    })

    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, locale: 'en-GB' })
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith(service.url)) return route.continue()
      external.push(url)
      return route.abort()
    })
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await service?.close()
    await sb?.close()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  async function signIn(): Promise<Page> {
    await context!.clearCookies() // signed out: each test signs in afresh
    const page = await context!.newPage()
    await page.goto(`${service.url}/admin`)
    expect(new URL(page.url()).pathname).to.equal('/admin/login')
    await page.getByLabel('Admin token or password').fill('wrong-token-wrong-token')
    await page.getByRole('button', { name: 'Sign in' }).click()
    expect(await page.locator('#login-error').innerText()).to.equal('Wrong token or password.')
    await page.getByLabel('Admin token or password').fill(ADMIN_TOKEN)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${service.url}/admin`)
    return page
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: screenshotPath(name), fullPage: true })
  }

  it('signs in, shows breached and at-risk sandbox tickets by working time, filters them, and sorts them', async () => {
    const page = await signIn()
    try {
      const rows = page.locator('#critical tbody tr[data-ticket]')
      expect(await rows.count()).to.equal(3)
      expect(await page.locator('#critical tbody tr[data-state="breached"]').count()).to.equal(2)
      expect(await page.locator('#critical tbody tr[data-state="at_risk"]').count()).to.equal(1)
      const link = page.locator('#critical tbody tr[data-state="at_risk"] a')
      // Desk's own webUrl for the ticket (the sandbox's portal), shown as the ticket number
      expect(await link.getAttribute('href')).to.match(/^https:\/\/desk\.zoho\.com\/support\/desksla\/ShowHomePage\.do#Cases\/dv\/\d{17}$/)
      expect(await link.innerText()).to.match(/^#\d+$/)
      await screenshot(page, 'dashboard.png')

      await page.getByLabel('Region', { exact: true }).selectOption('Americas')
      await page.waitForURL(/region=Americas/)
      expect(await rows.count()).to.equal(1)
      expect(await page.locator('#critical tbody tr td').nth(9).innerText()).to.equal('Americas')
      await page.getByLabel('Region', { exact: true }).selectOption('')
      await page.waitForURL((u) => !u.search.includes('region=Americas'))
      await page.getByLabel('Severity', { exact: true }).selectOption('2')
      await page.waitForURL(/severity=2/)
      expect(await rows.count()).to.equal(2)

      // sort by "Used" ascending: the at-risk ticket (83 %) comes before the breached one
      await page.getByRole('button', { name: 'Used' }).click()
      expect(await page.locator('#critical thead th').nth(4).getAttribute('aria-sort')).to.equal('ascending')
      expect(await rows.first().getAttribute('data-state')).to.equal('at_risk')
    } finally {
      await page.close()
    }
  })

  it('draws the compliance charts with the bundled chart.js and downloads the CSV', async () => {
    const page = await signIn()
    try {
      await page.goto(`${service.url}/admin/compliance?from=2026-03-02&to=2026-03-02`)
      expect(await page.locator('#compliance-tickets').innerText()).to.equal('4')
      // chart.js drew on every canvas (it sets the canvas size and a chart instance)
      await page.waitForFunction('Array.from(document.querySelectorAll("canvas[data-chart]")).every((c) => window.Chart && window.Chart.getChart(c))')
      expect(await page.locator('canvas[data-chart="compliance"]').count()).to.equal(3)
      await screenshot(page, 'dashboard-compliance.png')
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv-export').click()])
      expect(download.suggestedFilename()).to.equal('sla-compliance-2026-03-02-to-2026-03-02.csv')
      const file = join(downloads, 'compliance.csv')
      await download.saveAs(file)
      const csv = readFileSync(file, 'utf8').trim().split('\n')
      expect(csv[0]).to.match(/^dimension,group,tickets,first_response_met,first_response_breached/)
      expect(csv[1]).to.match(/^total,all,4,0,2,2,0,/)
      expect(csv.some((l) => l.startsWith('region,Americas,1,'))).to.equal(true)
    } finally {
      await page.close()
    }
  })

  it('retries a dead-lettered Desk write from the operations page, and the worker delivers it', async () => {
    const ticketId = [...sb.state.tickets.keys()][0]!
    const { rows } = await service.ctx.db.query<{ id: number | string }>(
      `INSERT INTO outbox (installation_id, ticket_id, kind, body, status, attempts, last_error, done_at)
       VALUES ($1, $2, 'comment', $3::jsonb, 'dead', 8, 'DESK_SERVER_ERROR: 503 after 8 attempts', now()) RETURNING id`,
      [installation.id, ticketId, JSON.stringify({ content: 'desk-sla: retried write' })],
    )
    const id = Number(rows[0]!.id)
    const page = await signIn()
    try {
      await page.goto(`${service.url}/admin/operations`)
      expect(await page.locator('#dead-count').innerText()).to.equal('1')
      await screenshot(page, 'dashboard-operations.png')
      await page.getByRole('button', { name: `Retry write ${id}` }).click()
      await page.waitForURL(/notice=outbox-retried/)
      expect(await page.locator('.notice').innerText()).to.equal('1 dead-lettered write(s) queued again.')
      expect(await page.locator('#dead-count').innerText()).to.equal('0')
      await service.outbox.drain()
      expect((await outboxQueue.get(service.ctx.db, id))!.status).to.be.oneOf(['pending', 'sending', 'done'])
    } finally {
      await page.close()
    }
  })

  it('shows the partners view with the score breakdown chart, and fetched nothing from outside the service', async () => {
    const page = await signIn()
    try {
      await page.goto(`${service.url}/admin/partners`)
      expect(await page.locator(`#partners tr[data-account="${US_ACCOUNT}"]`).innerText()).to.contain('146 points to Premium')
      await page.waitForFunction('window.Chart && window.Chart.getChart(document.querySelector("canvas[data-chart=partners]"))')
      await screenshot(page, 'dashboard-partners.png')
      expect(external).to.deep.equal([])
    } finally {
      await page.close()
    }
  })
})
