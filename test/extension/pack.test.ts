import { expect } from 'chai'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DeskSlaManifest, ExtensionResources } from '../../src/extension/manifest-schema.js'
import { extensionArchive } from '../../src/extension/pack.js'
import { readZip } from '../../src/extension/zip.js'
import { main } from '../../scripts/pack-extension.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const INSTALLATION = '6f1c2b8e-4d3a-4e5f-9a0b-1c2d3e4f5a6b'
const SECRET = 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0'

function files(archive: Buffer): Map<string, Buffer> {
  return new Map(readZip(archive).map((e) => [e.name, e.data]))
}

describe('extension: pack:extension', () => {
  it('archives the manifest, resources.json and the widget files, with the service origin white-listed', () => {
    const { archive } = extensionArchive({ root: ROOT, serviceUrl: 'https://sla.acme.example/' })
    const f = files(archive)
    expect([...f.keys()]).to.include.members([
      'plugin-manifest.json',
      'resources.json',
      'app/widget.html',
      'app/widget.js',
      'app/widget.css',
      'app/img/icon.png',
      'app/img/logo.png',
    ])
    const manifest = DeskSlaManifest.parse(JSON.parse(f.get('plugin-manifest.json')!.toString('utf8')))
    expect(manifest.whiteListedDomains).to.deep.equal(['https://sla.acme.example'])
    const resources = ExtensionResources.parse(JSON.parse(f.get('resources.json')!.toString('utf8')))
    expect(resources.webhooks[0].url).to.equal('https://sla.acme.example/hooks/desk/{installationId}/{webhookSecret}')
    expect(f.get('app/widget.js')!.equals(readFileSync(join(ROOT, 'app/widget.js')))).to.equal(true)
  })

  it("fills the webhook URL and source id for one installation when given its id and secret", () => {
    const built = extensionArchive({ root: ROOT, serviceUrl: 'https://sla.acme.example', installationId: INSTALLATION, webhookSecret: SECRET })
    expect(built.templated).to.equal(false)
    const resources = ExtensionResources.parse(JSON.parse(files(built.archive).get('resources.json')!.toString('utf8')))
    expect(resources.webhooks[0]).to.deep.include({
      url: `https://sla.acme.example/hooks/desk/${INSTALLATION}/${SECRET}`,
      ignoreSourceId: INSTALLATION,
    })
  })

  it('refuses a service URL that is not an https origin, and an installation id without its secret', () => {
    expect(() => extensionArchive({ root: ROOT, serviceUrl: 'http://sla.acme.example' })).to.throw()
    expect(() => extensionArchive({ root: ROOT, serviceUrl: 'https://sla.acme.example/desk' })).to.throw()
    expect(() => extensionArchive({ root: ROOT, serviceUrl: 'https://sla.acme.example', installationId: INSTALLATION })).to.throw(/both/)
  })

  describe('the command', () => {
    let dir: string
    const printed: string[] = []
    const original = { log: console.log, error: console.error }
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'desk-sla-pack-'))
      printed.length = 0
      console.log = (...args: unknown[]) => printed.push(args.join(' '))
      console.error = (...args: unknown[]) => printed.push(args.join(' '))
    })
    afterEach(() => {
      console.log = original.log
      console.error = original.error
      rmSync(dir, { recursive: true, force: true })
    })

    it('writes the archive where --out says, for --service-url', () => {
      const out = join(dir, 'ext.zip')
      expect(main(['--service-url', 'https://sla.acme.example', '--out', out])).to.equal(0)
      const manifest = JSON.parse(files(readFileSync(out)).get('plugin-manifest.json')!.toString('utf8'))
      expect(manifest.whiteListedDomains).to.deep.equal(['https://sla.acme.example'])
      expect(printed.join('\n')).to.include('app/widget.html')
    })

    it('reads the webhook secret from the environment, never from the command line, and never prints it', () => {
      const out = join(dir, 'ext.zip')
      expect(main(['--service-url', 'https://sla.acme.example', '--out', out, '--installation-id', INSTALLATION], {})).to.equal(2)
      expect(main(['--service-url', 'https://sla.acme.example', '--out', out, '--installation-id', INSTALLATION], { DESK_SLA_WEBHOOK_SECRET: SECRET })).to.equal(0)
      expect(files(readFileSync(out)).get('resources.json')!.toString('utf8')).to.include(SECRET)
      expect(printed.join('\n')).not.to.include(SECRET)
    })

    it('fails with a message naming the problem for a bad service URL', () => {
      expect(main(['--service-url', 'ftp://nope', '--out', join(dir, 'x.zip')])).to.equal(1)
      expect(printed.join('\n')).to.match(/serviceUrl: an https origin/)
    })
  })
})
