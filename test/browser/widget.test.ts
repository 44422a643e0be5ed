// The agents' ticket widget in headless Chromium (test/support/chromium.ts, driven by playwright-core): the real
// app/ files in an iframe of a harness page that plays Zoho Desk (harness.html/.js answer the SDK
// calls of desk-sdk-stub.js; desk-stand-in.ts keeps the extension's settings and plays Desk's
// request proxy, so the secure widget token never reaches the browser), against the real widget API
// router on loopback, a real store and sandbox tickets processed through the pipeline. The widget
// speaks the agent's Desk language: English, German, French. Screenshots go to docs/screenshots/.
import { expect } from 'chai'
import express from 'express'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, type Frame, type FrameLocator, type Page } from 'playwright-core'
import { launchChromium } from '../support/chromium.js'
import { createWidgetApiRouter } from '../../src/web/widget-api.js'
import { forEachStore } from '../store/helpers.js'
import { createDeskStandIn, type DeskPortal, type DeskStandIn } from './desk-stand-in.js'
import { FEATURE_REQUEST, TEMPLATE_SEVERITY_2, useWidgetWorld, type WidgetWorld } from '../web/widget-fixture.js'
import { screenshotPath } from '../support/screenshots.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
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

/** what the page may change about the Desk portal the widget opens in */
type PortalChanges = Partial<Pick<DeskPortal, 'locale' | 'localeResources'>> & { settings?: Partial<Record<string, string>> }

interface OpenWidget {
  page: Page
  frame: FrameLocator
  /** the widget's own frame, to run code in */
  widget: Frame
  /** the bodies of every answer the browser received (pages, scripts, Desk's replies) */
  received(): Promise<string[]>
}

forEachStore('widget in the browser', (getDb, env) => {
  const world = useWidgetWorld(getDb)
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let desk: DeskStandIn | undefined
  let harness: { server: Server; origin: string } | undefined
  let api: { server: Server; origin: string } | undefined
  /** requests the page tried to make outside loopback (other than Desk's SDK) */
  const external: string[] = []
  /** every URL the browser asked for */
  const requested: string[] = []

  before(async function () {
    desk = createDeskStandIn(ROOT, HERE)
    harness = await listen(desk.app)
    const service = express()
    service.use(createWidgetApiRouter({ db: getDb(), policyFor: () => world().policy, now: () => world().now() }))
    api = await listen(service)

    browser = await launchChromium()
    // an agent in Berlin whose browser speaks British English: due times show in the browser's zone,
    // not the region's (London); the widget's language is the agent's Desk language
    context = await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-GB', viewport: { width: 900, height: 1100 } })
    const sdk = readFileSync(join(HERE, 'desk-sdk-stub.js'), 'utf8')
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      requested.push(url)
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

  async function openWidget(ticketId: string, who: WidgetWorld['main'], state: string, changes: PortalChanges = {}): Promise<OpenWidget> {
    const page = await context!.newPage()
    const bodies: Promise<string>[] = []
    page.on('response', (response) => bodies.push(response.text().catch(() => '')))
    const path = desk!.open({
      ticketId,
      locale: changes.locale ?? 'en',
      localeResources: changes.localeResources,
      // the settings as the admin filled them in; Desk keeps the secure one (widgettoken) on its side
      settings: { serviceurl: api!.origin, installationid: who.installation.id, widgettoken: who.token, ...changes.settings },
      whiteListedDomains: [api!.origin],
    })
    await page.goto(`${harness!.origin}${path}`)
    const frame = page.frameLocator('#widget')
    await frame.locator(`#sla[data-state="${state}"]`).waitFor({ timeout: 15_000 })
    const widget = page.frame({ url: /\/app\/widget\.html$/ })!
    return { page, frame, widget, received: () => Promise.all(bodies) }
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    if (env().kind !== 'pglite') return // the same picture on both stores: save it once
    // grow the panel to the widget's full height, so the picture shows all of it
    await page.evaluate(`(() => {
      const frame = document.getElementById('widget')
      const height = Math.ceil(frame.contentDocument.body.getBoundingClientRect().height)
      frame.style.height = height + 'px'
      frame.parentElement.style.height = 'auto'
    })()`)
    await page.locator('aside.panel').screenshot({ path: screenshotPath(name) })
  }

  const text = (frame: FrameLocator, selector: string) => frame.locator(selector).innerText()
  /** the text as written, before CSS (section headings show in capitals) */
  const written = (frame: FrameLocator, selector: string) => frame.locator(selector).textContent()

  /** filed Monday 09:00 London; first reply late at 16:00 (6 h goal); the customer writes back at 16:30 */
  async function lateFirstResponse(): Promise<string> {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    w.at('2026-03-02T16:00:00.000Z')
    w.agentReply(id)
    w.at('2026-03-02T16:30:00.000Z')
    w.customerReply(id)
    w.at('2026-03-02T17:00:00.000Z')
    await w.process(id)
    return id
  }

  it("renders a sandbox ticket's severity, due times in the agent's time zone, escalation level and owner, and reasons", async () => {
    const w = world()
    const id = await lateFirstResponse()
    const { page, frame } = await openWidget(id, w.main, 'open')
    try {
      expect(await frame.locator('html').getAttribute('lang')).to.equal('en')
      expect(await text(frame, '#sla-title')).to.equal('SLA')
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
      expect(await first.locator('[data-field="goal"]').innerText()).to.equal('6 h working time')
      expect(await first.locator('[data-badge="breached"]').innerText()).to.equal('Breached')
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
      expect(await written(frame, '#h-reasons')).to.equal('Why')
      expect(await frame.locator('[data-field="reasons-note"]').count()).to.equal(0)
      const reasons = await frame.locator('ul.reasons li').allInnerTexts()
      expect(reasons).to.include("severity 2 from the template field 'Severity'")
      expect(reasons).to.include('Premium: partner score 720')
      expect(reasons.some((r) => r.startsWith('level 1: first response overdue'))).to.equal(true)
      expect(await text(frame, '#sla-status')).to.equal('Breached')
      expect(external).to.deep.equal([])
      await screenshot(page, 'widget.png')
    } finally {
      await page.close()
    }
  })

  it('works with the widget token supplied only through Desk’s {{widgettoken}} placeholder: the browser never holds it', async () => {
    const w = world()
    const id = await lateFirstResponse()
    const calls = desk!.proxied.length
    const { page, widget, received } = await openWidget(id, w.main, 'open')
    try {
      // the widget asked Desk with the placeholder, read only
      const sent = (await page.evaluate('window.deskRequests')) as { url: string; type: string; headers: Record<string, string> }[]
      expect(sent).to.have.length(1)
      expect(sent[0]).to.deep.include({ url: `${api!.origin}/api/tickets/${id}/sla`, type: 'GET' })
      expect(sent[0].headers).to.deep.equal({ 'X-Installation-Id': w.main.installation.id, Authorization: 'Bearer {{widgettoken}}', Accept: 'application/json' })

      // Desk's proxy filled it in, and desk-sla answered
      const proxied = desk!.proxied.slice(calls)
      expect(proxied).to.have.length(1)
      expect(proxied[0]).to.deep.include({ method: 'GET', status: 200 })
      expect(proxied[0].headers.Authorization).to.equal(`Bearer ${w.main.token}`)

      // the secure setting is not among those the widget can read
      const config = (await widget.evaluate(`ZOHODESK.get('extension.config')`)) as { 'extension.config': { name: string }[] }
      expect(config['extension.config'].map((c) => c.name)).to.deep.equal(['serviceurl', 'installationid'])

      // nowhere in the page, the widget, the requests it made or any answer the browser received
      const seen = [await page.content(), await widget.content(), JSON.stringify(sent), requested.join('\n'), ...(await received())]
      for (const [i, visible] of seen.entries()) expect(visible.includes(w.main.token), `browser-visible item ${i}`).to.equal(false)
    } finally {
      await page.close()
    }
  })

  it('speaks German when the agent’s Desk language is German, framing the English reasons, dates in German', async () => {
    const w = world()
    const id = await lateFirstResponse()
    // the browser says en-GB: the agent's Desk language wins
    const { page, frame } = await openWidget(id, w.main, 'open', { locale: 'de' })
    try {
      expect(await frame.locator('html').getAttribute('lang')).to.equal('de')
      expect(await text(frame, '#refresh')).to.equal('Aktualisieren')
      expect(await text(frame, '#sla-status')).to.equal('Überschritten')
      expect(await written(frame, '#h-targets')).to.equal('Ziele')
      const first = frame.locator('[data-target="firstResponse"]')
      expect(await first.locator('h3').innerText()).to.equal('Erste Antwort')
      expect(await first.locator('[data-badge="breached"]').innerText()).to.equal('Überschritten')
      expect(await first.locator('[data-field="due"]').innerText()).to.equal('02.03.2026, 16:00')
      expect(await first.locator('[data-field="goal"]').innerText()).to.equal('6 Std. Arbeitszeit')
      expect(await first.locator('[data-field="overdue"]').innerText()).to.equal('1 Std. 00 Min. Arbeitszeit')
      expect(await first.locator('dt').allInnerTexts()).to.deep.equal(['Ziel', 'Beginn', 'Fällig', 'Erledigt am', 'Verstrichen', 'Überfällig um'])
      expect(await first.locator('[role="progressbar"]').getAttribute('aria-label')).to.match(/^Erste Antwort: \d+ % des Ziels verbraucht$/)
      expect(await text(frame, '[data-field="severity"]')).to.equal('2 — mittel (im Ticketfeld gesetzt)')
      expect(await text(frame, '[data-field="clock"]')).to.equal('24×5 in Europe/London')
      expect(await text(frame, '.level')).to.match(/^Stufe 1 von 4\. Zuständig:/)
      expect(await written(frame, '#h-reasons')).to.equal('Warum')
      expect(await text(frame, '[data-field="reasons-note"]')).to.equal('Die Begründungen liefert desk-sla auf Englisch.')
      // the reasons stay desk-sla's English, marked as such for screen readers
      expect(await frame.locator('ul.reasons').getAttribute('lang')).to.equal('en')
      expect(await frame.locator('ul.reasons li').allInnerTexts()).to.include('Premium: partner score 720')
      expect(await text(frame, '.foot')).to.match(/^Zeiten in Ihrer Zeitzone \(Europe\/Berlin\)\. Berechnet am 02\.03\.2026, 18:00\.$/)
      await screenshot(page, 'widget-de.png')
    } finally {
      await page.close()
    }
  })

  it('speaks French, from its own translation file when Desk hands over only the locale', async () => {
    const w = world()
    const id = await lateFirstResponse()
    const { page, frame } = await openWidget(id, w.main, 'open', { locale: 'fr_FR', localeResources: false })
    try {
      expect(requested.some((url) => url.endsWith('/app/translations/fr.json'))).to.equal(true)
      expect(await frame.locator('html').getAttribute('lang')).to.equal('fr')
      expect(await text(frame, '#sla-status')).to.equal('Dépassé')
      const first = frame.locator('[data-target="firstResponse"]')
      expect(await first.locator('h3').innerText()).to.equal('Première réponse')
      expect(await first.locator('[data-field="due"]').innerText()).to.equal('2 mars 2026, 16:00')
      expect(await first.locator('[data-field="overdue"]').innerText()).to.equal('1\u00a0h 00\u00a0min de temps ouvré')
      expect(await text(frame, '[data-target="followUp"] h3')).to.equal('Réponse de suivi')
      expect(await text(frame, '[data-field="severity"]')).to.equal('2 — modérée (définie dans le champ du ticket)')
      expect(await text(frame, '.level')).to.match(/^Niveau 1 sur 4\. Responsable\u00a0:/)
      expect(await written(frame, '#h-reasons')).to.equal('Pourquoi')
      expect(await text(frame, '[data-field="reasons-note"]')).to.equal('desk-sla fournit les justifications en anglais.')
      await screenshot(page, 'widget-fr.png')
    } finally {
      await page.close()
    }
  })

  it('falls back to English for a Desk language it has no translation for', async () => {
    const w = world()
    const id = await lateFirstResponse()
    const { page, frame } = await openWidget(id, w.main, 'open', { locale: 'ja' })
    try {
      expect(await frame.locator('html').getAttribute('lang')).to.equal('en')
      expect(await written(frame, '#h-targets')).to.equal('Targets')
      expect(await text(frame, '#sla-status')).to.equal('Breached')
    } finally {
      await page.close()
    }
  })

  it('keeps every text at 4.5:1 contrast or more, headings in order and each progress bar labelled', async () => {
    const w = world()
    const id = await lateFirstResponse()
    const { page, widget } = await openWidget(id, w.main, 'open')
    try {
      const report = (await widget.evaluate(ACCESSIBILITY_PROBE)) as {
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

  it('shows a ticket on hold with its clocks paused, in English and in German', async () => {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    w.at('2026-03-02T11:00:00.000Z')
    w.setStatus(id, 'On Hold')
    w.at('2026-03-02T14:00:00.000Z')
    await w.process(id)
    const english = await openWidget(id, w.main, 'on_hold')
    try {
      expect(await text(english.frame, '[data-notice="on-hold"] strong')).to.equal('On hold: clocks paused')
      expect(await english.frame.locator('[data-target="firstResponse"] [data-badge="paused"]').count()).to.equal(1)
      // 15:00 London moved by the 3 h on hold: 18:00 UTC, 19:00 in Berlin
      expect(await text(english.frame, '[data-target="firstResponse"] [data-field="due"]')).to.equal('2 Mar 2026, 19:00')
    } finally {
      await english.page.close()
    }
    const german = await openWidget(id, w.main, 'on_hold', { locale: 'de' })
    try {
      expect(await text(german.frame, '[data-notice="on-hold"]')).to.equal('In Wartestellung: Uhren pausiert\nSeit 02.03.2026, 12:00. Fälligkeiten verschieben sich um die Arbeitszeit in Wartestellung.')
      expect(await text(german.frame, '[data-target="firstResponse"] [data-badge="paused"]')).to.equal('Pausiert')
    } finally {
      await german.page.close()
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

  it('shows an error, and no SLA figures, when the widget token is wrong, in the agent’s language', async () => {
    const w = world()
    w.at('2026-03-02T09:00:00.000Z')
    const id = w.fileTicket('Sync totals wrong', TEMPLATE_SEVERITY_2)
    await w.process(id)
    const english = await openWidget(id, { installation: w.main.installation, token: w.other.token }, 'error')
    try {
      expect(await text(english.frame, '[data-notice="error"]')).to.include('desk-sla refused the widget token')
      expect(await english.frame.locator('[data-field="severity"]').count()).to.equal(0)
    } finally {
      await english.page.close()
    }
    const french = await openWidget(id, { installation: w.main.installation, token: w.other.token }, 'error', { locale: 'fr' })
    try {
      expect(await text(french.frame, '[data-notice="error"]')).to.equal('SLA indisponible\ndesk-sla a refusé le jeton du widget. Un administrateur doit créer un nouveau jeton et le saisir dans les paramètres de l\'extension.')
    } finally {
      await french.page.close()
    }
  })

  it('asks an admin for the settings, without calling desk-sla, when the installation id is not filled in', async () => {
    const w = world()
    const calls = desk!.proxied.length
    const { page, frame } = await openWidget('20001000004000001', w.main, 'error', { settings: { installationid: '' } })
    try {
      expect(await text(frame, '[data-notice="error"] strong')).to.equal('Settings incomplete')
      expect(await page.evaluate('window.deskRequests.length')).to.equal(0)
      expect(desk!.proxied.length).to.equal(calls)
    } finally {
      await page.close()
    }
  })

  it('tells the agent the settings are incomplete when Desk has no widget token to fill in', async () => {
    const w = world()
    const id = await lateFirstResponse()
    // no widget token saved: Desk's proxy has nothing to put in place of {{widgettoken}} and sends it as it is
    const { frame, page } = await openWidget(id, w.main, 'error', { settings: { widgettoken: undefined }, locale: 'de' })
    try {
      expect(await text(frame, '[data-notice="error"]')).to.equal(
        'SLA nicht verfügbar\nDie Einstellungen der Erweiterung sind unvollständig: Ein Administrator muss Installations-ID und Widget-Token eintragen.',
      )
    } finally {
      await page.close()
    }
  })
})
