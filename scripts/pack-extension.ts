// npm run pack:extension [-- --service-url https://sla.example.com --out dist-extension/desk-sla-extension.zip]
// Builds the Zoho Desk extension archive to upload (plugin-manifest.json, resources.json, app/) with
// Zoho's own toolkit: `zet validate` must pass (its findings are printed and fail the command),
// `zet pack` writes the archive, and the archive, unpacked, passes `zet validate` again.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ExtensionPackError, packExtension, PLACEHOLDER_ORIGIN } from '../src/extension/pack.js'

export const DEFAULT_OUT = 'dist-extension/desk-sla-extension.zip'

export function main(argv: string[], root = join(dirname(fileURLToPath(import.meta.url)), '..')): number {
  let values: { 'service-url'?: string; out?: string; help?: boolean }
  try {
    values = parseArgs({
      args: argv,
      options: {
        'service-url': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (error) {
    console.error(`pack:extension: ${(error as Error).message}`)
    return 2
  }
  if (values.help) {
    console.log('usage: npm run pack:extension -- [--service-url https://sla.example.com] [--out FILE]')
    return 0
  }
  const serviceUrl = values['service-url'] ?? PLACEHOLDER_ORIGIN
  let built
  try {
    built = packExtension({ root, serviceUrl })
  } catch (error) {
    if (error instanceof ExtensionPackError) {
      console.error(`pack:extension: ${error.message}:`)
      for (const problem of error.problems) console.error(`  ${problem}`)
      return 1
    }
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues
    const detail = issues ? issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ') : (error as Error).message
    console.error(`pack:extension: ${detail}`)
    return 1
  }
  const out = resolve(process.cwd(), values.out ?? DEFAULT_OUT)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, built.archive)
  console.log(`pack:extension: Zoho's validator (zet validate) passed; wrote ${out} (${built.archive.length} bytes, ${built.files.length} files) for ${built.manifest.whiteListedDomains[0]}`)
  for (const name of built.files) console.log(`  ${name}`)
  if (serviceUrl === PLACEHOLDER_ORIGIN) console.log(`  note: ${PLACEHOLDER_ORIGIN} is a placeholder; pass --service-url with your service's origin`)
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2))
