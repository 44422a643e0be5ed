// Builds the Zoho Desk extension archive with Zoho's own toolkit (npm zoho-extension-toolkit, the
// `zet` CLI, run offline): desk-sla's files are staged with the service's origin as the only
// white-listed domain, `zet validate` must pass, `zet pack` writes the archive in Zoho's layout
// (plugin-manifest.json and resources.json at the root, app/**), and the archive itself, unpacked,
// must pass `zet validate` again. Any refusal from the validator fails the pack.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { unzipSync } from 'fflate'
import { z } from 'zod'
import { CodedError, errorCodes } from '../engine/coded-error.js'
import { DeskSlaManifest, ExtensionResources, HttpsOrigin, referencedFiles, type PluginManifest } from './manifest-schema.js'

/** the origin the checked-in files name; pack replaces it with the real service's */
export const PLACEHOLDER_ORIGIN = 'https://sla.example.com'

/** the staging folder's name: `zet pack` names the archive after it */
const EXTENSION_NAME = 'desk-sla-extension'

export const PackOptions = z
  .object({
    /** the repository root (where plugin-manifest.json, resources.json and app/ are) */
    root: z.string().min(1),
    /** the desk-sla service the widget calls (through Desk's request proxy) */
    serviceUrl: z
      .string()
      .transform((s) => s.trim().replace(/\/+$/, ''))
      .pipe(HttpsOrigin),
  })
  .strict()
export type PackOptions = z.input<typeof PackOptions>

export interface PackedExtension {
  archive: Buffer
  /** the archive's file names, as Zoho's toolkit wrote them */
  files: string[]
  manifest: PluginManifest
}

export const EXTENSION_ERROR_CODES = errorCodes({
  EXTENSION_INVALID: {
    meaning: "Zoho's validator (`zet validate`) refused the extension's files (plugin-manifest.json, resources.json, app/)",
    fix: "fix each finding `npm run pack:extension` prints under the message (a missing translation file, a manifest key Zoho's schema does not know…)",
  },
  EXTENSION_PACK_FAILED: {
    meaning: '`zet pack` did not write the archive',
    fix: "read zet's output printed under the message; check that node_modules holds zoho-extension-toolkit (`npm ci`)",
  },
  EXTENSION_ARCHIVE_INVALID: {
    meaning: "the packed archive, unpacked again, does not pass Zoho's validator",
    fix: 'report it with the findings printed under the message: the toolkit packed something it does not accept',
  },
})

export type ExtensionErrorCode = keyof typeof EXTENSION_ERROR_CODES

/** Zoho's validator or packer refused the extension; `problems` are its own lines. */
export class ExtensionPackError extends CodedError<ExtensionErrorCode> {
  readonly name = 'ExtensionPackError'
  constructor(
    code: ExtensionErrorCode,
    message: string,
    readonly problems: string[],
  ) {
    super(code, message, { problems })
  }
}

export interface ZetResult {
  ok: boolean
  /** everything zet printed, without colours */
  output: string
  /** the validator's findings (its " ==> …" lines) */
  problems: string[]
}

const ZET_BIN = join(dirname(createRequire(import.meta.url).resolve('zoho-extension-toolkit/package.json')), 'index.js')
const ANSI = /\x1b\[[0-9;]*m/g

/** Runs `zet validate` or `zet pack` in a folder holding plugin-manifest.json, resources.json and app/. */
export function runZet(command: 'validate' | 'pack', dir: string): ZetResult {
  const run = spawnSync(process.execPath, [ZET_BIN, command], {
    cwd: dir,
    encoding: 'utf8',
    // offline: no update check against the registry
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    timeout: 60_000,
  })
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(ANSI, '')
  const problems = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('==>'))
    .map((line) => line.replace(/^==>\s*/, ''))
  const passed = command === 'validate' ? /passed successfully/.test(output) : /packed successfully/.test(output)
  return { ok: run.status === 0 && passed, output, problems }
}

function stage(o: z.output<typeof PackOptions>, dir: string): PluginManifest {
  const manifestRaw = JSON.parse(readFileSync(join(o.root, 'plugin-manifest.json'), 'utf8')) as Record<string, unknown>
  const manifest = DeskSlaManifest.parse({ ...manifestRaw, whiteListedDomains: [o.serviceUrl] })
  const resources = ExtensionResources.parse(JSON.parse(readFileSync(join(o.root, 'resources.json'), 'utf8')))
  const missing = referencedFiles(manifest).filter((f) => !existsSync(join(o.root, f)))
  if (missing.length > 0) throw new Error(`plugin-manifest.json names files that app/ does not have: ${missing.join(', ')}`)

  mkdirSync(dir, { recursive: true })
  cpSync(join(o.root, 'app'), join(dir, 'app'), { recursive: true, filter: (src) => !basename(src).startsWith('.') })
  writeFileSync(join(dir, 'plugin-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  writeFileSync(join(dir, 'resources.json'), `${JSON.stringify(resources, null, 2)}\n`)
  return manifest
}

/** Writes the archive's files under `dir` (the names come from the archive: refuse any that climb out). */
function unpack(archive: Buffer, dir: string): string[] {
  const entries = readArchive(archive)
  for (const [name, data] of entries) {
    if (name.startsWith('/') || name.split('/').includes('..')) throw new Error(`the archive holds a path outside its root: ${name}`)
    if (name.endsWith('/')) continue
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), data)
  }
  return [...entries.keys()]
}

/** Validates the extension with Zoho's toolkit, packs it with the toolkit, and checks the archive it made. */
export function packExtension(input: PackOptions): PackedExtension {
  const o = PackOptions.parse(input)
  const work = mkdtempSync(join(tmpdir(), 'desk-sla-pack-'))
  try {
    const dir = join(work, EXTENSION_NAME)
    const manifest = stage(o, dir)

    const validated = runZet('validate', dir)
    if (!validated.ok) throw new ExtensionPackError('EXTENSION_INVALID', "Zoho's validator (zet validate) refused the extension", validated.problems.length > 0 ? validated.problems : [validated.output.trim()])

    const packed = runZet('pack', dir)
    const zip = join(dir, 'dist', `${EXTENSION_NAME}.zip`)
    if (!packed.ok || !existsSync(zip)) throw new ExtensionPackError('EXTENSION_PACK_FAILED', 'zet pack did not write the archive', [packed.output.trim()])
    const archive = readFileSync(zip)

    const check = join(work, 'unpacked', EXTENSION_NAME)
    const files = unpack(archive, check)
    const rechecked = runZet('validate', check)
    if (!rechecked.ok) throw new ExtensionPackError('EXTENSION_ARCHIVE_INVALID', "the packed archive does not pass Zoho's validator", rechecked.problems.length > 0 ? rechecked.problems : [rechecked.output.trim()])
    return { archive, files, manifest }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The archive's files by name (for tests and checks). */
export function readArchive(archive: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(new Uint8Array(archive))).map(([name, data]) => [name, Buffer.from(data)]))
}
