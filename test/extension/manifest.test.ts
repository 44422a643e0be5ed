import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DeskSlaManifest, ExtensionResources, PluginManifest, referencedFiles, WIDGET_LOCALES } from '../../src/extension/manifest-schema.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path))
const manifestJson = () => JSON.parse(read('plugin-manifest.json').toString('utf8')) as Record<string, unknown>
const translations = (code: string) => JSON.parse(read(`app/translations/${code}.json`).toString('utf8')) as Record<string, string>
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** width and height from a PNG's IHDR chunk, after checking the signature */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).toString('hex')).to.equal('89504e470d0a1a0a')
  expect(data.subarray(12, 16).toString('ascii')).to.equal('IHDR')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

describe('extension: plugin-manifest.json', () => {
  it('holds the ticket widget of an org extension, white-listing the placeholder origin that pack replaces', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    expect(m.type).to.equal('org')
    expect(m.whiteListedDomains).to.deep.equal(['https://sla.example.com'])
    expect(m.modules.widgets).to.deep.equal([
      { name: 'SLA', location: 'desk.ticket.detail.rightpanel', url: '/app/widget.html', icon: '/app/img/icon.png', logo: '/app/img/logo.png' },
    ])
  })

  it('asks the admin for the service URL, installation id and widget token, in lowercase names, the token secure', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    const byName = Object.fromEntries(m.config.map((c) => [c.name, c]))
    expect(Object.keys(byName)).to.deep.equal(['serviceurl', 'installationid', 'widgettoken'])
    expect(byName.widgettoken).to.include({ type: 'text', mandatory: true, secure: true, userdefined: true })
    expect(byName.serviceurl).to.include({ mandatory: true, secure: false })
    expect(byName.installationid).to.include({ mandatory: true, secure: false })
  })

  it('refuses a token that is not secure, a camel-case setting name, a type Desk lacks, a missing language or widget', () => {
    const m = manifestJson()
    const config = m.config as { name: string; secure: boolean; type: string }[]
    const change = (name: string, patch: object) => config.map((c) => (c.name === name ? { ...c, ...patch } : c))
    expect(DeskSlaManifest.safeParse({ ...m, config: change('widgettoken', { secure: false }) }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, config: change('widgettoken', { name: 'widgetToken' }) }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, config: change('widgettoken', { type: 'password' }) }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, config: config.filter((c) => c.name !== 'widgettoken') }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, locale: ['en', 'de'] }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, modules: { widgets: [] } }).success).to.equal(false)
    expect(PluginManifest.safeParse({ ...m, permissions: ['all'] }).success).to.equal(false)
    expect(PluginManifest.safeParse({ ...m, whiteListedDomains: ['http://sla.example.com'] }).success).to.equal(false)
  })

  it('names a widget page, icon and logo that exist, the images as real PNGs', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    expect(referencedFiles(m)).to.deep.equal(['app/widget.html', 'app/img/icon.png', 'app/img/logo.png'])
    expect(read('app/widget.html').toString('utf8')).to.match(/<script src="widget\.js"><\/script>/)
    expect(pngSize(read('app/img/icon.png'))).to.deep.equal({ width: 32, height: 32 })
    expect(pngSize(read('app/img/logo.png'))).to.deep.equal({ width: 128, height: 128 })
  })
})

describe('extension: resources.json', () => {
  it('declares nothing: desk-sla install registers the webhook with its per-installation secret', () => {
    expect(ExtensionResources.parse(JSON.parse(read('resources.json').toString('utf8')))).to.deep.equal({})
  })

  it('refuses an extension webhook, in the object Zoho reads or as a list', () => {
    const hook = { resourceName: 'deskSla', url: 'https://sla.example.com/hooks/desk', name: 'desk-sla', subscriptions: { Ticket_Add: null }, ignoreSourceId: 'x' }
    expect(ExtensionResources.safeParse({ webhook: hook }).success).to.equal(false)
    expect(ExtensionResources.safeParse({ webhooks: [hook] }).success).to.equal(false)
  })
})

describe('extension: the widget’s languages', () => {
  it('has a translation file for each language of the manifest: English, German and French', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    expect(m.locale).to.deep.equal([...WIDGET_LOCALES])
    for (const code of m.locale) expect(Object.keys(translations(code)).length, code).to.be.greaterThan(50)
  })

  it('translates every text of the English file, keeping each {placeholder}', () => {
    const en = translations('en')
    for (const code of ['de', 'fr']) {
      const other = translations(code)
      expect(Object.keys(other), code).to.deep.equal(Object.keys(en))
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders(other[key]), `${code} ${key}`).to.deep.equal(placeholders(text))
        // English has no note on the reasons (they are in English already); every other text is filled in
        if (key !== 'reasons.note') expect(other[key].trim(), `${code} ${key}`).not.to.equal('')
      }
    }
  })

  it('has a text for every key the widget names', () => {
    const js = read('app/widget.js').toString('utf8')
    const named = [...js.matchAll(/\b(?:t|tNodes)\(\s*'([^']+)'/g)].map((m) => m[1])
    expect(named.length).to.be.greaterThan(40)
    const en = translations('en')
    expect(named.filter((key) => !(key in en))).to.deep.equal([])
  })
})

describe('extension: the widget files', () => {
  it('loads only its own files, apart from the Desk SDK that Desk itself serves', () => {
    const html = read('app/widget.html').toString('utf8')
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1])
    expect(refs).to.deep.equal(['widget.css', 'https://js.zohostatic.com/support/developer_sdk/v1/js/ZohoDeskClientSDK.min.js', 'widget.js'])
    expect(read('app/widget.js').toString('utf8')).not.to.match(/https?:\/\/[a-z]/i)
    expect(read('app/widget.css').toString('utf8')).not.to.match(/url\(|@import/)
  })

  it('sends the widget token only as the placeholder Desk fills in, never reading it itself', () => {
    const js = read('app/widget.js').toString('utf8')
    expect(js).to.include("'Bearer {{widgettoken}}'")
    // no read of a setting by that name (config.widgettoken, 'widgettoken', …)
    expect(js).not.to.match(/['".]widgettoken\b/i)
  })

  it('sets API text with textContent, never as HTML', () => {
    const js = read('app/widget.js').toString('utf8')
    expect(js).not.to.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
  })
})
