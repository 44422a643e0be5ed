// Desk's values are data, never markup (issue #16, item 5d): every admin page, rendered through its
// real route from a store seeded with hostile subjects, ticket numbers, account countries and tiers,
// installation names, errors, classifier words and web URLs, shows them as escaped text: no element
// of theirs, no handler of theirs, and no javascript: link.
import { expect } from 'chai'
import { parse } from 'parse5'
import { recordClassification, recordOverride } from '../../src/store/repos/classifier-feedback.js'
import { setInstallationStatus, updateInstallation } from '../../src/store/repos/installations.js'
import { upsertPartnerScore } from '../../src/store/repos/partner-scores.js'
import { forEachStore, testBox } from '../store/helpers.js'
import { MONDAY_14_UTC, ticketInput, useAdminWorld, type Client } from './admin-fixture.js'

const SCRIPT = '<script>alert(1)</script>'
const BREAKOUT = `"'><img src=x onerror=alert(1)>`
const JS_URL = 'javascript:alert(1)'

interface Node {
  nodeName: string
  attrs?: { name: string; value: string }[]
  childNodes?: Node[]
  content?: Node
}

/** every element of the page as a browser parses it (parse5 follows the HTML standard's parser) */
function elements(node: Node, out: Node[] = []): Node[] {
  if (node.attrs) out.push(node)
  for (const child of node.childNodes ?? []) elements(child, out)
  if (node.content) elements(node.content, out)
  return out
}

/** what a hostile value would leave behind if it were not escaped: an element, a handler or a script link of its own */
function expectInert(page: string, where: string): void {
  for (const el of elements(parse(page) as unknown as Node)) {
    const attr = (name: string) => el.attrs!.find((a) => a.name === name)?.value
    expect(['img', 'svg', 'iframe', 'object', 'embed'], `${where}: a <${el.nodeName}> element`).to.not.include(el.nodeName)
    if (el.nodeName === 'script') {
      const ok = attr('type') === 'application/json' || (attr('src') ?? '').startsWith('/admin/static/')
      expect(ok, `${where}: a script that is neither the service's file nor JSON data`).to.equal(true)
    }
    for (const a of el.attrs!) {
      expect(a.name, `${where}: an event handler on <${el.nodeName}>`).to.not.match(/^on/i)
      if (['href', 'src', 'action', 'formaction'].includes(a.name)) expect(a.value, `${where}: a ${a.name} on <${el.nodeName}>`).to.not.match(/^\s*(?:javascript|data|vbscript):/i)
    }
  }
}

forEachStore('admin pages: hostile Desk values come out inert', (getDb) => {
  const world = useAdminWorld(getDb)
  let c: Client & { csrf: string }

  before(async () => {
    const w = world()
    const db = getDb()
    const inst = w.installation
    // an override equal to the shipped value: the policy page then names the installation
    await updateInstallation(db, testBox, inst.id, { name: `${SCRIPT} ${BREAKOUT}`, policyOverrides: { tiers: { unknownTier: 'Authorized' } } })
    await setInstallationStatus(db, inst.id, 'reauth_required', `${SCRIPT} ${BREAKOUT}`)
    await setInstallationStatus(db, inst.id, 'active', null)
    // tickets as the processor keeps them: Desk's number, subject and webUrl, and the account's fields
    const ref = { ticketNumber: BREAKOUT, subject: SCRIPT, webUrl: JS_URL }
    await w.saveTicket('9001', ticketInput({ id: '9001', created: '2026-03-02T07:00:00Z', severity: '2' }), true, ref)
    const hostileAccount = ticketInput({ id: '9002', created: '2026-03-02T07:00:00Z', severity: '1', country: SCRIPT, state: BREAKOUT, tier: BREAKOUT })
    await w.saveTicket('9002', hostileAccount, true, { ...ref, webUrl: ` ${JS_URL}` })
    await w.saveTicket('9003', ticketInput({ id: '9003', created: '2026-03-02T08:00:00Z', severity: '2', country: `"><svg onload=alert(1)>` }), true, { ...ref, webUrl: 'data:text/html,<script>alert(1)</script>' })
    await w.deadLetter('9001', `DESK_UNPROCESSABLE: 422 ${SCRIPT} ${BREAKOUT}`)
    await w.failedEvent('9002')
    await upsertPartnerScore(db, { installationId: inst.id, accountId: BREAKOUT, region: SCRIPT, year: 2025, score: 450, tier: 'Advanced', breakdown: { revenueGrowth: 200 } })
    await recordClassification(db, {
      installationId: inst.id,
      ticketId: '9001',
      ticketNumber: BREAKOUT,
      subject: SCRIPT,
      description: BREAKOUT,
      webUrl: JS_URL,
      field: 'severity',
      engineValue: '2',
      source: 'text',
      rule: 'Support severity 2',
      concept: BREAKOUT,
      words: [SCRIPT, BREAKOUT],
      language: 'en',
      team: 'Support',
      evidence: { severity: { sourceText: SCRIPT } },
      at: MONDAY_14_UTC - 5 * 3_600_000,
    })
    await recordOverride(db, { installationId: inst.id, ticketId: '9001', field: 'severity', humanValue: BREAKOUT, at: MONDAY_14_UTC - 3_600_000 }, () => {
      throw new Error('recorded when written')
    })
    c = await w.signedIn()
  })

  const pages = [
    ['/admin', 'the critical view'],
    ['/admin/compliance?from=2026-03-02&to=2026-03-02', 'compliance'],
    ['/admin/operations', 'operations'],
    ['/admin/policy', 'policy'],
    ['/admin/partners?year=2025', 'partners'],
    ['/admin/classifier?from=2026-03-01&to=2026-03-02', 'the classifier page'],
    ['/admin/installations', 'installations'],
  ] as const
  for (const [path, name] of pages) {
    it(`shows ${name} with Desk's values as text`, async () => {
      const res = await c.fetch(path)
      const page = await res.text()
      expect(res.status, page.slice(0, 300)).to.equal(200)
      expectInert(page, path)
      // the values were there, escaped: the test would see them if they were not
      expect(page).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;')
    })
  }

  it('links a ticket to Desk only through an http(s) webUrl: javascript: and data: ones give no link', async () => {
    for (const path of ['/admin', '/admin/operations', '/admin/classifier?from=2026-03-01&to=2026-03-02']) {
      const page = await (await c.fetch(path)).text()
      expect(page, path).to.not.match(/href="(?:\s*javascript|data|about):/i)
      expect(page, path).to.contain('#&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;')
    }
  })

  it('shows the confirmations of a new widget token and an uninstall with the name as text', async () => {
    const id = world().installation.id
    for (const path of [`/admin/installations/${id}/widget-token`, `/admin/installations/${id}/uninstall`]) {
      const page = await (await c.fetch(path)).text()
      expectInert(page, path)
      expect(page).to.contain('<strong>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;</strong>')
    }
    // an id that is markup is refused, and shown as text
    const missing = await c.fetch(`/admin/installations/${encodeURIComponent(BREAKOUT)}/uninstall`)
    expect(missing.status).to.equal(404)
    expectInert(await missing.text(), 'an unknown installation')
  })

  it('gives back hostile form values of "try a ticket" and "connect an org" as text', async () => {
    const tried = await (await c.form('/admin/policy/try', { _csrf: c.csrf, subject: SCRIPT, description: `</textarea>${SCRIPT}`, country: BREAKOUT, tier: BREAKOUT })).text()
    expectInert(tried, 'try a ticket')
    expect(tried).to.contain('&lt;/textarea&gt;&lt;script&gt;')
    const connect = await c.form('/admin/installations', { _csrf: c.csrf, name: SCRIPT, orgId: BREAKOUT, clientId: BREAKOUT, clientSecret: 'x', publicUrl: JS_URL, redirectUri: BREAKOUT })
    const refused = await connect.text()
    expect(connect.status).to.equal(400)
    expectInert(refused, 'connect an org')
    expect(refused).to.contain(`value="&lt;script&gt;alert(1)&lt;/script&gt;"`)
  })

  it('keeps the sign-in page inert for a hostile next address', async () => {
    const res = await world().client().fetch(`/admin/login?next=${encodeURIComponent(`/admin?x=${BREAKOUT}${SCRIPT}`)}`)
    expectInert(await res.text(), 'sign-in')
  })
})
