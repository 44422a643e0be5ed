// `npm run check:imports` (dependency-cruiser with .dependency-cruiser.cjs) guards which way imports
// point (issue #16). These tests run the same command on a small tree written for the purpose, so a
// rule that stops matching (a renamed folder, a wrong pattern) fails here and not silently in CI.
import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..')

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-sla-imports-'))
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const all = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src'] }),
    ...files,
  }
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

/** what `npm run check:imports` runs, in `dir` */
function checkImports(dir: string): { status: number | null; out: string } {
  const bin = join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs')
  const r = spawnSync(process.execPath, [bin, 'src', '--config', join(REPO, '.dependency-cruiser.cjs')], { cwd: dir, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

/** the `error <rule>: <from> → <to>` lines of the report, cycles on one line */
function violations(out: string): string[] {
  return out
    .replace(/ →\s*\n\s+/g, ' → ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('error '))
}

describe('import check (npm run check:imports)', function () {
  this.timeout(60_000)
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  it('fails on each forbidden import, naming the rule and both ends', () => {
    const dir = tree({
      'src/logger.ts': "export const log = (m: string): string => m\n",
      'src/engine/pure.ts': "export const one = 1\n",
      'src/engine/io.ts': [
        "import axios from 'axios'",
        "import { readFileSync } from 'node:fs'",
        "import { log } from '../logger.js'",
        'export const io = [axios, readFileSync, log]',
        '',
      ].join('\n'),
      'src/pipeline/job.ts': "export const job = 'job'\n",
      'src/store/repo.ts': "import { job } from '../pipeline/job.js'\nexport const repo = job\n",
      'src/web/page.ts': "export const page = 'page'\n",
      'src/desk/client.ts': "import { page } from '../web/page.js'\nexport const client = page\n",
      'src/sandbox/server.ts': "import { one } from '../engine/pure.js'\nexport const server = one\n",
      'src/cli/serve.ts': "export const serve = 'serve'\n",
      'src/service.ts': "import { serve } from './cli/serve.js'\nexport const service = serve\n",
      'src/pipeline/a.ts': "import { b } from './b.js'\nexport const a = (): string => b()\n",
      'src/pipeline/b.ts': "import { a } from './a.js'\nexport const b = (): string => String(a)\n",
    })
    dirs.push(dir)
    const { status, out } = checkImports(dir)
    expect(status, out).to.not.equal(0)
    const found = violations(out)
    expect(found.some((l) => /^error engine-is-pure: src\/engine\/io\.ts → .*node_modules\/axios\//.test(l)), out).to.equal(true)
    expect(found, out).to.include.members([
      'error engine-is-pure: src/engine/io.ts → fs',
      'error engine-is-pure: src/engine/io.ts → src/logger.ts',
      'error store-and-desk-below-the-pipeline: src/store/repo.ts → src/pipeline/job.ts',
      'error store-and-desk-below-the-pipeline: src/desk/client.ts → src/web/page.ts',
      'error sandbox-stands-alone: src/sandbox/server.ts → src/engine/pure.ts',
      'error nothing-imports-the-cli: src/service.ts → src/cli/serve.ts',
    ])
    expect(found.some((l) => l.startsWith('error no-runtime-cycle: src/pipeline/a.ts → src/pipeline/b.ts → src/pipeline/a.ts') || l.startsWith('error no-runtime-cycle: src/pipeline/b.ts → src/pipeline/a.ts → src/pipeline/b.ts')), out).to.equal(true)
  })

  it('passes a cycle of type-only imports, the engine on its pure libraries, and the layers importing downwards', () => {
    const dir = tree({
      'src/engine/policy.ts': "import { z } from 'zod'\nimport { DateTime } from 'luxon'\nexport const Policy = z.object({ at: z.string() })\nexport const now = DateTime.utc\n",
      'src/store/db.ts': "import type { Adapter } from './adapter.js'\nexport interface Db { adapter: Adapter }\nexport const open = (a: Adapter): Db => ({ adapter: a })\n",
      'src/store/adapter.ts': "import type { Db } from './db.js'\nexport interface Adapter { db?: Db }\n",
      'src/pipeline/job.ts': "import { Policy } from '../engine/policy.js'\nimport { open } from '../store/db.js'\nexport const job = [Policy, open]\n",
      'src/sandbox/server.ts': "import express from 'express'\nimport { hosts } from './hosts.js'\nexport const server = [express, hosts]\n",
      'src/sandbox/hosts.ts': "export const hosts = ['desk.zoho.com']\n",
    })
    dirs.push(dir)
    const { status, out } = checkImports(dir)
    expect(violations(out), out).to.deep.equal([])
    expect(status, out).to.equal(0)
  })
})
