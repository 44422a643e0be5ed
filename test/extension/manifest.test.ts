import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DeskSlaManifest, ExtensionResources, PluginManifest, referencedFiles } from '../../src/extension/manifest-schema.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path))
const manifestJson = () => JSON.parse(read('plugin-manifest.json').toString('utf8')) as Record<string, unknown>

/** width and height from a PNG's IHDR chunk, after checking the signature */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).toString('hex')).to.equal('89504e470d0a1a0a')
  expect(data.subarray(12, 16).toString('ascii')).to.equal('IHDR')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

describe('extension: plugin-manifest.json', () => {
  it('validates against the Desk manifest format and what desk-sla needs from it', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    expect(m.type).to.equal('org')
    expect(m.whiteListedDomains).to.deep.equal(['https://sla.example.com'])
    expect(m.modules.widgets).to.deep.equal([
      { name: 'SLA', location: 'desk.ticket.detail.rightpanel', url: '/app/widget.html', icon: '/app/img/icon.png', logo: '/app/img/logo.png' },
    ])
  })

  it('asks the admin for the service URL and installation id, and keeps the widget token secure', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    const byName = Object.fromEntries(m.config.map((c) => [c.name, c]))
    expect(Object.keys(byName)).to.deep.equal(['serviceUrl', 'installationId', 'widgetToken'])
    expect(byName.widgetToken).to.include({ type: 'text', mandatory: true, secure: true, userdefined: true })
    expect(byName.serviceUrl).to.include({ mandatory: true, secure: false })
    expect(byName.installationId).to.include({ mandatory: true, secure: false })
  })

  it('refuses a manifest whose widget token is not secure, whose widget is missing, or that has a key the format lacks', () => {
    const m = manifestJson()
    const config = (m.config as { name: string; secure: boolean }[]).map((c) => (c.name === 'widgetToken' ? { ...c, secure: false } : c))
    expect(DeskSlaManifest.safeParse({ ...m, config }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, config: config.filter((c) => c.name !== 'widgetToken') }).success).to.equal(false)
    expect(DeskSlaManifest.safeParse({ ...m, modules: { widgets: [] } }).success).to.equal(false)
    expect(PluginManifest.safeParse({ ...m, permissions: ['all'] }).success).to.equal(false)
    expect(PluginManifest.safeParse({ ...m, whiteListedDomains: ['http://sla.example.com'] }).success).to.equal(false)
    expect(PluginManifest.safeParse({ ...m, whiteListedDomains: ['https://sla.example.com/api'] }).success).to.equal(false)
  })

  it('names a widget page, icon and logo that exist, the images as real PNGs', () => {
    const m = DeskSlaManifest.parse(manifestJson())
    const files = referencedFiles(m)
    expect(files).to.deep.equal(['app/widget.html', 'app/img/icon.png', 'app/img/logo.png'])
    expect(read('app/widget.html').toString('utf8')).to.match(/<script src="widget\.js"><\/script>/)
    expect(pngSize(read('app/img/icon.png'))).to.deep.equal({ width: 32, height: 32 })
    expect(pngSize(read('app/img/logo.png'))).to.deep.equal({ width: 128, height: 128 })
  })
})

describe('extension: resources.json', () => {
  it('declares the webhook with the four ticket events, keyed by event name, and the URL template', () => {
    const r = ExtensionResources.parse(JSON.parse(read('resources.json').toString('utf8')))
    expect(r.webhooks).to.have.length(1)
    const hook = r.webhooks[0]
    expect(hook.url).to.equal('https://sla.example.com/hooks/desk/{installationId}/{webhookSecret}')
    expect(hook.ignoreSourceId).to.equal('{installationId}')
    expect(hook.subscriptions).to.deep.equal({
      Ticket_Add: null,
      Ticket_Update: { includePrevState: true },
      Ticket_Thread_Add: null,
      Ticket_Comment_Add: null,
    })
  })

  it('refuses subscriptions given as an array, or an update without its previous state', () => {
    const r = JSON.parse(read('resources.json').toString('utf8')) as { webhooks: Record<string, unknown>[] }
    const hook = r.webhooks[0]
    expect(ExtensionResources.safeParse({ webhooks: [{ ...hook, subscriptions: ['Ticket_Add'] }] }).success).to.equal(false)
    const subs = { ...(hook.subscriptions as object), Ticket_Update: null }
    expect(ExtensionResources.safeParse({ webhooks: [{ ...hook, subscriptions: subs }] }).success).to.equal(false)
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

  it('sets API text with textContent, never as HTML', () => {
    const js = read('app/widget.js').toString('utf8')
    expect(js).not.to.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
  })
})
