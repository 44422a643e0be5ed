// The dashboard's stylesheet and script (issue #16, item 5b): real files that parse, served under a
// URL carrying their content hash with a year-long immutable cache, shipped by the build, and still
// allowed by the pages' Content-Security-Policy (scripts and styles only from the service itself).
import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { transform } from 'esbuild'
import { ASSET_DIR } from '../../src/web/admin/assets.js'
import { forEachStore } from '../store/helpers.js'
import { useAdminWorld } from './admin-fixture.js'

describe('admin assets: the files', () => {
  for (const [file, loader] of [['admin.js', 'js'], ['admin.css', 'css']] as const) {
    it(`${file} parses without an error or a warning`, async () => {
      const source = readFileSync(join(ASSET_DIR, file), 'utf8')
      // esbuild throws on a syntax error and lists anything doubtful as a warning
      const out = await transform(source, { loader, logLevel: 'silent' })
      expect(out.warnings.map((w) => w.text)).to.deep.equal([])
      expect(out.code.length).to.be.greaterThan(100)
    })
  }

  it('are copied by the build step beside the compiled module, as the service looks for them', () => {
    const out = mkdtempSync(join(tmpdir(), 'desk-sla-assets-'))
    try {
      const run = spawnSync(process.execPath, ['scripts/copy-web-assets.mjs', '--out', out], { encoding: 'utf8' })
      expect(run.status, run.stderr).to.equal(0)
      for (const file of ['admin.js', 'admin.css']) expect(readFileSync(join(out, file), 'utf8')).to.equal(readFileSync(join(ASSET_DIR, file), 'utf8'))
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

forEachStore('admin assets: served', (getDb) => {
  const world = useAdminWorld(getDb)

  it('links its stylesheet and scripts under hashed URLs, served with a year-long immutable cache', async () => {
    const c = await world().signedIn()
    const page = await c.fetch('/admin/compliance?from=2026-03-02&to=2026-03-02')
    const body = await page.text()
    // the page itself is never cached, and its scripts and styles come only from the service
    expect(page.headers.get('cache-control')).to.equal('no-store')
    expect(page.headers.get('content-security-policy')).to.contain("script-src 'self'; style-src 'self'")
    expect(body).to.not.match(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/)
    expect(body).to.not.match(/<style|\sstyle="/)
    const urls = [...body.matchAll(/(?:href|src)="(\/admin\/static\/[^"]+)"/g)].map((m) => m[1]!)
    expect(urls.map((u) => u.replace(/\.[0-9a-f]{16}\./, '.<hash>.'))).to.have.members([
      '/admin/static/admin.<hash>.css',
      '/admin/static/admin.<hash>.js',
      '/admin/static/chart.<hash>.umd.min.js',
    ])
    for (const url of urls) {
      const res = await c.fetch(url)
      expect(res.status, url).to.equal(200)
      expect(res.headers.get('cache-control'), url).to.equal('public, max-age=31536000, immutable')
      expect(res.headers.get('content-type'), url).to.match(url.endsWith('.css') ? /^text\/css/ : /^application\/javascript/)
      const text = await res.text()
      if (url.includes('/admin.')) expect(text).to.equal(readFileSync(join(ASSET_DIR, url.endsWith('.css') ? 'admin.css' : 'admin.js'), 'utf8'))
    }
  })

  it('answers 404, not cacheable, for an old hash or the unhashed name', async () => {
    const c = await world().signedIn()
    for (const url of ['/admin/static/admin.css', '/admin/static/admin.js', '/admin/static/admin.0000000000000000.css', '/admin/static/chart.umd.min.js']) {
      const res = await c.fetch(url)
      expect(res.status, url).to.equal(404)
      expect(res.headers.get('cache-control'), url).to.equal('no-store')
    }
  })
})
