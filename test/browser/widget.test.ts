// The agents' ticket widget in headless Chromium (test/support/chromium.ts, driven by playwright-core): the real
// app/ files in an iframe of a harness page that plays Zoho Desk (harness.html/.js answer the SDK
// calls of desk-sdk-stub.js), against the real widget API router on loopback, a real store and
// sandbox tickets processed through the pipeline. Screenshots go to docs/screenshots/.
import { expect } from 'chai'
import express from 'express'
import { mkdirSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core'
import { launchChromium } from '../support/chromium.js'
import { createWidgetApiRouter } from '../../src/web/widget-api.js'
import { forEachStore } from '../store/helpers.js'
import { FEATURE_REQUEST, TEMPLATE_SEVERITY_2, useWidgetWorld, type WidgetWorld } from '../web/widget-fixture.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots')
const SDK_URL_PREFIX = 'https://js.zohostatic.com/'

// Runs in the widget's frame: the WCAG contrast ratio of every visible text against its opaque
// background, the heading levels in document order, and the progress bars' accessible names.
const ACCESSIBILITY_PROBE = `(() => {
  const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(c); if (!m) return null; const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 } }
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
  const background = (el) => { for (; el; el = el.parentElement) { const c = parse(getComputedStyle(el).backgroundColor); if (c && c.a === 1) return c } return { r: 255, g: 255, b: 255, a: 1 } }
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const el = node.parentElement
    if (!node.textContent.trim() || !el || el.closest('[hidden]') || el.getClientRects().length === 0) continue
    const a = luminance(parse(getComputedStyle(el).color))
    const b = luminance(background(el))
    texts.push({ text: node.textContent.trim().slice(0, 40), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) })
  }
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))
  const bars = [...document.querySelectorAll('[role=progressbar]')].map((b) => b.getAttribute('aria-label'))
  return { texts, headings, bars }
})()`

async function listen(app: express.Express): Promise<{ server: Server; origin: string }> {
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

forEachStore('widget in the browser', (getDb, env) => {
  const world = useWidgetWorld(getDb)
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let harness: { server: Server; origin: string } | undefined
  let api: { server: Server; origin: string } | undefined
  /** requests the page tried to make outside loopback (other than Desk's SDK) */
  const external: string[] = []

  before(async function () {
    const pages = express()
    pages.use('/app', express.static(join(ROOT, 'app'), { fallthrough: false }))
    pages.get('/harness.html', (_req, res) => res.sendFile(join(HERE, 'harness.html')))
    pages.get('/harness.js', (_req, res) => res.sendFile(join(HERE, 'harness.js')))
    harness = await listen(pages)

    const service = express()
    service.use(
      createWidgetApiRouter({
        db: getDb(),
        policyFor: () => world().policy,
        now: () => world().now(),
        // the harness page is the "Desk" origin here
        corsOrigins: [harness.origin],
      }),
    )
    api = await listen(service)

    browser = await launchChromium()
    // an agent in Berlin: due times show in the browser's zone, not the region's (London)
    context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB', viewport: { width: 900, height: 1100 } })
    const sdk = readFileSync(join(HERE, 'desk-sdk-stub.js'), 'utf8')
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith(SDK_URL_PREFIX)) return route.fulfill({ status: 200, contentType: 'application/javascript', body: sdk })
      if (url.startsWith('http://127.0.0.1:')) return route.continue()
      external.push(url)
      return route.abort()
    })
  })

  after(async () => {
    await context?.close()
    await browser?.close()
    await new Promise((resolve) => (harness ? harness.server.close(resolve) : resolve(undefined)))
    await new Promise((resolve) => (api ? api.server.close(resolve) : resolve(undefined)))
  })

  async function openWidget(ticketId: string, who: WidgetWorld['main'], state: string): Promise<{ page: Page; frame: FrameLocator }> {
    const page = await context!.newPage()
    const q = new URLSearchParams({
      ticketId,
      serviceUrl: api!.origin,
      installationId: who.installation.id,
      widgetToken: who.token,
      whitelist: api!.origin,
    })
    await page.goto(`${harness!.origin}/harness.html?${q}`)
    const frame = page.frameLocator('#widget')
    await frame.locator(`#sla[data-state="${state}"]`).waitFor({ timeout: 15_000 })
    return { page, frame }
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    if (env().kind !== 'pglite') return // the same picture on both stores: save it once
    mkdirSync(SCREENSHOTS, { recursive: true })
    // grow the panel to the widget's full height, so the picture shows all of it
    await page.evaluate(`(() => {
      const frame = document.getElementById('widget')
      const height = Math.ceil(frame.contentDocument.body.getBoundingClientRect().height)
      frame.style.height = height + 'px'
      frame.parentElement.style.height = 'auto'
    })()`)
    await page.locator('aside.panel').screenshot({ path: join(SCREENSHOTS, name) })
  }

  const text = (frame: FrameLocator, selector: string) => frame.locator(selector).innerText()

  it("renders a sandbox ticket's severity, due times in the agent's time zone, escalation level and owner, and reasons", async () => {
    const w = world()
    // filed Monday 09:00 London; first reply late at 16:00 (6 h goal); the customer writes back at 16:30
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    w.at('2026-03-02T16:00:00.000Z')
    w.agentReply(id)
    w.at('2026-03-02T16:30:00.000Z')
    w.customerReply(id)
    w.at('2026-03-02T17:00:00.000Z')
    await w.process(id)

    const { page, frame } = await openWidget(id, w.main, 'open')
    try {
      expect(await text(frame, '[data-field="severity"]')).to.equal("2 — moderate (set in the ticket's field)")
      expect(await text(frame, '[data-field="type"]')).to.equal('Technical Support')
      expect(await text(frame, '[data-field="tier"]')).to.equal('Premium')
      expect(await text(frame, '[data-field="region"]')).to.equal('UK & EU')
      expect(await text(frame, '[data-field="sub-region"]')).to.equal('DACH')
      expect(await text(frame, '[data-field="clock"]')).to.equal('24×5 in Europe/London')

      const first = frame.locator('[data-target="firstResponse"]')
      // 09:00 London + 6 working hours = 15:00 UTC = 16:00 in Berlin
      expect(await first.locator('[data-field="due"] time').getAttribute('datetime')).to.equal('2026-03-02T15:00:00.000Z')
      expect(await first.locator('[data-field="due"]').innerText()).to.equal('2 Mar 2026, 16:00')
      expect(await first.locator('[data-badge="breached"]').count()).to.equal(1)
      expect(await first.locator('[data-field="overdue"]').innerText()).to.equal('1 h 00 min working')

      const followUp = frame.locator('[data-target="followUp"]')
      expect(await followUp.locator('[data-badge="running"]').count()).to.equal(1)
      expect(await followUp.locator('[data-field="due"]').innerText()).to.equal('3 Mar 2026, 17:30')
      expect(await followUp.locator('[data-field="remaining"]').innerText()).to.equal('23 h 30 min working')

      const determination = frame.locator('[data-target="determination"]')
      expect(await determination.locator('[data-field="elapsed"]').innerText()).to.equal('8 h 00 min working')
      expect(await determination.locator('[role="progressbar"]').getAttribute('aria-valuenow')).to.equal('33')

      expect(await text(frame, '.level')).to.match(/^Level 1 of 4/)
      expect(await text(frame, '[data-field="owner"]')).to.equal('escalations-eu@example.com')
      const reasons = await frame.locator('ul.reasons li').allInnerTexts()
      expect(reasons).to.include("severity 2 from the template field 'Severity'")
      expect(reasons).to.include('Premium: partner score 720')
      expect(reasons.some((r) => r.startsWith('level 1: first response overdue'))).to.equal(true)
      expect(await text(frame, '#sla-status')).to.equal('Breached')

      // the widget went through ZOHODESK.request with its installation's credentials, read only
      const sent = (await page.evaluate('window.deskRequests')) as { url: string; type: string; headers: Record<string, string> }[]
      expect(sent).to.have.length(1)
      expect(sent[0]).to.deep.include({ url: `${api!.origin}/api/tickets/${id}/sla`, type: 'GET' })
      expect(sent[0].headers).to.deep.include({ 'X-Installation-Id': w.main.installation.id, Authorization: `Bearer ${w.main.token}` })
      expect(external).to.deep.equal([])
      await screenshot(page, 'widget.png')
    } finally {
      await page.close()
    }
  })

  it('keeps every text at 4.5:1 contrast or more, headings in order and each progress bar labelled', async () => {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    w.at('2026-03-02T16:00:00.000Z')
    w.agentReply(id)
    w.at('2026-03-02T16:30:00.000Z')
    w.customerReply(id)
    w.at('2026-03-02T17:00:00.000Z')
    await w.process(id)
    const { page } = await openWidget(id, w.main, 'open')
    try {
      const frame = page.frame({ url: /\/app\/widget\.html$/ })!
      const report = (await frame.evaluate(ACCESSIBILITY_PROBE)) as {
        texts: { text: string; ratio: number }[]
        headings: number[]
        bars: (string | null)[]
      }
      expect(report.texts.length).to.be.greaterThan(20)
      const low = report.texts.filter((t) => t.ratio < 4.5)
      expect(low, JSON.stringify(low)).to.deep.equal([])
      expect(report.headings[0]).to.equal(1)
      report.headings.forEach((level, i) => {
        if (i > 0) expect(level - report.headings[i - 1], `heading ${i}`).to.be.at.most(1)
      })
      expect(report.bars).to.have.length(3)
      for (const label of report.bars) expect(label).to.match(/^(First response|Follow-up|Problem determination): \d+ % of the goal used$/)
    } finally {
      await page.close()
    }
  })

  it('shows an exempt feature request with its severity and no targets', async () => {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Please add PDF export', FEATURE_REQUEST)
    w.at('2026-03-03T10:00:00.000Z')
    await w.process(id)
    const { page, frame } = await openWidget(id, w.main, 'exempt')
    try {
      expect(await text(frame, '[data-notice="exempt"] strong')).to.equal('Exempt: no due dates')
      expect(await frame.locator('[data-target]').count()).to.equal(0)
      expect(await text(frame, '[data-field="type"]')).to.equal('Product Management Related')
      expect(await text(frame, '.level')).to.match(/^Not escalated/)
      await screenshot(page, 'widget-exempt.png')
    } finally {
      await page.close()
    }
  })

  it('shows a ticket on hold with its clocks paused', async () => {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    w.at('2026-03-02T11:00:00.000Z')
    w.setStatus(id, 'On Hold')
    w.at('2026-03-02T14:00:00.000Z')
    await w.process(id)
    const { page, frame } = await openWidget(id, w.main, 'on_hold')
    try {
      expect(await text(frame, '[data-notice="on-hold"] strong')).to.equal('On hold: clocks paused')
      expect(await frame.locator('[data-target="firstResponse"] [data-badge="paused"]').count()).to.equal(1)
      // 15:00 London moved by the 3 h on hold: 18:00 UTC, 19:00 in Berlin
      expect(await text(frame, '[data-target="firstResponse"] [data-field="due"]')).to.equal('2 Mar 2026, 19:00')
    } finally {
      await page.close()
    }
  })

  it('says so when desk-sla has not computed the ticket yet', async () => {
    const { page, frame } = await openWidget('20001000004999999', world().main, 'not_computed')
    try {
      expect(await text(frame, '[data-notice="not-computed"] strong')).to.equal('Not computed yet')
      expect(await frame.locator('#sla-status').isHidden()).to.equal(true)
    } finally {
      await page.close()
    }
  })

  it('shows an error, and no SLA figures, when the widget token is wrong', async () => {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    await w.process(id)
    const { page, frame } = await openWidget(id, { installation: w.main.installation, token: w.other.token }, 'error')
    try {
      expect(await text(frame, '[data-notice="error"]')).to.include('desk-sla refused the widget token')
      expect(await frame.locator('[data-field="severity"]').count()).to.equal(0)
    } finally {
      await page.close()
    }
  })
})
