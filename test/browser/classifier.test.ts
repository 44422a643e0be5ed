// The admin dashboard's Classifier page in headless Chromium (test/support/chromium.ts) against the
// real service (issue 14): tickets filed in the Desk sandbox reach the service by webhook, an agent
// changes the severity desk-sla wrote, and the page shows the change with its Desk link.
// Screenshot: docs/screenshots/dashboard-classifier.png.
import { expect } from 'chai'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { silentLogger } from '../../src/logger.js'
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startService, type RunningService } from '../../src/service.js'
import { createInstallation, type Installation } from '../../src/store/repos/installations.js'
import { createAdminRouter } from '../../src/web/admin/router.js'
import { hookUrl, settle, subscribe } from '../e2e/helpers.js'
import { launchChromium } from '../support/chromium.js'
import { screenshotPath } from '../support/screenshots.js'

const ADMIN_TOKEN = randomBytes(24).toString('base64url')
const ACCOUNT = '4000000000011'
const CONTACT = '5000000000011'
const AGENT = { actor: { name: 'Ana Silva', type: 'AGENT' } } as never

describe('admin dashboard in the browser: the Classifier page', function () {
  this.timeout(120_000)
  let clock = Date.parse('2026-03-02T08:00:00.000Z') // a Monday
  let sb: Sandbox
  let service: RunningService
  let installation: Installation
  let dataDir: string
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  const tickets: Record<'outage' | 'wrongTotals' | 'howTo', string> = { outage: '', wrongTotals: '', howTo: '' }

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'desk-sla-classifier-'))
    sb = await createSandbox({
      clock: () => clock,
      seed: {
        departments: [{ name: 'Partner Support' }],
        accounts: [{ id: ACCOUNT, accountName: 'Müller Systemhaus GmbH', country: 'Germany', cf: { cf_partner_tier: 'Advanced' } }],
        contacts: [{ id: CONTACT, lastName: 'Müller', email: 'jana@mueller.example.com', accountId: ACCOUNT }],
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
        COOKIE_SECURE: 'false',
      },
      { logger: silentLogger, now: () => clock, desk: { sleep: async () => {}, random: () => 0.5 }, routers: (ctx, config) => [createAdminRouter({ ctx, config })] },
    )
    const secret = randomBytes(24).toString('hex')
    installation = await createInstallation(service.ctx.db, service.ctx.box, { name: 'Partner Desk (sandbox)', ...sb.connection(), webhookSecret: secret })
    await subscribe(await service.ctx.deskFor(installation), hookUrl(service.url, installation.id, secret), installation.id)

    const department = [...sb.state.departments.values()][0]!.id
    const file = (subject: string, description: string) =>
      String(sb.ops.create({ subject, description, contactId: CONTACT, departmentId: department }, { actor: { name: 'Customer', type: 'END_USER' } as never }).id)
    tickets.outage = file(
      'CRM komplett ausgefallen',
      'Art der Supportanfrage: Technischer Support\nBeschreibung des Problems/der Frage: Unser CRM ist seit heute früh komplett ausgefallen, niemand kann arbeiten.',
    )
    tickets.wrongTotals = file('Export totals', 'Type of Support request: Technical Support\nDescription of the issue/question: the nightly export returns incorrect totals for every invoice')
    tickets.howTo = file('Deluge question', 'Type of Support request: Technical Support\nDescription of the issue/question: how to write a deluge function?')
    await settle(sb, service, installation.id)

    // agents change two of the three severities desk-sla wrote (the outage down, the wrong totals up); Desk tells the service by webhook
    clock = Date.parse('2026-03-02T08:20:00.000Z')
    sb.ops.update(tickets.outage, { cf: { cf_severity: '2' } }, AGENT)
    sb.ops.update(tickets.wrongTotals, { cf: { cf_severity: '1' } }, AGENT)
    await settle(sb, service, installation.id)
    clock = Date.parse('2026-03-02T09:00:00.000Z')

    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' })
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      // nothing leaves the machine: a request for another site (Desk) is refused
      return url.startsWith(service.url) ? route.continue() : route.abort()
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
    const page = await context!.newPage()
    await page.goto(`${service.url}/admin/classifier`)
    expect(new URL(page.url()).pathname).to.equal('/admin/login')
    await page.getByLabel('Admin token or password').fill(ADMIN_TOKEN)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${service.url}/admin/classifier`)
    return page
  }

  it("signs in, opens the Classifier page and sees the agents' changes, each linked to the ticket in Desk", async () => {
    const page = await signIn()
    try {
      expect(await page.getByRole('link', { name: 'Classifier' }).getAttribute('aria-current')).to.equal('page')
      // six values written (a severity and a type for each ticket), two changed by agents
      expect(await page.locator('#classifier-written').innerText()).to.equal('6')
      expect(await page.locator('#classifier-overridden').innerText()).to.equal('2')
      expect(await page.locator('#classifier-agreement').innerText()).to.equal('66.7 %')
      expect(await page.locator('#classifier-help').innerText()).to.contain('Agreement = the values agents left as desk-sla wrote them ÷ the values desk-sla wrote.')

      const rows = page.locator('#disagreements tbody tr[data-ticket]')
      expect(await rows.count()).to.equal(2)
      const outage = page.locator(`#disagreements tr[data-ticket="${tickets.outage}"]`)
      expect(await outage.locator('td').nth(2).innerText()).to.equal('CRM komplett ausgefallen')
      expect(await outage.locator('td.engine').innerText()).to.match(/^1\s+Support severity 1: /)
      expect(await outage.locator('td.words').innerText()).to.contain('ausgefallen')
      expect(await outage.locator('td.human').innerText()).to.equal('2')
      expect(await outage.locator('td').nth(7).innerText()).to.contain('German')
      const totals = page.locator(`#disagreements tr[data-ticket="${tickets.wrongTotals}"]`)
      expect(await totals.locator('td.words').innerText()).to.contain('incorrect')
      expect(await totals.locator('td.engine').innerText()).to.match(/^2\s+Support severity 2: /)

      // the link is the ticket's own address in Desk; following it leaves the dashboard for Desk
      const link = outage.locator('a')
      const number = String(sb.state.tickets.get(tickets.outage)!.ticketNumber)
      expect(await link.innerText()).to.equal(`#${number}`)
      const deskUrl = `${sb.state.config.portalUrl}/ShowHomePage.do#Cases/dv/${tickets.outage}`
      expect(await link.getAttribute('href')).to.equal(deskUrl)
      await screenshot(page, 'dashboard-classifier.png')
      const [request, popup] = await Promise.all([
        context!.waitForEvent('request', (r) => r.url().startsWith(new URL(deskUrl).origin + '/')),
        page.waitForEvent('popup'),
        link.click(),
      ])
      expect(request.url()).to.equal(deskUrl.replace(/#.*$/, ''))
      await popup.close()

      // narrowed to German: only the outage
      await page.getByLabel('Language').selectOption('de')
      await page.getByRole('button', { name: 'Show' }).click()
      await page.waitForURL(/language=de/)
      expect(await rows.count()).to.equal(1)
      expect(await rows.first().getAttribute('data-ticket')).to.equal(tickets.outage)
    } finally {
      await page.close()
    }
  })
})

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true })
}
