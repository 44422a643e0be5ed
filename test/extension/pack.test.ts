// pack:extension with Zoho's own toolkit (zoho-extension-toolkit's `zet`, run offline): the archive
// it builds, unpacked, passes `zet validate`, and an extension the validator refuses fails the pack.
import { expect } from 'chai'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DeskSlaManifest } from '../../src/extension/manifest-schema.js'
import { ExtensionPackError, packExtension, readArchive, runZet } from '../../src/extension/pack.js'
import { main } from '../../scripts/pack-extension.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
// zet spawns node (and npm for its pre-pack hook) several times: generous, on a busy machine
const ZET_TIMEOUT = 120_000

/** a copy of the repository's extension files that a test may break */
function copyOfTheExtension(dir: string): string {
  const root = join(dir, 'repo')
  mkdirSync(root, { recursive: true })
  for (const name of ['plugin-manifest.json', 'resources.json', 'app']) cpSync(join(ROOT, name), join(root, name), { recursive: true })
  return root
}

describe('extension: pack:extension with Zoho’s toolkit', function () {
  this.timeout(ZET_TIMEOUT)
  let dir: string
  const printed: string[] = []
  const original = { log: console.log, error: console.error }
  const quiet = () => {
    printed.length = 0
    console.log = (...args: unknown[]) => printed.push(args.join(' '))
    console.error = (...args: unknown[]) => printed.push(args.join(' '))
  }
  const loud = () => {
    console.log = original.log
    console.error = original.error
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'desk-sla-pack-test-'))
  })
  afterEach(() => {
    loud()
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes an archive in Zoho’s layout, with the service origin white-listed, that passes zet validate once unpacked', () => {
    const out = join(dir, 'ext.zip')
    quiet()
    const code = main(['--service-url', 'https://sla.acme.example/', '--out', out])
    loud()
    expect(code, printed.join('\n')).to.equal(0)
    expect(printed.join('\n')).to.include("Zoho's validator (zet validate) passed")

    const files = readArchive(readFileSync(out))
    expect([...files.keys()].sort()).to.deep.equal([
      'app/img/icon.png',
      'app/img/logo.png',
      'app/translations/de.json',
      'app/translations/en.json',
      'app/translations/fr.json',
      'app/widget.css',
      'app/widget.html',
      'app/widget.js',
      'plugin-manifest.json',
      'resources.json',
    ])
    const manifest = DeskSlaManifest.parse(JSON.parse(files.get('plugin-manifest.json')!.toString('utf8')))
    expect(manifest.whiteListedDomains).to.deep.equal(['https://sla.acme.example'])
    expect(JSON.parse(files.get('resources.json')!.toString('utf8'))).to.deep.equal({})
    expect(files.get('app/widget.js')!.equals(readFileSync(join(ROOT, 'app/widget.js')))).to.equal(true)

    // the archive as Desk receives it: unpacked, Zoho's validator passes it
    const unpacked = join(dir, 'unpacked')
    for (const [name, data] of files) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true })
      writeFileSync(join(unpacked, name), data)
    }
    const check = runZet('validate', unpacked)
    expect(check.output).to.include('Validation Rules passed successfully')
    expect(check.ok).to.equal(true)
  })

  it('fails, naming the validator’s finding, when a language of the manifest has no translation file', () => {
    const root = copyOfTheExtension(dir)
    rmSync(join(root, 'app/translations/de.json'))
    expect(() => packExtension({ root, serviceUrl: 'https://sla.acme.example' }))
      .to.throw(ExtensionPackError)
      .with.property('problems')
      .that.satisfies((problems: string[]) => problems.some((p) => p.includes('app/translations/de.json')))

    quiet()
    expect(main(['--service-url', 'https://sla.acme.example', '--out', join(dir, 'x.zip')], root)).to.equal(1)
    loud()
    expect(printed.join('\n')).to.match(/zet validate\) refused the extension:\n {2}.*app\/translations\/de\.json/)
  })

  it('shows Zoho’s validator refusing a manifest with a config type Desk does not have', () => {
    const root = copyOfTheExtension(dir)
    const manifest = JSON.parse(readFileSync(join(root, 'plugin-manifest.json'), 'utf8')) as { config: { type: string }[] }
    manifest.config[2].type = 'password'
    writeFileSync(join(root, 'plugin-manifest.json'), JSON.stringify(manifest))
    const result = runZet('validate', root)
    expect(result.ok).to.equal(false)
    expect(result.output).not.to.include('passed successfully')
    expect(result.problems.join('\n')).to.match(/type/i)
  })

  it('refuses a service URL that is not an https origin before calling the toolkit', () => {
    expect(() => packExtension({ root: ROOT, serviceUrl: 'http://sla.acme.example' })).to.throw(/https origin/)
    expect(() => packExtension({ root: ROOT, serviceUrl: 'https://sla.acme.example/desk' })).to.throw(/https origin/)
    quiet()
    expect(main(['--service-url', 'ftp://nope', '--out', join(dir, 'x.zip')])).to.equal(1)
    loud()
    expect(printed.join('\n')).to.match(/serviceUrl: an https origin/)
  })

  it('refuses a resources.json that declares a webhook: install registers it', () => {
    const root = copyOfTheExtension(dir)
    writeFileSync(join(root, 'resources.json'), JSON.stringify({ webhook: { resourceName: 'hook', url: 'https://sla.acme.example/hooks', name: 'x', subscriptions: {}, ignoreSourceId: 'x' } }))
    expect(() => packExtension({ root, serviceUrl: 'https://sla.acme.example' })).to.throw(/registers its webhook with Desk itself/)
  })
})
